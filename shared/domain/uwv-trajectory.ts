/**
 * A client's UWV trajectory (docs/domain.md §4): what UWV granted, its reporting milestones and
 * the hours spent against the hours granted.
 *
 * Milestone schedule. UWV's purchase conditions differ per contract and year, so the app uses
 * one simple, documented schedule per type, counted from the start date (the day UWV approved
 * the plan) and the end date; the coach records the day each report was sent:
 *
 * - every type: the plan (werkplan / jobcoachplan, worked out with the client) within 4 weeks
 *   of the start;
 * - Werkfit maken and Naar Werk: one voortgangsrapportage halfway between start and end, the
 *   eindrapportage on the end date;
 * - jobcoaching: a verantwoordingsrapportage every 6 calendar months after the start (the
 *   half-yearly accountability report) for as long as the trajectory runs, the eindrapportage
 *   on the end date (a half-year mark on or after the end date is replaced by it);
 * - IRO: a voortgangsrapportage every 6 months, the eindrapportage on the end date;
 * - other: the plan and the eindrapportage only.
 *
 * Without an end date there is no eindrapportage and no halfway report; periodic reports are
 * listed for the first year. A month step from the 31st lands on the last day of a shorter
 * month (31 January + 1 month = 28 or 29 February).
 *
 * Hours spent: the sum of the logbook durations whose date lies within the trajectory, from
 * the start date up to the end date (or up to today while there is no end date).
 */
import { z } from 'zod';
import { centsToEuro, euroToCents, formatEuroInput, parseEuroCents } from './amount';
import { parseDutchDate } from './dutch-date';
import { addDays, parseIsoDate, tryParseIsoDate, type IsoDate } from './iso-date';
import { daysBetween, deadlineState, type DeadlineState } from './poortwachter-case';

export const UWV_TRAJECTORY_KIND = 'uwv-trajectory';

export const TRAJECTORY_TYPES = ['werkfit', 'naar-werk', 'jobcoaching', 'iro', 'other'] as const;
export type TrajectoryType = (typeof TRAJECTORY_TYPES)[number];
export const SUPPORT_LEVELS = ['light', 'medium', 'intensive'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
export const REGIMES = ['ww', 'wia-wga', 'wajong', 'zw'] as const;
export type Regime = (typeof REGIMES)[number];

export const PLAN_WITHIN_DAYS = 28;
export const REPORT_EVERY_MONTHS = 6;
/** Periodic reports listed while the end date is still unknown. */
const OPEN_ENDED_MONTHS = 12;

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const optionalDate = z
  .string()
  .trim()
  .refine((s) => s === '' || parseDutchDate(s) !== null, 'validation.date')
  .transform((s) => (s === '' ? '' : (parseDutchDate(s) ?? s)));

/**
 * A Dutch number as typed: "40", "37,5", "4.250,00", "€ 4.250". A dot followed by exactly three
 * digits is a thousands separator; a comma (or a lone dot with other than three digits) is the
 * decimal mark. Returns null for anything else.
 */
export function parseDutchNumber(typed: string): number | null {
  let s = typed.trim().replace(/^€\s*/, '').replace(/\s/g, '');
  if (s === '') return null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

const MAX_BUDGET_CENTS = 1_000_000 * 100;

const optionalAmount = (max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((s) => {
      if (s === '') return true;
      const n = parseDutchNumber(s);
      return n !== null && n <= max;
    }, message)
    .transform((s) => (s === '' ? null : parseDutchNumber(s)));

export const trajectoryInputSchema = z
  .object({
    type: z.enum(TRAJECTORY_TYPES),
    /** What kind of trajectory, when the type is "other". */
    typeOther: text(100),
    /** Jobcoaching only. */
    supportLevel: z.enum(['', ...SUPPORT_LEVELS]),
    regime: z.enum(['', ...REGIMES]),
    orderNumber: text(40),
    ajNumber: text(40),
    startDate: optionalDate,
    endDate: optionalDate,
    grantedHours: optionalAmount(10_000, 'trajectory.errors.hours'),
    budget: z
      .string()
      .trim()
      .refine((s) => {
        if (s === '') return true;
        const cents = parseEuroCents(s);
        return cents !== null && cents <= MAX_BUDGET_CENTS;
      }, 'trajectory.errors.budget')
      // Stored in euros as before; parsed through whole cents so "4.250,10" is 4250.1 exactly.
      .transform((s) => (s === '' ? null : centsToEuro(parseEuroCents(s) ?? 0))),
    uwvContact: text(150),
    arbeidsdeskundige: text(150),
    adReport: z.boolean(),
    fml: z.boolean(),
  })
  .superRefine((t, ctx) => {
    if (t.startDate && t.endDate && t.endDate < t.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'trajectory.errors.endBeforeStart',
      });
    }
    if (t.endDate && !t.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['startDate'],
        message: 'trajectory.errors.startNeeded',
      });
    }
    if (t.type === 'jobcoaching' && t.supportLevel === '') {
      ctx.addIssue({ code: 'custom', path: ['supportLevel'], message: 'validation.required' });
    }
  });

