import type { CvListKey } from '../../../shared/domain/cv';

/**
 * The CV's free-text fields: where a coach writes sentences, and so where a diagnosis or a
 * belief slips in ("na mijn burn-out weer begonnen"). Titles, places and dates are left out:
 * a job title such as "Verpleegkundige" is a profession, not data about the client.
 */
export const CV_FREE_TEXT_FIELDS: { readonly [K in CvListKey]: readonly string[] } = {
  work: ['description'],
  education: ['notes'],
  courses: [],
  skills: ['description'],
  languages: [],
  references: [],
};

export const isCvFreeText = (key: CvListKey, field: string): boolean =>
  CV_FREE_TEXT_FIELDS[key].includes(field);

/** The free texts of one list's items (or of one item's form values), in order. */
export function cvFreeTexts(
  key: CvListKey,
  items: readonly Readonly<Record<string, unknown>>[],
): string[] {
  return items.flatMap((item) =>
    CV_FREE_TEXT_FIELDS[key]
      .map((f) => item[f])
      .filter((v): v is string => typeof v === 'string' && v.trim() !== ''),
  );
}
