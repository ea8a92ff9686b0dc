/**
 * Caps on free text (security review, issue 9 item 10). Every one is also the zod `max` of
 * its field, so what the form lets through is what validation accepts. A 1 MB paste is cut to
 * the cap in the form itself, with a message, so the coach knows the rest did not come along.
 */
export const TEXT_LIMITS = {
  /** A logbook account: some ten pages of typed text. */
  logbookSummary: 20_000,
  logbookAgreements: 10_000,
  logbookParticipants: 500,
  documentDescription: 2_000,
  cvProfile: 3_000,
  cvItemDescription: 2_000,
  cvItemNotes: 1_000,
} as const;

/** From this share of the cap on, the form shows how many characters are left. */
export const COUNTER_FROM = 0.8;

/**
 * The text cut to at most `max` UTF-16 units (what zod's `max` and a textarea's `maxLength`
 * count), never halfway through a surrogate pair. `cut` says whether anything was dropped.
 */
export function capText(value: string, max: number): { value: string; cut: boolean } {
  if (value.length <= max) return { value, cut: false };
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { value: value.slice(0, end), cut: true };
}