export type TrajectoryInput = z.input<typeof trajectoryInputSchema>;
export type TrajectoryFields = z.output<typeof trajectoryInputSchema>;

/** The record stored under UWV_TRAJECTORY_KIND, one per client. */
export interface UwvTrajectory extends TrajectoryFields {
  /** The day each milestone was done (report sent), by milestone id. */
  milestonesDone: Record<string, IsoDate>;
}

const isoOrEmpty = z.string().refine((s) => s === '' || tryParseIsoDate(s) !== undefined);

/** What a stored trajectory must look like; a record of an unknown shape is not used. */
export const uwvTrajectorySchema = z.object({
  type: z.enum(TRAJECTORY_TYPES),
  typeOther: z.string(),
  supportLevel: z.enum(['', ...SUPPORT_LEVELS]),
  regime: z.enum(['', ...REGIMES]),
  orderNumber: z.string(),
  ajNumber: z.string(),
  startDate: isoOrEmpty,
  endDate: isoOrEmpty,
  grantedHours: z.number().nonnegative().nullable(),
  budget: z.number().nonnegative().nullable(),
  uwvContact: z.string(),
  arbeidsdeskundige: z.string(),
  adReport: z.boolean(),
  fml: z.boolean(),
  milestonesDone: z.record(
    z.string(),
    z.string().refine((s) => tryParseIsoDate(s) !== undefined),
  ),
});

export const isUwvTrajectory = (data: unknown): data is UwvTrajectory =>
  uwvTrajectorySchema.safeParse(data).success;

export const emptyTrajectoryInput = (): TrajectoryInput => ({
  type: 'werkfit',
  typeOther: '',
  supportLevel: '',
  regime: '',
  orderNumber: '',
  ajNumber: '',
  startDate: '',
  endDate: '',
  grantedHours: '',
  budget: '',
  uwvContact: '',
  arbeidsdeskundige: '',
  adReport: false,
  fml: false,
});

const formatAmount = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
/** The budget as a Dutch coach reads it ("4.250,00"); typing it back gives the same amount. */
const formatBudget = (euros: number | null) =>
  euros === null ? '' : formatEuroInput(euroToCents(euros));
const dutch = (iso: string) =>
  iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '';

/** A stored trajectory back into what the form shows. */
export const trajectoryToInput = (t: TrajectoryFields): TrajectoryInput => ({
  ...t,
  startDate: dutch(t.startDate),
  endDate: dutch(t.endDate),
  grantedHours: formatAmount(t.grantedHours),
  budget: formatBudget(t.budget),
});

