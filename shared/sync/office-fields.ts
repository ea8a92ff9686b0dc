import { z } from 'zod';
import type { FieldGroup } from './protocol.ts';

/**
 * The fields the office accepts in each field group, with the shape of their values. The
 * service refuses a push that carries anything else, so even a device bug cannot fill the
 * office database with more than the minimal projection: the allowlist is enforced at both
 * ends (the device builds its groups from the registry's `office` lists, the service checks
 * them here).
 *
 * Fixed names are listed in `fields`; groups whose field names are data (hours per month and
 * activity, deadline steps, consent flags) give a key pattern instead. Strings are short on
 * purpose: no field here has room for free text.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The one list of the trajectory's statuses, for the device (office-link records), the
 * planner's route and the office view. A planner sets one; the device shows it.
 */
export const TRAJECTORY_STATUSES = [
  'registered',
  'active',
  'paused',
  'completed',
  'stopped',
] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

/** The phase the device derives from the trajectory's dates and milestones. */
export const TRAJECTORY_PHASES = ['intake', 'plan', 'execution', 'closed'] as const;
export type TrajectoryPhase = (typeof TRAJECTORY_PHASES)[number];

/** The erasure status the office sees for a client. */
export const ERASURE_STATUSES = ['none', 'requested', 'erased'] as const;
export type ErasureStatus = (typeof ERASURE_STATUSES)[number];

/** The hours field of one month and activity: "2026-03|phone". */
export const hoursField = (month: string, activity: string): string => `${month}|${activity}`;

/** Where a deadline comes from: a UWV trajectory milestone or a Poortwachter step. */
export type DeadlineSource = 'uwv' | 'pw';
/** The deadlines field of one step: "uwv-plan", "pw-probleemanalyse". */
export const deadlineField = (source: DeadlineSource, id: string): string => `${source}-${id}`;

/** The consent flags the office may know, by the consent register's scope. */
export const CONSENT_FIELDS = ['share-employer', 'cv-to-employers'] as const;
const shortText = z.string().max(120);
const code = z.string().max(60);

export interface GroupRule {
  fields: Record<string, z.ZodType>;
  /** Field names that are data: a pattern for the name and one shape for every value. */
  keyed?: { pattern: RegExp; value: z.ZodType };
}

export const GROUP_RULES: Record<FieldGroup, GroupRule> = {
  client: {
    fields: {
      clientNumber: code,
      displayName: shortText,
      // Set by the office (the planner assigns a coach), never by a device.
      coachId: code,
    },
  },
  trajectory: {
    fields: {
      type: code.nullable(),
      phase: z.enum(TRAJECTORY_PHASES),
      status: z.enum(TRAJECTORY_STATUSES),
      uwvOrderNumber: code.nullable(),
      startDate: isoDate.nullable(),
      endDate: isoDate.nullable(),
      grantedHours: z.number().min(0).max(10_000).nullable(),
    },
  },
  hours: {
    fields: {},
    // "2026-03|phone": hours spent in that month on that activity (hoursField). Null: the
    // month and activity no longer hold hours (a contact moved or was removed).
    keyed: {
      pattern: /^\d{4}-(0[1-9]|1[0-2])\|[a-z0-9-]{1,40}$/,
      value: z.number().min(0).max(1_000).nullable(),
    },
  },
  deadlines: {
    fields: {},
    // A UWV milestone or Poortwachter step (deadlineField): its due date and, once done, the
    // date it was done. Null: the step no longer applies (the end date moved).
    keyed: {
      pattern: /^(uwv|pw)-[a-z0-9-]{1,60}$/,
      value: z.object({ due: isoDate, done: isoDate.nullable() }).strict().nullable(),
    },
  },
  contact: { fields: { lastContact: isoDate.nullable(), lastContactBy: code.nullable() } },
  consent: {
    fields: Object.fromEntries(CONSENT_FIELDS.map((f) => [f, z.boolean()])),
  },
  status: {
    fields: {
      restricted: z.boolean(),
      erasure: z.enum(ERASURE_STATUSES),
    },
  },
};

/** The fixed field names of a group, as the device must spell them. */
export const officeFieldNames = (group: FieldGroup): string[] =>
  Object.keys(GROUP_RULES[group].fields);

/** Fields only the office sets; a device that sends one is refused. */
export const OFFICE_ONLY_FIELDS: readonly { group: FieldGroup; field: string }[] = [
  { group: 'client', field: 'coachId' },
];

/** Where the office-side changes of the planner land (the device applies them on pull). */
export const OFFICE_SIDE = {
  coach: { group: 'client', field: 'coachId' },
  status: { group: 'trajectory', field: 'status' },
} as const satisfies Record<string, { group: FieldGroup; field: string }>;

/** The HLC node name of changes made at the office. */
export const OFFICE_HLC_NODE = 'office';

/** Why a field is refused, or null when it is on the allowlist with a value of its shape. */
export function checkOfficeField(group: FieldGroup, field: string, value: unknown): string | null {
  const rule = GROUP_RULES[group];
  const fixed = Object.hasOwn(rule.fields, field) ? rule.fields[field] : undefined;
  const shape = fixed ?? (rule.keyed && rule.keyed.pattern.test(field) ? rule.keyed.value : null);
  if (!shape) return `field ${group}.${field} is not on the office allowlist`;
  if (!shape.safeParse(value).success)
    return `field ${group}.${field} has a value of the wrong shape`;
  return null;
}
