import { z } from 'zod';

// Rectification (AVG art. 16, privacy statement 003 art. 11): every field of every record
// keeps its earlier values, with who changed it, when and why; a declined change leaves the
// client's own statement (zienswijze) with the record. See docs/domain.md §5.

export const FIELD_HISTORY_KIND = 'field-history';
/** The history of compartment kinds (health, the Poortwachter case): sealed there too. */
export const FIELD_HISTORY_SEALED_KIND = 'field-history-sealed';
export const CLIENT_STATEMENT_KIND = 'client-statement';

/** The one coach of a vault, when no name is set. */
export const DEFAULT_CHANGED_BY = 'coach';

/** The reason the coach picks for a change made on a client's rectification request. */
export const RECTIFICATION_REASON = 'rectificatieverzoek';

/** Why a save changed what it changed: free text, and the request it answers if any. */
export interface ChangeNote {
  reason?: string;
  requestId?: string | null;
}

export interface FieldChange {
  field: string;
  /** The value before this save; absent (undefined) when the field did not exist. */
  before?: unknown;
}

/** One save that changed fields of one record. The after-value is the next row's before. */
export interface FieldHistory {
  recordId: string;
  /** The kind of the record that changed (a registry kind name). */
  kind: string;
  at: string;
  by: string;
  reason: string;
  requestId: string | null;
  changes: FieldChange[];
}

export const fieldHistorySchema = z.object({
  recordId: z.string().min(1),
  kind: z.string().min(1),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  requestId: z.string().nullable(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown().optional() })),
});

/** The client's own statement on a record the coach declined to change (art. 16 zienswijze). */
export interface ClientStatement {
  /** The kind of the record it is about (a registry kind name). */
  recordKind: string;
  recordId: string | null;
  requestId: string | null;
  text: string;
  /** ISO date the statement was received. */
  receivedOn: string;
}

export const clientStatementSchema = z.object({
  recordKind: z.string().min(1),
  recordId: z.string().nullable(),
  requestId: z.string().nullable(),
  text: z.string().min(1),
  receivedOn: z.string(),
});

/** Bookkeeping that changes on every save and says nothing about the client. */
const NOT_HISTORY = new Set(['updatedAt', 'createdAt', 'recordedAt']);

/**
 * The fields whose value differs between two versions of a record, with the earlier value.
 * Compared as JSON, as the change stamps are (record-sealer.ts): a field that disappears
 * counts as changed too.
 */
export function fieldChanges(before: object, after: object): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields = new Set([...Object.keys(b), ...Object.keys(a)]);
  const out: FieldChange[] = [];
  for (const field of fields) {
    if (NOT_HISTORY.has(field)) continue;
    if (JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
    out.push(b[field] === undefined ? { field } : { field, before: b[field] });
  }
  return out;
}

/** A history row for a save, or null when nothing the client would call data changed. */
export function historyOf(
  recordId: string,
  kind: string,
  before: object | undefined,
  after: object,
  note: ChangeNote | undefined,
  at: string = new Date().toISOString(),
  by: string = DEFAULT_CHANGED_BY,
): FieldHistory | null {
  if (!before) return null;
  const changes = fieldChanges(before, after);
  if (changes.length === 0) return null;
  return {
    recordId,
    kind,
    at,
    by,
    reason: note?.reason?.trim() ?? '',
    requestId: note?.requestId ?? null,
    changes,
  };
}
