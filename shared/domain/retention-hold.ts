/**
 * A legal hold: the coach keeps a client's data of one retention class past its due date,
 * with a reason and a review date (e.g. a lawsuit or a UWV objection still running). It is
 * a record under the client's key, so it goes with the client when the client is erased,
 * and the reason (which may say something about the client) never sits in clear or in the
 * audit log. From its review date the item is due again (shared/domain/retention.ts).
 */
import { z } from 'zod';
import type { FieldLabels } from '../records/kind-spec';
import { parseDutchDate } from './dutch-date';
import { addMonths } from './requests';
import { tryParseIsoDate, type IsoDate } from './iso-date';
import { POLICY_CLASSES, type PolicyClass } from './retention';

export const RETENTION_HOLD_KIND = 'retention-hold';

export interface RetentionHold {
  retention: PolicyClass;
  /** Why the data must be kept (the legal ground), in the coach's words. */
  reason: string;
  /** The day the hold ends and the item is due again, unless the coach holds it again. */
  reviewOn: IsoDate;
  /** The day the item was due when the hold was recorded. */
  dueOn: IsoDate;
  /** ISO timestamp. */
  recordedAt: string;
}

export const REASON_MAX = 500;
/** A hold is looked at again within 5 years: "kept for ever" is no legal ground. */
export const HOLD_MAX_MONTHS = 60;

const isoDate = z.string().refine((s) => tryParseIsoDate(s) !== undefined);

export const retentionHoldSchema = z.object({
  retention: z.enum(POLICY_CLASSES),
  reason: z.string().trim().min(1).max(REASON_MAX),
  reviewOn: isoDate,
  dueOn: isoDate,
  recordedAt: z.string(),
});

export const isRetentionHold = (x: unknown): x is RetentionHold =>
  retentionHoldSchema.safeParse(x).success;

const l = (nl: string, en: string) => ({ nl, en });
export const RETENTION_HOLD_LABELS: FieldLabels<RetentionHold> = {
  retention: l('Soort gegevens (bewaarklasse)', 'Kind of data (retention class)'),
  reason: l('Reden om langer te bewaren', 'Reason to keep it longer'),
  reviewOn: l('Opnieuw beoordelen op', 'Review on'),
  dueOn: l('Te verwijderen sinds', 'Due for erasure since'),
  recordedAt: l('Vastgelegd op', 'Recorded at'),
};

/** What the hold dialog holds: the date as typed ("1-12-2027"). */
export interface HoldInput {
  reason: string;
  reviewOn: string;
}

/** i18n keys (retention.errors.*, validation.*) per field. */
export type HoldErrors = Partial<Record<keyof HoldInput, string>>;

/** A review date after today and within HOLD_MAX_MONTHS, and a reason. */
export function validateHold(
  input: HoldInput,
  today: IsoDate,
): { ok: true; value: { reason: string; reviewOn: IsoDate } } | { ok: false; errors: HoldErrors } {
  const errors: HoldErrors = {};
  const reason = input.reason.trim();
  if (reason === '') errors.reason = 'retention.errors.reasonRequired';
  else if (reason.length > REASON_MAX) errors.reason = 'validation.tooLong';
  const reviewOn = input.reviewOn.trim() === '' ? null : parseDutchDate(input.reviewOn);
  if (input.reviewOn.trim() === '') errors.reviewOn = 'retention.errors.reviewRequired';
  else if (reviewOn === null) errors.reviewOn = 'validation.date';
  else if (reviewOn <= today) errors.reviewOn = 'retention.errors.reviewNotAfterToday';
  else if (reviewOn > addMonths(today, HOLD_MAX_MONTHS))
    errors.reviewOn = 'retention.errors.reviewTooFar';
  if (Object.keys(errors).length > 0 || reviewOn === null) return { ok: false, errors };
  return { ok: true, value: { reason, reviewOn } };
}
