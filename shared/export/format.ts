import { z } from 'zod';
import { isRecordKind, type RecordKind } from '../records/registry';

/**
 * The access export of one client (AVG art. 15 and 20): one ZIP that a receiving firm can
 * read without Koers. docs/export-format.md describes every file and field; this module is
 * the format's single definition, shared by the writer, the reader and the JSON Schema.
 */
export const EXPORT_FORMAT = 'koers-dossier';
/** Raised when the meaning of a field changes; a reader refuses versions it does not know. */
export const EXPORT_SCHEMA_VERSION = 1;

export const EXPORT_FILES = {
  dossier: 'dossier.json',
  schema: 'schema/dossier.schema.json',
  letter: 'inzage.pdf',
  logbookCsv: 'logboek.csv',
  manifest: 'manifest.json',
  readme: 'LEESMIJ.txt',
  documentsDir: 'documenten/',
} as const;

/** One stored record as exported: its stable id and every field the registry labels. */
export interface ExportedRecord {
  id: string;
  data: Record<string, unknown>;
}

export interface ExportedDocument {
  /** The id of its record (kind 'document' or 'document-sealed'). */
  id: string;
  /** Where the original bytes are in the archive, e.g. "documenten/brief UWV.pdf". */
  path: string;
  size: number;
}

export interface ExportedAuditEntry {
  seq: number;
  at: string;
  action: string;
  purpose?: string;
  detail?: string;
  /** What happened, as codes (e.g. which consent scope); never dossier text. */
  facts?: Record<string, unknown>;
}

/** An item the coach left out, with the reason on record (art. 15(4): rights of others). */
export interface OmittedItem {
  kind: RecordKind;
  id: string;
  reason: string;
}

export interface DossierJson {
  format: typeof EXPORT_FORMAT;
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  /** Unique per export: an import of the same export twice is recognised by it. */
  exportId: string;
  exportedAt: string;
  firm: string;
  coach: string;
  requestId: string | null;
  client: { id: string; name: string };
  /** Per record kind of the registry that is exported, every record of this client. */
  records: Partial<Record<RecordKind, ExportedRecord[]>>;
  documents: ExportedDocument[];
  /** The audit log's entries about this client, with their purposes. */
  audit: ExportedAuditEntry[];
  omitted: OmittedItem[];
}

const exportedRecord = z.strictObject({
  id: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()),
});

const archivePath = z
  .string()
  .min(1)
  .max(400)
  .refine((p) => p.startsWith(EXPORT_FILES.documentsDir), 'not under documenten/');

/**
 * The envelope of dossier.json, checked before any record's own schema: the reader refuses
 * an unknown version or a kind the registry does not know.
 */
export const dossierEnvelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  exportId: z.string().min(1).max(200),
  exportedAt: z.iso.datetime({ offset: true }),
  firm: z.string().max(500),
  coach: z.string().max(500),
  requestId: z.string().max(200).nullable(),
  client: z.strictObject({ id: z.string().min(1).max(200), name: z.string().max(500) }),
  records: z
    .record(z.string(), z.array(exportedRecord))
    .refine((r) => Object.keys(r).every(isRecordKind), 'unknown record kind'),
  documents: z.array(
    z.strictObject({
      id: z.string().min(1).max(200),
      path: archivePath,
      size: z.number().int().nonnegative(),
    }),
  ),
  audit: z.array(
    z.strictObject({
      seq: z.number().int(),
      at: z.string(),
      action: z.string(),
      purpose: z.string().optional(),
      detail: z.string().optional(),
      facts: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  omitted: z.array(
    z.strictObject({
      kind: z.string().refine(isRecordKind, 'unknown record kind'),
      id: z.string(),
      reason: z.string().min(1),
    }),
  ),
});
