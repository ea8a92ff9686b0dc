/**
 * One client's Poortwachter case as the coach keeps it in the dossier: the sick spells, any
 * extension of the waiting period, and the date each step was done. `poortwachterTimeline`
 * combines the pure calendar (poortwachter.ts) with those done dates and a `today` into the
 * states the timeline and the dashboard show.
 *
 * Rules this module adds to the calendar:
 *
 * - State of a step: done when a done date is recorded; otherwise overdue when its due date is
 *   before today, due-soon when it is due today or within `DUE_SOON_DAYS` (14) days, upcoming
 *   after that. The end of the waiting period is nobody's action: it counts as done once
 *   reached.
 * - Extensions: the weeks of every recorded extension (loonsanctie or voluntary) are added up
 *   and passed to the calendar as `extensionWeeks`, which moves the steps from the WIA letter
 *   on. The law caps the total at 52 weeks; a sum above that is reported
 *   (`extensionTooLong`) and the timeline is computed with 52 until the coach corrects it, so
 *   the coach keeps seeing dates rather than nothing. The form refuses to add such an extension.
 *   A voluntary extension is at least 13 weeks (docs/domain.md §3).
 * - Status of the case: `sick` while the latest spell is open (or ends today or later);
 *   `recovered` once the latest spell has ended (the later deadlines only apply if the employee
 *   falls sick again within 28 days); `lapsed` after 28 days of recovery (a new sickness starts
 *   a new waiting period); `ended` after the end of the waiting period. Only a `sick` case puts
 *   deadlines on the dashboard.
 * - Takeover (schema v2, all optional, so a v1 case reads unchanged): a coach who takes a case
 *   over mid-way records the takeover date (and from whom). A step due before that date that
 *   was not recorded as done can be marked "gedaan vóór overname" (done, date unknown) in bulk,
 *   and any step can be marked "n.v.t." with a required reason. Both count as done: the step is
 *   neither overdue on the timeline nor on the dashboard. A recorded done date wins over both.
 * - Loonsanctie warning: UWV imposes a loonsanctie by decision, and it only hears of the
 *   sickness at the 42e-weeksmelding. A loonsanctie without a UWV decision date, or decided
 *   (or entered) before the 42e-weeksmelding is due, is most likely a mistake: the form warns,
 *   and still saves, because the coach may know better (`loonsanctieWarnings`).
 */
import { z } from 'zod';
import { parseDutchDate } from './dutch-date';
import { parseIsoDate, tryParseIsoDate, type IsoDate } from './iso-date';
import {
  latestWaitingPeriod,
  MAX_EXTENSION_WEEKS,
  NEW_WAITING_PERIOD_AFTER_RECOVERY_DAYS,
  POORTWACHTER_STEPS,
  poortwachterSchedule,
  PoortwachterInputError,
  FIRST_SUPPORTED_SICK_DAY,
  type PoortwachterStep,
  type PoortwachterStepId,
  type SickSpell,
} from './poortwachter';

/** v1: the case sealed with the client key. Read for migration only (see the registry). */
export const POORTWACHTER_CASE_KIND = 'poortwachter-case';
/** v2: the case sealed in the special-category compartment. */
export const POORTWACHTER_SEALED_KIND = 'poortwachter-case-sealed';
export const EXTENSION_KINDS = ['loonsanctie', 'vrijwillig'] as const;
export type ExtensionKind = (typeof EXTENSION_KINDS)[number];

/** Deadlines due today or within this many days are "due soon" (timeline and dashboard). */
export const DUE_SOON_DAYS = 14;
export const MIN_VOLUNTARY_EXTENSION_WEEKS = 13;

/**
 * The medical dates of the case (special category, AVG art. 9). Since v2 the whole case is
 * sealed in the compartment (POORTWACHTER_SEALED_KIND); what the dashboard needs without it
 * is the deadline projection (poortwachter-projection.ts), which holds none of these dates.
 */
export interface PoortwachterMedical {
  spells: SickSpell[];
}

export interface PoortwachterExtension {
  /** Random id, so the list can be edited item by item. */
  id: string;
  kind: ExtensionKind;
  weeks: number;
  /**
   * The day the extension was decided: the UWV decision for a loonsanctie, the agreement for a
   * voluntary one. A loonsanctie may lack it (v2): saved, with a warning.
   */
  decided?: IsoDate;
  note: string;
}

export type DoneDates = Partial<Record<PoortwachterStepId, IsoDate>>;