export function validateTrajectory(
  input: TrajectoryInput,
):
  | { ok: true; value: TrajectoryFields }
  | { ok: false; errors: Partial<Record<keyof TrajectoryInput, string>> } {
  const parsed = trajectoryInputSchema.safeParse(input);
  if (parsed.success) {
    const value = parsed.data;
    // A support level only means something for jobcoaching; do not keep a stale one.
    return {
      ok: true,
      value: value.type === 'jobcoaching' ? value : { ...value, supportLevel: '' },
    };
  }
  const errors: Partial<Record<keyof TrajectoryInput, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof TrajectoryInput;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

// ---- milestones --------------------------------------------------------------------------

export type MilestoneKind = 'plan' | 'voortgang' | 'verantwoording' | 'eind';

export interface Milestone {
  /** Stable while the dates change: "plan", "voortgang-1", "verantwoording-2", "eind". */
  id: string;
  kind: MilestoneKind;
  /** Number of a periodic report, from 1. */
  n: number;
  due: IsoDate;
}

/** `iso` plus whole calendar months, clamped to the end of a shorter month. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  parseIsoDate(iso);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  for (let day = d; day >= 28; day--) {
    const candidate = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (tryParseIsoDate(candidate) !== undefined) return candidate;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

function periodic(
  kind: 'voortgang' | 'verantwoording',
  start: IsoDate,
  end: IsoDate | '',
): Milestone[] {
  const out: Milestone[] = [];
  const horizon = end || addMonths(start, OPEN_ENDED_MONTHS);
  for (let n = 1; ; n++) {
    const due = addMonths(start, REPORT_EVERY_MONTHS * n);
    // On or after the end the eindrapportage takes its place.
    if (end ? due >= end : due > horizon) break;
    out.push({ id: `${kind}-${n}`, kind, n, due });
  }
  return out;
}

/** The milestones of a trajectory with their due dates; empty without a start date. */
export function trajectoryMilestones(
  t: Pick<TrajectoryFields, 'type' | 'startDate' | 'endDate'>,
): Milestone[] {
  const start = t.startDate;
  if (!start || tryParseIsoDate(start) === undefined) return [];
  const end = t.endDate && tryParseIsoDate(t.endDate) !== undefined ? t.endDate : '';
  const out: Milestone[] = [
    { id: 'plan', kind: 'plan', n: 1, due: addDays(start, PLAN_WITHIN_DAYS) },
  ];
  if (t.type === 'werkfit' || t.type === 'naar-werk') {
    if (end) {
      const half = Math.floor(daysBetween(start, end) / 2);
      out.push({ id: 'voortgang-1', kind: 'voortgang', n: 1, due: addDays(start, half) });
    }
  } else if (t.type === 'jobcoaching') {
    out.push(...periodic('verantwoording', start, end));
  } else if (t.type === 'iro') {
    out.push(...periodic('voortgang', start, end));
  }
  if (end) out.push({ id: 'eind', kind: 'eind', n: 1, due: end });
  // A very short trajectory can put the plan after a report; keep the list in date order.
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

export interface MilestoneItem extends Milestone {
  done: IsoDate | undefined;
  state: DeadlineState;
  daysLeft: number;
}

export function milestoneTimeline(
  t: Pick<UwvTrajectory, 'type' | 'startDate' | 'endDate' | 'milestonesDone'>,
  today: IsoDate,
): MilestoneItem[] {
  return trajectoryMilestones(t).map((m) => {
    const done = t.milestonesDone[m.id];
    return {
      ...m,
      done,
      state: deadlineState(m.due, done, today),
      daysLeft: daysBetween(today, m.due),
    };
  });
}

/** A trajectory whose eindrapportage is done is closed: its open milestones no longer matter. */
export const trajectoryClosed = (t: Pick<UwvTrajectory, 'milestonesDone'>): boolean =>
  t.milestonesDone['eind'] !== undefined;

// ---- hours -------------------------------------------------------------------------------

export interface TimedEntry {
  /** "YYYY-MM-DDTHH:mm", as in the logbook. */
  at: string;
  durationMinutes: number;
}

/**
 * Minutes of logbook time within the trajectory: entries dated from the start date up to the
 * end date, or up to today while there is no end date. Null without a start date.
 */
export function minutesWithin(
  entries: readonly TimedEntry[],
  t: Pick<TrajectoryFields, 'startDate' | 'endDate'>,
  today: IsoDate,
): number | null {
  if (!t.startDate) return null;
  const last = t.endDate || today;
  let minutes = 0;
  for (const e of entries) {
    const day = e.at.slice(0, 10);
    if (day >= t.startDate && day <= last) minutes += e.durationMinutes;
  }
  return minutes;
}
