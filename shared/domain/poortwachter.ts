/**
 * Wet verbetering Poortwachter deadlines (docs/domain.md §3), computed from the recorded sick
 * spells of one employee. Pure: calendar days only, no clock, no time zone.
 *
 * Rules this module applies (keep in sync with docs/coach-guide.md, "Poortwachter"):
 *
 * - Waiting period. Spells are sorted by first day. The recovery between two spells is the
 *   number of calendar days strictly between the earlier `lastDay` and the later `firstDay`
 *   (back at work 1 June, sick again 15 June after a spell ending 31 May = 14 recovery days).
 *   Fewer than 28 recovery days: the spells are one waiting period (BW 7:629 lid 10,
 *   "onderbreking van minder dan vier weken"). 28 or more: a new waiting period starts, and the
 *   schedule is for the latest waiting period only; older spells are ignored.
 * - Week N ends on the day the 7·N-th sick day of the waiting period is counted, the first sick
 *   day being day 1. Only days inside spells count, so recovery days between merged spells push
 *   every step that falls after them back by their number.
 * - The last spell is counted as if it were still running, also when it has a `lastDay`. The
 *   schedule then shows the deadlines that apply should the employee fall sick again within 28
 *   days (or never have recovered). Whether a waiting period has lapsed because 28 days of
 *   recovery have passed depends on today's date, which this pure function does not know.
 * - 42e-weeksmelding: the first working day after the end of week 42. A working day is Monday–
 *   Friday and not a holiday of the Algemene termijnenwet (see dutch-holidays.ts), because that
 *   act is what moves statutory deadlines off weekends and holidays.
 * - Periodic evaluations of the plan van aanpak every 6 weeks after it (weeks 14, 20, …, 50),
 *   stopping before the eerstejaarsevaluatie in week 52. Second-year evaluations are planned
 *   by the coach; the schedule does not invent them.
 * - Arbeidsdeskundig onderzoek: due by the end of week 52, because its outcome is input for the
 *   eerstejaarsevaluatie (same date, listed first).
 * - Start of the 2e spoor: 6 weeks after the eerstejaarsevaluatie, end of week 58.
 * - `extensionWeeks` (loonsanctie or voluntary extension) moves the steps from the UWV WIA letter
 *   on: wia-brief-uwv (88), eindevaluatie (91), wia-aanvraag (93 = 11 weeks before the end),
 *   einde-wachttijd (104), each plus `extensionWeeks`. Earlier steps do not move. UWV times its
 *   letter to the (extended) end, so it moves too. Accepted: whole weeks 0–52, the legal maximum
 *   of either kind of extension; stacked extensions beyond 52 weeks are rejected.
 * - Sick days before 2004-01-01 are rejected: the 104-week waiting period only applies to
 *   sickness that started on or after that date.
 */
import { nextWorkingDayAfter } from './dutch-holidays';
import { formatIsoDate, parseIsoDate, tryParseIsoDate } from './iso-date';
import type { DayNumber, IsoDate } from './iso-date';

/** A spell of sickness; without `lastDay` the employee is still sick. Both days count. */
export interface SickSpell {
  firstDay: IsoDate;
  lastDay?: IsoDate;
}

export interface PoortwachterInput {
  spells: readonly SickSpell[];
  /** Weeks by which a loonsanctie or voluntary extension lengthens the waiting period. */
  extensionWeeks?: number;
}

type EvaluationStepId = `evaluatie-plan-van-aanpak-${1 | 2 | 3 | 4 | 5 | 6 | 7}`;

export type PoortwachterStepId =
  | 'ziekmelding-arbodienst'
  | 'probleemanalyse'
  | 'plan-van-aanpak'
  | EvaluationStepId
  | '42e-weeksmelding'
  | 'arbeidsdeskundig-onderzoek'
  | 'eerstejaarsevaluatie'
  | 'start-tweede-spoor'
  | 'wia-brief-uwv'
  | 'eindevaluatie'
  | 'wia-aanvraag'
  | 'einde-wachttijd';