/** When the coach took the case over mid-way, and from whom (free text, may be empty). */
export interface PoortwachterTakeover {
  date: IsoDate;
  from: string;
}

/** Why a step does not apply, in the coach's words. */
export type NotApplicableReasons = Partial<Record<PoortwachterStepId, string>>;

/** The record of one client's case (sealed in the compartment since v2, see the registry). */
export interface PoortwachterCase {
  medical: PoortwachterMedical;
  extensions: PoortwachterExtension[];
  done: DoneDates;
  /** v2: the case was taken over mid-way on this date. */
  takeover?: PoortwachterTakeover;
  /** v2: steps done before the takeover, on a date the coach does not know. */
  doneBeforeTakeover?: PoortwachterStepId[];
  /** v2: steps that do not apply to this case, each with its reason. */
  notApplicable?: NotApplicableReasons;
}

/** The schema version of a case with takeover fields (v1 cases have none and still read). */
export const POORTWACHTER_CASE_VERSION = 2;

export const emptyPoortwachterCase = (): PoortwachterCase => ({
  medical: { spells: [] },
  extensions: [],
  done: {},
});

const isoDate = z.string().refine((s) => tryParseIsoDate(s) !== undefined, 'validation.date');
const STEP_IDS = POORTWACHTER_STEPS.map((s) => s.id) as [
  PoortwachterStepId,
  ...PoortwachterStepId[],
];

export const MAX_REASON_LENGTH = 500;
export const MAX_TAKEOVER_FROM_LENGTH = 200;

/** What a stored case must look like; a record from an older or newer version is refused. */
export const poortwachterCaseSchema = z.object({
  medical: z.object({
    spells: z.array(z.object({ firstDay: isoDate, lastDay: isoDate.optional() })),
  }),
  extensions: z.array(
    z.object({
      id: z.string().min(1),
      kind: z.enum(EXTENSION_KINDS),
      weeks: z.number().int().min(1).max(MAX_EXTENSION_WEEKS),
      decided: isoDate.optional(),
      note: z.string().max(1000),
    }),
  ),
  done: z.partialRecord(z.enum(STEP_IDS), isoDate),
  takeover: z.object({ date: isoDate, from: z.string().max(MAX_TAKEOVER_FROM_LENGTH) }).optional(),
  doneBeforeTakeover: z.array(z.enum(STEP_IDS)).optional(),
  notApplicable: z
    .partialRecord(z.enum(STEP_IDS), z.string().regex(/\S/).max(MAX_REASON_LENGTH))
    .optional(),
});

// ---- form input --------------------------------------------------------------------------

/** What the coach types; messages are i18n keys, the UI translates. */
export interface SpellInput {
  firstDay: string;
  lastDay: string;
}

export interface ExtensionInput {
  kind: ExtensionKind;
  weeks: string;
  decided: string;
  note: string;
}

export type Validation<T, K extends string> =
  { ok: true; value: T } | { ok: false; errors: Partial<Record<K, string>> };

/**
 * Checks a new sick spell against the ones already recorded: Dutch dates, not in the future,
 * not before 2004, the last day not before the first, and no overlap with another spell.
 */
export function validateSpell(
  input: SpellInput,
  existing: readonly SickSpell[],
  today: IsoDate,
): Validation<SickSpell, keyof SpellInput> {
  const errors: Partial<Record<keyof SpellInput, string>> = {};
  const firstDay = parseDutchDate(input.firstDay);
  const lastText = input.lastDay.trim();
  const lastDay = lastText === '' ? undefined : parseDutchDate(lastText);
  if (input.firstDay.trim() === '') errors.firstDay = 'validation.required';
  else if (firstDay === null) errors.firstDay = 'validation.date';
  else if (firstDay > today) errors.firstDay = 'validation.dateInFuture';
  else if (firstDay < FIRST_SUPPORTED_SICK_DAY) errors.firstDay = 'poortwachter.errors.before2004';
  if (lastDay === null) errors.lastDay = 'validation.date';
  else if (lastDay !== undefined && lastDay > today) errors.lastDay = 'validation.dateInFuture';
  else if (lastDay !== undefined && firstDay && lastDay < firstDay)
    errors.lastDay = 'poortwachter.errors.lastBeforeFirst';
  if (Object.keys(errors).length > 0 || !firstDay) return { ok: false, errors };
  const spell: SickSpell = lastDay ? { firstDay, lastDay } : { firstDay };
  try {
    latestWaitingPeriod([...existing, spell]);
  } catch (e) {
    if (!(e instanceof PoortwachterInputError)) throw e;
    return { ok: false, errors: { firstDay: 'poortwachter.errors.overlap' } };
  }
  return { ok: true, value: spell };
}

