/**
 * Restriction of processing (AVG art. 18) and objection (AVG art. 21), docs/domain.md §5.
 *
 * - A restricted dossier is only stored: no edits, no new entries beyond notes about the
 *   restriction, no sharing or export to third parties (an export to the client stays
 *   possible). It says why and since when; lifting it needs a reason. The vault refuses every
 *   other write for a restricted client (renderer/vault/restriction-guard.ts).
 * - An objection names the processing objected to, when it came in and its outcome. While an
 *   objection is upheld (or still pending: art. 21(1) lets processing go on only once the firm
 *   has shown compelling grounds), that processing stops.
 *
 * Messages are i18n keys; shared/ knows no language.
 */
import { z } from 'zod';
import { parseDutchDate } from './dutch-date';
import { tryParseIsoDate, type IsoDate } from './iso-date';

export const RESTRICTION_KIND = 'client-restriction';
export const OBJECTION_KIND = 'objection';

export const REASON_MAX = 500;
export const NOTE_MAX = 1000;

/** A note about the restriction: the one kind of entry a restricted dossier still takes. */
export interface RestrictionNote {
  /** ISO timestamp. */
  at: string;
  text: string;
}

/** A restriction that was lifted, kept in the record so the dossier shows its history. */
export interface EarlierRestriction {
  since: string;
  reason: string;
  liftedAt: string;
  liftReason: string;
}

/** The record stored under RESTRICTION_KIND, one per client (a singleton). */
export interface Restriction {
  active: boolean;
  /** ISO timestamp the current (or last) restriction started. */
  since: string;
  reason: string;
  /** The restriction request in the register it answers, if any. */
  requestId: string | null;
  notes: RestrictionNote[];
  /** The restrictions lifted before, oldest first. */
  earlier: EarlierRestriction[];
}

const noteSchema = z.object({ at: z.string(), text: z.string() });

export const restrictionSchema = z.object({
  active: z.boolean(),
  since: z.string(),
  reason: z.string(),
  requestId: z.string().nullable(),
  notes: z.array(noteSchema),
  earlier: z.array(
    z.object({
      since: z.string(),
      reason: z.string(),
      liftedAt: z.string(),
      liftReason: z.string(),
    }),
  ),
});

/** The processing a client can object to; what the app can stop for each is in the guide. */
export const PROCESSINGS = ['employer-sharing', 'uwv-reporting', 'other'] as const;
export type Processing = (typeof PROCESSINGS)[number];

export const OBJECTION_OUTCOMES = ['pending', 'upheld', 'rejected'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** The record stored under OBJECTION_KIND, one per objection. */
export interface Objection {
  processing: Processing;
  /** What exactly, in the client's words or the coach's summary. */
  description: string;
  receivedOn: IsoDate;
  outcome: ObjectionOutcome;
  decidedOn: IsoDate | null;
  /** Why the objection was rejected (compelling legitimate grounds, art. 21(1)), or upheld. */
  reasons: string;
  requestId: string | null;
  /** ISO timestamp of when it was recorded. */
  recordedAt: string;
}

const isoDate = z.string().refine((s) => tryParseIsoDate(s) !== undefined);

export const objectionSchema = z.object({
  processing: z.enum(PROCESSINGS),
  description: z.string(),
  receivedOn: isoDate,
  outcome: z.enum(OBJECTION_OUTCOMES),
  decidedOn: isoDate.nullable(),
  reasons: z.string(),
  requestId: z.string().nullable(),
  recordedAt: z.string(),
});

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** The reason for restricting or lifting: required, at most REASON_MAX characters. */
export function checkReason(reason: string): Checked<string> {
  const r = reason.trim();
  if (!r) return { ok: false, errors: { reason: 'restriction.errors.reasonRequired' } };
  if (r.length > REASON_MAX) return { ok: false, errors: { reason: 'validation.tooLong' } };
  return { ok: true, value: r };
}

export function checkNote(text: string): Checked<string> {
  const r = text.trim();
  if (!r) return { ok: false, errors: { note: 'validation.required' } };
  if (r.length > NOTE_MAX) return { ok: false, errors: { note: 'validation.tooLong' } };
  return { ok: true, value: r };
}

/** The restriction record after restricting (again). */
export function restrict(
  current: Restriction | null,
  reason: string,
  requestId: string | null,
  at: string,
): Restriction {
  return {
    active: true,
    since: at,
    reason,
    requestId,
    notes: current?.notes ?? [],
    earlier: current?.earlier ?? [],
  };
}

/** The restriction record after lifting; the lifted one moves into `earlier`. */
export function lift(current: Restriction, liftReason: string, at: string): Restriction {
  return {
    ...current,
    active: false,
    earlier: [
      ...current.earlier,
      { since: current.since, reason: current.reason, liftedAt: at, liftReason },
    ],
  };
}

export interface ObjectionInput {
  processing: Processing;
  description: string;
  /** As typed: "12-03-2026" or ISO. */
  receivedOn: string;
  outcome: ObjectionOutcome;
  decidedOn: string;
  reasons: string;
  requestId: string | null;
}

/** Checks what the coach typed; errors are i18n keys by field. */
export function validateObjection(input: ObjectionInput, today: IsoDate): Checked<Objection> {
  const errors: Record<string, string> = {};
  const receivedOn = parseDutchDate(input.receivedOn.trim());
  if (!receivedOn) errors.receivedOn = 'validation.date';
  else if (receivedOn > today) errors.receivedOn = 'objection.errors.future';
  const decidedTyped = input.decidedOn.trim();
  const decidedOn = decidedTyped ? parseDutchDate(decidedTyped) : null;
  if (decidedTyped && !decidedOn) errors.decidedOn = 'validation.date';
  if (input.outcome !== 'pending' && !decidedOn) errors.decidedOn = 'objection.errors.decidedOn';
  if (decidedOn && receivedOn && decidedOn < receivedOn)
    errors.decidedOn = 'objection.errors.beforeReceived';
  // Rejecting an objection needs compelling grounds, written down (art. 21(1)).
  if (input.outcome === 'rejected' && !input.reasons.trim())
    errors.reasons = 'objection.errors.reasonsRequired';
  if (input.description.trim().length > REASON_MAX) errors.description = 'validation.tooLong';
  if (input.reasons.trim().length > REASON_MAX) errors.reasons = 'validation.tooLong';
  if (!PROCESSINGS.includes(input.processing)) errors.processing = 'validation.required';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      processing: input.processing,
      description: input.description.trim(),
      receivedOn: receivedOn as IsoDate,
      outcome: input.outcome,
      decidedOn: input.outcome === 'pending' ? null : decidedOn,
      reasons: input.reasons.trim(),
      requestId: input.requestId,
      recordedAt: '',
    },
  };
}

/**
 * Whether objections stop this processing. A pending objection stops it too: art. 21(1)
 * lets the firm go on only after it has shown compelling grounds, i.e. after a rejection.
 */
export function objectionStops(objections: readonly Objection[], processing: Processing): boolean {
  return objections.some(
    (o) => o.processing === processing && (o.outcome === 'upheld' || o.outcome === 'pending'),
  );
}