export type PoortwachterRole =
  'employer' | 'employee' | 'bedrijfsarts' | 'arbeidsdeskundige' | 'coach' | 'uwv';

export interface PoortwachterStep {
  id: PoortwachterStepId;
  labelNl: string;
  labelEn: string;
  /** Empty when nobody acts (the waiting period simply ends). */
  responsible: readonly PoortwachterRole[];
  /** Week of the waiting period, before any extension. */
  week: number;
  /** `end-of-week`: due the last day of `week`; otherwise the first working day after it. */
  timing: 'end-of-week' | 'first-working-day-after-week';
  movesWithExtension: boolean;
}

export interface PoortwachterDeadline {
  step: PoortwachterStepId;
  due: IsoDate;
}

export class PoortwachterInputError extends Error {
  override readonly name = 'PoortwachterInputError';
}

/** Recovery of this many days or more starts a new waiting period. */
export const NEW_WAITING_PERIOD_AFTER_RECOVERY_DAYS = 28;
export const MAX_EXTENSION_WEEKS = 52;
export const FIRST_SUPPORTED_SICK_DAY: IsoDate = '2004-01-01';
/** Keeps every computed deadline inside four-digit years. */
export const LAST_SUPPORTED_SICK_DAY: IsoDate = '9899-12-31';

const PLAN_EVALUATION_INTERVAL_WEEKS = 6;

function planEvaluation(n: 1 | 2 | 3 | 4 | 5 | 6 | 7): PoortwachterStep {
  return {
    id: `evaluatie-plan-van-aanpak-${n}`,
    labelNl: `Evaluatie plan van aanpak ${n}`,
    labelEn: `Action plan review ${n}`,
    responsible: ['employer', 'employee'],
    week: 8 + PLAN_EVALUATION_INTERVAL_WEEKS * n,
    timing: 'end-of-week',
    movesWithExtension: false,
  };
}

/** Every step, in the fixed order used to break ties between equal due dates. */
export const POORTWACHTER_STEPS: readonly PoortwachterStep[] = [
  {
    id: 'ziekmelding-arbodienst',
    labelNl: 'Ziekmelding bij arbodienst of bedrijfsarts',
    labelEn: 'Sick report to the occupational health service',
    responsible: ['employer'],
    week: 1,
    timing: 'end-of-week',
    movesWithExtension: false,
  },
  {
    id: 'probleemanalyse',
    labelNl: 'Probleemanalyse',
    labelEn: 'Problem analysis',
    responsible: ['bedrijfsarts'],
    week: 6,
    timing: 'end-of-week',
    movesWithExtension: false,
  },
  {
    id: 'plan-van-aanpak',
    labelNl: 'Plan van aanpak',
    labelEn: 'Action plan',
    responsible: ['employer', 'employee'],
    week: 8,
    timing: 'end-of-week',
    movesWithExtension: false,
  },
  planEvaluation(1),
  planEvaluation(2),
  planEvaluation(3),
  planEvaluation(4),
  planEvaluation(5),
  {
    id: '42e-weeksmelding',
    labelNl: '42e-weeksmelding aan UWV',
    labelEn: 'Week-42 sickness report to UWV',
    responsible: ['employer'],
    week: 42,
    timing: 'first-working-day-after-week',
    movesWithExtension: false,
  },
  planEvaluation(6),
  planEvaluation(7),
  {
    id: 'arbeidsdeskundig-onderzoek',
    labelNl: 'Arbeidsdeskundig onderzoek',
    labelEn: 'Labour expert assessment',
    responsible: ['arbeidsdeskundige'],
    week: 52,
    timing: 'end-of-week',
    movesWithExtension: false,
  },
  {
    id: 'eerstejaarsevaluatie',
    labelNl: 'Eerstejaarsevaluatie',
    labelEn: 'First-year evaluation',
    responsible: ['employer', 'employee'],
    week: 52,
    timing: 'end-of-week',
    movesWithExtension: false,
  },
  {
    id: 'start-tweede-spoor',
    labelNl: 'Start 2e spoor (tenzij terugkeer binnen 3 maanden concreet is)',
    labelEn: 'Start of track 2 (unless a return within 3 months is concrete)',
    responsible: ['employer', 'coach'],
    week: 58,
    timing: 'end-of-week',
    movesWithExtension: false,
  },
  {
    id: 'wia-brief-uwv',
    labelNl: 'UWV stuurt de WIA-brief',
    labelEn: 'UWV sends the WIA letter',
    responsible: ['uwv'],
    week: 88,
    timing: 'end-of-week',
    movesWithExtension: true,
  },
  {
    id: 'eindevaluatie',
    labelNl: 'Eindevaluatie, actueel oordeel en kopie re-integratieverslag aan werknemer',
    labelEn: 'Final evaluation, current assessment and reintegration report copy to employee',
    responsible: ['employer', 'bedrijfsarts'],
    week: 91,
    timing: 'end-of-week',
    movesWithExtension: true,
  },
  {
    id: 'wia-aanvraag',
    labelNl: 'WIA-aanvraag met re-integratieverslag',
    labelEn: 'WIA application with reintegration report',
    responsible: ['employee'],
    week: 93,
    timing: 'end-of-week',
    movesWithExtension: true,
  },
  {
    id: 'einde-wachttijd',
    labelNl: 'Einde wachttijd en loondoorbetaling',
    labelEn: 'End of the waiting period and of wage payment',
    responsible: [],
    week: 104,
    timing: 'end-of-week',
    movesWithExtension: true,
  },
];