/** The sum of all extension weeks, which the calendar takes as `extensionWeeks`. */
export const totalExtensionWeeks = (extensions: readonly Pick<PoortwachterExtension, 'weeks'>[]) =>
  extensions.reduce((sum, e) => sum + e.weeks, 0);

/**
 * Checks a new extension: whole weeks, at least 13 for a voluntary one, a decision date not in
 * the future, and a total with the extensions already recorded of at most 52 weeks.
 */
export function validateExtension(
  input: ExtensionInput,
  existing: readonly PoortwachterExtension[],
  today: IsoDate,
): Validation<Omit<PoortwachterExtension, 'id'>, keyof ExtensionInput> {
  const errors: Partial<Record<keyof ExtensionInput, string>> = {};
  const weeksText = input.weeks.trim();
  const weeks = /^\d{1,3}$/.test(weeksText) ? Number(weeksText) : NaN;
  const decided = parseDutchDate(input.decided);
  const min = input.kind === 'vrijwillig' ? MIN_VOLUNTARY_EXTENSION_WEEKS : 1;
  if (weeksText === '') errors.weeks = 'validation.required';
  else if (!Number.isInteger(weeks) || weeks < min || weeks > MAX_EXTENSION_WEEKS)
    errors.weeks =
      input.kind === 'vrijwillig'
        ? 'poortwachter.errors.voluntaryWeeks'
        : 'poortwachter.errors.weeks';
  else if (totalExtensionWeeks(existing) + weeks > MAX_EXTENSION_WEEKS)
    errors.weeks = 'poortwachter.errors.extensionTotal';
  const noDate = input.decided.trim() === '';
  // A loonsanctie without its UWV decision date is kept (with a warning, loonsanctieWarnings):
  // the coach may hear of the sanction before the letter arrives.
  if (noDate && input.kind !== 'loonsanctie') errors.decided = 'validation.required';
  else if (!noDate && decided === null) errors.decided = 'validation.date';
  else if (decided !== null && decided > today) errors.decided = 'validation.dateInFuture';
  if (input.note.trim().length > 1000) errors.note = 'validation.tooLong';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const value = { kind: input.kind, weeks, note: input.note.trim() };
  return { ok: true, value: decided === null ? value : { ...value, decided } };
}

export type LoonsanctieWarning = 'no-uwv-decision' | 'before-week-42';

/**
 * Why a loonsanctie as entered is probably a mistake (empty when it looks right). UWV imposes
 * it by decision, so it has a decision date; and UWV hears of the sickness only at the
 * 42e-weeksmelding, so a sanction decided, or entered, before that is due cannot be right.
 * `weeksmelding` is the due date of the 42e-weeksmelding; unknown without sick spells.
 */
export function loonsanctieWarnings(
  extension: { kind: ExtensionKind; decided?: IsoDate | undefined },
  weeksmelding: IsoDate | undefined,
  today: IsoDate,
): LoonsanctieWarning[] {
  if (extension.kind !== 'loonsanctie') return [];
  const out: LoonsanctieWarning[] = [];
  if (extension.decided === undefined) out.push('no-uwv-decision');
  if (weeksmelding !== undefined && (extension.decided ?? today) < weeksmelding)
    out.push('before-week-42');
  return out;
}

/** The warnings for what the coach is typing: a date that does not parse counts as none. */
export const loonsanctieInputWarnings = (
  input: Pick<ExtensionInput, 'kind' | 'decided'>,
  weeksmelding: IsoDate | undefined,
  today: IsoDate,
): LoonsanctieWarning[] =>
  loonsanctieWarnings(
    { kind: input.kind, decided: parseDutchDate(input.decided) ?? undefined },
    weeksmelding,
    today,
  );

// ---- takeover ----------------------------------------------------------------------------

export interface TakeoverInput {
  date: string;
  from: string;
}

