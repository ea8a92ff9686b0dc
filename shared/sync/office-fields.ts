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
      type: code,
      phase: code,
      status: code,
      uwvOrderNumber: code.nullable(),
      startDate: isoDate.nullable(),
      endDate: isoDate.nullable(),
      grantedHours: z.number().min(0).max(10_000).nullable(),
    },
  },
  hours: {
    fields: {},
    // "2026-03|coaching": hours spent in that month on that activity.
    keyed: {
      pattern: /^\d{4}-\d{2}\|[a-z0-9-]{1,40}$/,
      value: z.number().min(0).max(1_000),
    },
  },
  deadlines: {
    fields: {},
    // A Poortwachter/UWV step id: its due date and, once done, the date it was done.
    keyed: {
      pattern: /^[a-z0-9-]{1,60}$/,
      value: z.object({ due: isoDate, done: isoDate.nullable() }).strict(),
    },
  },
  contact: { fields: { lastContact: isoDate.nullable(), lastContactBy: code.nullable() } },
  consent: {
    fields: {},
    keyed: { pattern: /^[a-z0-9-]{1,40}$/, value: z.boolean() },
  },
  status: {
    fields: {
      restricted: z.boolean(),
      erasure: z.enum(['none', 'requested', 'erased']),
    },
  },
};

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
