/**
 * The deadline projection of a Poortwachter case: what the dashboard (and a closed
 * Poortwachter tab) may know without opening the special-category compartment.
 *
 * The case itself holds sick dates (AVG art. 9) and is sealed in the compartment. The
 * projection is written next to it, under the client key, at every save; it holds per step
 * only its id, its due date and whether it is open, done or not applicable. No sick date, no
 * done date, no reason, no extension: nothing the coach typed about the employee's health.
 *
 * Accepted: the due dates are computed from the first sick day, so someone holding the vault
 * key can work back to it (week 1's due date minus six days, when no recovery lies between).
 * The issue asks for exactly this trade: the dashboard needs the due dates.
 *
 * `active` says whether the deadlines run: false once the latest spell has a last sick day
 * (recovered or lapsed, poortwachter-case.ts), and for a case without valid spells. A case
 * whose last sick day is today counts as recovered one day early; its later deadlines only
 * apply should the employee fall sick again.
 */
import { z } from 'zod';
import { tryParseIsoDate, type IsoDate } from './iso-date';
import {
  FIRST_SUPPORTED_SICK_DAY,
  POORTWACHTER_STEPS,
  type PoortwachterStep,
  type PoortwachterStepId,
} from './poortwachter';
import {
  daysBetween,
  deadlineState,
  latestSpellOpen,
  poortwachterTimeline,
  type CaseStatus,
  type PoortwachterCase,
  type TimelineItem,
} from './poortwachter-case';

export const POORTWACHTER_DEADLINES_KIND = 'poortwachter-deadlines';
export const PROJECTED_STATUSES = ['open', 'done', 'not-applicable'] as const;
export type ProjectedStatus = (typeof PROJECTED_STATUSES)[number];

export interface ProjectedStep {
  step: PoortwachterStepId;
  due: IsoDate;
  status: ProjectedStatus;
}

/** The record stored under POORTWACHTER_DEADLINES_KIND, one per client. */
export interface PoortwachterProjection {
  active: boolean;
  steps: ProjectedStep[];
}

const STEP_IDS = POORTWACHTER_STEPS.map((s) => s.id) as [
  PoortwachterStepId,
  ...PoortwachterStepId[],
];

/** Strict: a field beyond these (a sick date slipped in by a later change) is refused. */
export const poortwachterProjectionSchema = z
  .object({
    active: z.boolean(),
    steps: z.array(
      z
        .object({
          step: z.enum(STEP_IDS),
          due: z.string().refine((s) => tryParseIsoDate(s) !== undefined, 'validation.date'),
          status: z.enum(PROJECTED_STATUSES),
        })
        .strict(),
    ),
  })
  .strict();

export const isPoortwachterProjection = (data: unknown): data is PoortwachterProjection =>
  poortwachterProjectionSchema.safeParse(data).success;

/** The projection of a case: the same on any day (the states are worked out when read). */
export function poortwachterProjection(c: PoortwachterCase): PoortwachterProjection {
  // The timeline wants a day for its states, which the projection drops: any day will do.
  const timeline = poortwachterTimeline(c, FIRST_SUPPORTED_SICK_DAY);
  if (!timeline.ok) return { active: false, steps: [] };
  return {
    active: latestSpellOpen(c.medical.spells),
    steps: timeline.items.map((i) => ({
      step: i.step.id,
      due: i.due,
      status:
        i.resolution === undefined
          ? 'open'
          : i.resolution === 'not-applicable'
            ? 'not-applicable'
            : 'done',
    })),
  };
}

export interface ProjectedTimeline {
  items: TimelineItem[];
  /** 'recovered' stands for recovered or lapsed: the projection cannot tell them apart. */
  status: Exclude<CaseStatus, 'lapsed'>;
}

const STEPS = new Map(POORTWACHTER_STEPS.map((s) => [s.id, s]));

/** The timeline as far as the projection tells it: states on `today`, no done dates. */
export function projectedTimeline(p: PoortwachterProjection, today: IsoDate): ProjectedTimeline {
  const items = p.steps.map(({ step: id, due, status }): TimelineItem => {
    const step = STEPS.get(id) as PoortwachterStep;
    const passive = step.responsible.length === 0;
    const settled = status !== 'open' || (passive && due <= today);
    return {
      step,
      due,
      done: undefined,
      state: settled ? 'done' : deadlineState(due, undefined, today),
      daysLeft: daysBetween(today, due),
      passive,
      moved: false,
      resolution: status === 'open' ? undefined : status === 'done' ? 'done' : 'not-applicable',
      reason: undefined,
    };
  });
  const end = p.steps.find((s) => s.step === 'einde-wachttijd')?.due;
  const status = !p.active ? 'recovered' : end !== undefined && end < today ? 'ended' : 'sick';
  return { items, status };
}