/** A takeover: a real Dutch date, not in the future, not before 2004; "from" is optional. */
export function validateTakeover(
  input: TakeoverInput,
  today: IsoDate,
): Validation<PoortwachterTakeover, keyof TakeoverInput> {
  const errors: Partial<Record<keyof TakeoverInput, string>> = {};
  const date = parseDutchDate(input.date);
  if (input.date.trim() === '') errors.date = 'validation.required';
  else if (date === null) errors.date = 'validation.date';
  else if (date > today) errors.date = 'validation.dateInFuture';
  else if (date < FIRST_SUPPORTED_SICK_DAY) errors.date = 'poortwachter.errors.before2004';
  if (input.from.trim().length > MAX_TAKEOVER_FROM_LENGTH) errors.from = 'validation.tooLong';
  if (Object.keys(errors).length > 0 || date === null) return { ok: false, errors };
  return { ok: true, value: { date, from: input.from.trim() } };
}

/** An "n.v.t." reason: required (a step is never silently dropped), at most 500 characters. */
export function validateNotApplicableReason(text: string): Validation<string, 'reason'> {
  const reason = text.trim();
  if (reason === '') return { ok: false, errors: { reason: 'poortwachter.errors.reasonRequired' } };
  if (reason.length > MAX_REASON_LENGTH)
    return { ok: false, errors: { reason: 'validation.tooLong' } };
  return { ok: true, value: reason };
}

/** How a step was settled, if it was: a done date wins over "before takeover" and "n.v.t.". */
export type StepResolution = 'done' | 'before-takeover' | 'not-applicable';

export function stepResolution(
  c: PoortwachterCase,
  id: PoortwachterStepId,
): StepResolution | undefined {
  if (c.done[id] !== undefined) return 'done';
  if (c.notApplicable?.[id] !== undefined) return 'not-applicable';
  if (c.doneBeforeTakeover?.includes(id)) return 'before-takeover';
  return undefined;
}

/**
 * The steps the bulk action "gedaan vóór overname" applies to: due before the takeover date,
 * someone's action (not the end of the waiting period), and not settled yet. Empty without a
 * takeover or a valid timeline.
 */
export function openStepsBeforeTakeover(c: PoortwachterCase, today: IsoDate): PoortwachterStepId[] {
  const takeover = c.takeover?.date;
  const timeline = poortwachterTimeline(c, today);
  if (takeover === undefined || !timeline.ok) return [];
  return timeline.items
    .filter((i) => !i.passive && i.resolution === undefined && i.due < takeover)
    .map((i) => i.step.id);
}

/** The case with `steps` marked as done before the takeover. */
export function markDoneBeforeTakeover(
  c: PoortwachterCase,
  steps: readonly PoortwachterStepId[],
): PoortwachterCase {
  const before = new Set([...(c.doneBeforeTakeover ?? []), ...steps]);
  return { ...c, doneBeforeTakeover: STEP_IDS.filter((id) => before.has(id)) };
}

/** The case with one step marked "n.v.t." (a reason) or that mark removed (undefined). */
export function setNotApplicable(
  c: PoortwachterCase,
  step: PoortwachterStepId,
  reason: string | undefined,
): PoortwachterCase {
  const others = Object.entries(c.notApplicable ?? {}).filter(([id]) => id !== step);
  return {
    ...c,
    notApplicable: Object.fromEntries(reason === undefined ? others : [...others, [step, reason]]),
  };
}

/** Clears whatever settled a step (done date, before takeover, n.v.t.). */
export function clearResolution(c: PoortwachterCase, step: PoortwachterStepId): PoortwachterCase {
  const done = Object.fromEntries(Object.entries(c.done).filter(([id]) => id !== step));
  const cleared = setNotApplicable({ ...c, done }, step, undefined);
  return {
    ...cleared,
    doneBeforeTakeover: (c.doneBeforeTakeover ?? []).filter((id) => id !== step),
  };
}

/** A "Gedaan op" date: a real Dutch date, not in the future. */
export function validateDoneDate(text: string, today: IsoDate): Validation<IsoDate, 'date'> {
  const iso = parseDutchDate(text);
  if (text.trim() === '') return { ok: false, errors: { date: 'validation.required' } };
  if (iso === null) return { ok: false, errors: { date: 'validation.date' } };
  if (iso > today) return { ok: false, errors: { date: 'validation.dateInFuture' } };
  return { ok: true, value: iso };
}

// ---- states ------------------------------------------------------------------------------

export type DeadlineState = 'done' | 'overdue' | 'due-soon' | 'upcoming';

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  parseIsoDate(to) - parseIsoDate(from);

