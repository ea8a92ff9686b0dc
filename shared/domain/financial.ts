/**
 * Financial records (docs/domain.md §6: financial and administrative data, 7 years under tax
 * law): hours per trajectory, month and activity, and invoice references. They outlive the
 * dossier, so the vault keeps them under a key of their own per client
 * (renderer/vault/financial.ts): erasing the client destroys the client's data key and
 * leaves these readable.
 *
 * Hours are derived from the logbook: each contact's duration counts in the month of its
 * date, under its contact type as the activity, and under the trajectory when the date lies
 * within it (from the start date, up to the end date when there is one). A sealed entry's
 * type cannot be read without the compartment, so its time counts as 'unspecified'.
 *
 * The shape is the one the office will later receive ("hours per month per activity").
 */
import { z } from 'zod';
import { CONTACT_TYPES, type ContactType } from './logbook';
import { parseDutchDate } from './dutch-date';
import type { IsoDate } from './iso-date';

export const HOURS_KIND = 'financial-hours';
export const INVOICE_REFERENCE_KIND = 'invoice-reference';

export const ACTIVITIES = [...CONTACT_TYPES, 'unspecified'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** One row per trajectory (or none), month and activity. */
export interface HoursRow {
  trajectoryId?: string;
  /** 'yyyy-mm'. */
  month: string;
  activity: Activity;
  minutes: number;
}

export const hoursRowSchema = z.object({
  trajectoryId: z.string().optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  activity: z.enum(ACTIVITIES),
  minutes: z.number().int().nonnegative(),
});

export interface InvoiceReference {
  trajectoryId?: string;
  /** The invoice number or reference as the firm's administration knows it. */
  reference: string;
  invoicedOn: IsoDate;
  /** E.g. the period or hours it covers; never dossier content. */
  note: string;
  /** ISO timestamp. */
  recordedAt: string;
}

export const invoiceReferenceSchema = z.object({
  trajectoryId: z.string().optional(),
  reference: z.string().min(1).max(60),
  invoicedOn: z.string(),
  note: z.string().max(200),
  recordedAt: z.string(),
});

/** A contact as the logbook's index knows it, with its type when it can be read. */
export interface TimedContact {
  entryId: string;
  /** Local "YYYY-MM-DDTHH:mm". */
  at: string;
  durationMinutes: number;
  type?: ContactType;
}

export interface TrajectorySpan {
  id: string;
  startDate: string;
  endDate: string;
}

/** Whether a day lies within the trajectory: from its start, up to its end when set. */
export const withinTrajectory = (day: string, t: TrajectorySpan): boolean =>
  t.startDate !== '' && day >= t.startDate && (t.endDate === '' || day <= t.endDate);

/** The key of a row: rows with the same key are one row. */
export const hoursKey = (r: Pick<HoursRow, 'trajectoryId' | 'month' | 'activity'>): string =>
  `${r.trajectoryId ?? ''}|${r.month}|${r.activity}`;

/** Hours per trajectory, month and activity, sorted by month, then activity. */
export function hoursFromContacts(
  contacts: readonly TimedContact[],
  trajectory: TrajectorySpan | null,
): HoursRow[] {
  const rows = new Map<string, HoursRow>();
  for (const c of contacts) {
    if (c.durationMinutes <= 0) continue;
    const day = c.at.slice(0, 10);
    const row: HoursRow = {
      ...(trajectory && withinTrajectory(day, trajectory) ? { trajectoryId: trajectory.id } : {}),
      month: day.slice(0, 7),
      activity: c.type ?? 'unspecified',
      minutes: 0,
    };
    const key = hoursKey(row);
    const existing = rows.get(key) ?? row;
    existing.minutes += c.durationMinutes;
    rows.set(key, existing);
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      ACTIVITIES.indexOf(a.activity) - ACTIVITIES.indexOf(b.activity) ||
      (a.trajectoryId ?? '').localeCompare(b.trajectoryId ?? ''),
  );
}

/** Minutes booked on a trajectory. */
export const minutesOn = (rows: readonly HoursRow[], trajectoryId: string): number =>
  rows.reduce((n, r) => (r.trajectoryId === trajectoryId ? n + r.minutes : n), 0);

export interface InvoiceInput {
  reference: string;
  invoicedOn: string;
  note: string;
}

/** Checks what the coach typed; errors are i18n keys by field. */
export function validateInvoice(
  input: InvoiceInput,
):
  | { ok: true; value: Pick<InvoiceReference, 'reference' | 'invoicedOn' | 'note'> }
  | { ok: false; errors: Partial<Record<keyof InvoiceInput, string>> } {
  const errors: Partial<Record<keyof InvoiceInput, string>> = {};
  const reference = input.reference.trim();
  if (!reference) errors.reference = 'validation.required';
  else if (reference.length > 60) errors.reference = 'validation.tooLong';
  const invoicedOn = parseDutchDate(input.invoicedOn);
  if (!invoicedOn) errors.invoicedOn = 'validation.date';
  const note = input.note.trim();
  if (note.length > 200) errors.note = 'validation.tooLong';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { reference, invoicedOn: invoicedOn as string, note } };
}