/** A spell as day numbers; `last` is undefined while the spell is open. */
interface ParsedSpell {
  first: DayNumber;
  last: DayNumber | undefined;
}

export interface WaitingPeriod {
  /** The first sick day of the waiting period. */
  firstSickDay: IsoDate;
  /** The spells that make up the waiting period, sorted. */
  spells: SickSpell[];
  /** Recovery days between those spells, which the schedule skips. */
  recoveryDays: number;
}

function fail(message: string): never {
  throw new PoortwachterInputError(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const FIRST_SUPPORTED = parseIsoDate(FIRST_SUPPORTED_SICK_DAY);
const LAST_SUPPORTED = parseIsoDate(LAST_SUPPORTED_SICK_DAY);

function parseDay(value: unknown, what: string): DayNumber {
  const days = tryParseIsoDate(value);
  if (days === undefined) fail(`${what} is not a valid YYYY-MM-DD date: ${String(value)}`);
  if (days < FIRST_SUPPORTED) {
    fail(
      `${what} ${String(value)} is before ${FIRST_SUPPORTED_SICK_DAY}; the 104-week rules do not apply`,
    );
  }
  if (days > LAST_SUPPORTED) fail(`${what} ${String(value)} is after ${LAST_SUPPORTED_SICK_DAY}`);
  return days;
}

/** Validates and sorts the spells; throws `PoortwachterInputError` on anything off. */
function parseSpells(spells: unknown): ParsedSpell[] {
  if (!Array.isArray(spells)) fail('spells must be a list');
  if (spells.length === 0) fail('spells must contain at least one sick spell');
  const parsed = spells.map((spell: unknown, index): ParsedSpell => {
    const label = `spells[${index}]`;
    if (!isRecord(spell)) fail(`${label} must be an object with a firstDay`);
    const first = parseDay(spell['firstDay'], `${label}.firstDay`);
    if (spell['lastDay'] === undefined) return { first, last: undefined };
    const last = parseDay(spell['lastDay'], `${label}.lastDay`);
    if (last < first) {
      fail(`${label}.lastDay ${String(spell['lastDay'])} is before its firstDay`);
    }
    return { first, last };
  });
  parsed.sort((a, b) => a.first - b.first);
  for (const [index, next] of parsed.entries()) {
    const previous = parsed[index - 1];
    if (previous === undefined) continue;
    if (previous.last === undefined) {
      fail(
        `The open spell from ${formatIsoDate(previous.first)} overlaps the spell from ` +
          `${formatIsoDate(next.first)}; only the latest spell may lack a lastDay`,
      );
    }
    if (next.first <= previous.last) {
      fail(
        `The spells from ${formatIsoDate(previous.first)} and ${formatIsoDate(next.first)} overlap`,
      );
    }
  }
  return parsed;
}

function parseExtensionWeeks(value: unknown): number {
  if (value === undefined) return 0;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > MAX_EXTENSION_WEEKS
  ) {
    fail(`extensionWeeks must be a whole number of weeks from 0 to ${MAX_EXTENSION_WEEKS}`);
  }
  return value;
}

/** The spells of the latest waiting period, from sorted, non-overlapping spells. */
function latestPeriod(sorted: readonly ParsedSpell[]): ParsedSpell[] {
  let start = 0;
  sorted.forEach((spell, index) => {
    const previous = sorted[index - 1];
    if (previous?.last === undefined) return;
    const recovery = spell.first - previous.last - 1;
    if (recovery >= NEW_WAITING_PERIOD_AFTER_RECOVERY_DAYS) start = index;
  });
  return sorted.slice(start);
}

/** The date on which sick day `n` (1-based) of the waiting period is counted. */
function dateOfSickDay(period: readonly ParsedSpell[], n: number): DayNumber {
  let remaining = n;
  for (const [index, spell] of period.entries()) {
    // The last spell is counted as ongoing even when closed (see the module comment).
    if (spell.last === undefined || index === period.length - 1) return spell.first + remaining - 1;
    const length = spell.last - spell.first + 1;
    if (remaining <= length) return spell.first + remaining - 1;
    remaining -= length;
  }
  throw new Error('A waiting period always has at least one spell');
}

/**
 * The spells that make up the latest waiting period, so the UI can show which spells were
 * added together. Throws `PoortwachterInputError` on invalid spells.
 */
export function latestWaitingPeriod(spells: readonly SickSpell[]): WaitingPeriod {
  const result: SickSpell[] = [];
  let recoveryDays = 0;
  let previousLast: DayNumber | undefined;
  for (const { first, last } of latestPeriod(parseSpells(spells))) {
    if (previousLast !== undefined) recoveryDays += first - previousLast - 1;
    previousLast = last;
    const firstDay = formatIsoDate(first);
    result.push(last === undefined ? { firstDay } : { firstDay, lastDay: formatIsoDate(last) });
  }
  const firstSickDay = result[0]?.firstDay ?? fail('spells must contain at least one sick spell');
  return { firstSickDay, spells: result, recoveryDays };
}

/** The last day of week `week` for an uninterrupted spell: firstSickDay + 7·week − 1. */
export function endOfWeek(firstSickDay: IsoDate, week: number): IsoDate {
  const first = tryParseIsoDate(firstSickDay);
  if (first === undefined) fail(`Not a valid YYYY-MM-DD date: ${firstSickDay}`);
  if (!Number.isInteger(week) || week < 1) fail(`week must be a whole number ≥ 1, not ${week}`);
  return formatIsoDate(first + 7 * week - 1);
}

/**
 * Every Poortwachter deadline for the latest waiting period of `spells`, sorted by due date and
 * then by the order of `POORTWACHTER_STEPS`. Throws `PoortwachterInputError` on invalid input.
 */
export function poortwachterSchedule(input: PoortwachterInput): PoortwachterDeadline[] {
  if (!isRecord(input)) fail('input must be an object with spells');
  const period = latestPeriod(parseSpells(input.spells));
  const extensionWeeks = parseExtensionWeeks(input.extensionWeeks);

  const deadlines = POORTWACHTER_STEPS.map((step, order) => {
    const week = step.week + (step.movesWithExtension ? extensionWeeks : 0);
    const weekEnd = formatIsoDate(dateOfSickDay(period, 7 * week));
    const due = step.timing === 'end-of-week' ? weekEnd : nextWorkingDayAfter(weekEnd);
    return { step: step.id, due, order };
  });
  deadlines.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.order - b.order));
  return deadlines.map(({ step, due }) => ({ step, due }));
}