/** The state of one deadline on `today`; shared by the Poortwachter and UWV timelines. */
export function deadlineState(
  due: IsoDate,
  done: IsoDate | undefined,
  today: IsoDate,
): DeadlineState {
  if (done !== undefined) return 'done';
  const left = daysBetween(today, due);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

export interface TimelineItem {
  step: PoortwachterStep;
  due: IsoDate;
  /** The recorded done date; undefined for a step that is not done or only "reached". */
  done: IsoDate | undefined;
  state: DeadlineState;
  /** Days from today to the due date; negative when past. */
  daysLeft: number;
  /** Nobody acts on this step (end of the waiting period): it is done once reached. */
  passive: boolean;
  /** Moved later by the recorded extensions. */
  moved: boolean;
  /** How the step was settled, when it was (a passive step that was reached has none). */
  resolution: StepResolution | undefined;
  /** The coach's reason for "n.v.t.". */
  reason: string | undefined;
}

export type CaseStatus = 'sick' | 'recovered' | 'lapsed' | 'ended';

export interface PoortwachterTimeline {
  items: TimelineItem[];
  firstSickDay: IsoDate;
  /** The weeks the timeline was computed with (the sum, capped at 52). */
  extensionWeeks: number;
  /** The sum of the recorded extensions, which may exceed 52 (then `extensionTooLong`). */
  requestedExtensionWeeks: number;
  extensionTooLong: boolean;
  status: CaseStatus;
  /** The last sick day of the latest spell, when it has ended. */
  recoveredAfter: IsoDate | undefined;
}

export type TimelineResult =
  ({ ok: true } & PoortwachterTimeline) | { ok: false; reason: 'no-spells' | 'invalid-spells' };

/** Whether the latest spell has no last sick day yet; false for no or invalid spells. */
export function latestSpellOpen(spells: readonly SickSpell[]): boolean {
  try {
    const { spells: period } = latestWaitingPeriod(spells);
    return period[period.length - 1]?.lastDay === undefined;
  } catch (e) {
    if (e instanceof PoortwachterInputError) return false;
    throw e;
  }
}

/** The timeline of a case on `today`. Pure; never throws on stored data. */
export function poortwachterTimeline(c: PoortwachterCase, today: IsoDate): TimelineResult {
  const spells = c.medical.spells;
  if (spells.length === 0) return { ok: false, reason: 'no-spells' };
  const requestedExtensionWeeks = totalExtensionWeeks(c.extensions);
  const extensionWeeks = Math.min(MAX_EXTENSION_WEEKS, Math.max(0, requestedExtensionWeeks));
  let schedule;
  let period;
  try {
    period = latestWaitingPeriod(spells);
    schedule = poortwachterSchedule({ spells, extensionWeeks });
  } catch (e) {
    if (e instanceof PoortwachterInputError) return { ok: false, reason: 'invalid-spells' };
    throw e;
  }
  const byId = new Map(POORTWACHTER_STEPS.map((s) => [s.id, s]));
  const items = schedule.map(({ step: id, due }): TimelineItem => {
    const step = byId.get(id) as PoortwachterStep;
    const passive = step.responsible.length === 0;
    const done = c.done[id];
    const reached = passive && due <= today;
    const resolution = stepResolution(c, id);
    return {
      step,
      due,
      done,
      state: reached || resolution !== undefined ? 'done' : deadlineState(due, done, today),
      daysLeft: daysBetween(today, due),
      passive,
      moved: step.movesWithExtension && extensionWeeks > 0,
      resolution,
      reason: resolution === 'not-applicable' ? c.notApplicable?.[id] : undefined,
    };
  });
  const last = period.spells[period.spells.length - 1];
  const recoveredAfter =
    last?.lastDay !== undefined && last.lastDay < today ? last.lastDay : undefined;
  const end = items.find((i) => i.step.id === 'einde-wachttijd')?.due ?? today;
  let status: CaseStatus = 'sick';
  if (recoveredAfter !== undefined) {
    // Recovery days are those strictly between the last sick day and today's sickness.
    const recovery = daysBetween(recoveredAfter, today) - 1;
    status = recovery >= NEW_WAITING_PERIOD_AFTER_RECOVERY_DAYS ? 'lapsed' : 'recovered';
  } else if (end < today) {
    status = 'ended';
  }
  return {
    ok: true,
    items,
    firstSickDay: period.firstSickDay,
    extensionWeeks,
    requestedExtensionWeeks,
    extensionTooLong: requestedExtensionWeeks > MAX_EXTENSION_WEEKS,
    status,
    recoveredAfter,
  };
}
