import { utf8 } from '../../shared/crypto/bytes';
import { newId } from '../../shared/crypto/ids';
import { VaultError } from '../../shared/crypto/errors';
import { displayName, type Client } from '../../shared/domain/client';
import type { DocumentMeta } from '../../shared/domain/documents';
import { EXPORTED_KINDS, dossierJsonSchema } from '../../shared/export/dossier-schema';
import { documentPaths } from '../../shared/export/file-names';
import {
  EXPORT_FILES,
  EXPORT_FORMAT,
  EXPORT_SCHEMA_VERSION,
  type DossierJson,
  type ExportedDocument,
  type ExportedRecord,
  type OmittedItem,
} from '../../shared/export/format';
import { toCsv } from '../../shared/export/logbook-csv';
import type { Manifest } from '../../shared/export/manifest';
import { readmeText } from '../../shared/export/readme';
import { ArchiveWriter, type ArchiveSink } from '../../shared/export/zip-writer';
import {
  CLIENT_KIND,
  RECORD_KINDS,
  type KindSpec,
  type Label,
  type RecordKind,
} from '../../shared/records/registry';
import type { AuditLog } from './audit';
import type { Compartment } from './compartment';
import type { DocumentStore } from './documents';
import type { Vault } from './vault';

export interface ExportRequest {
  firm: string;
  coach: string;
  requestId: string | null;
  /** Items the coach left out, each with a reason (art. 15(4)). */
  omit?: OmittedItem[];
  /** The letter, inzage.pdf: made by the feature that owns PDFs, from the same data. */
  letter?: (dossier: DossierJson) => Promise<Uint8Array>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  now?: Date;
}

/** What an export will hold, before anything is opened: for the wizard's overview. */
export interface ExportPlan {
  counts: { kind: RecordKind; count: number; sealed: boolean }[];
  sealedRecords: number;
  documentBytes: number | null;
}

const FILE_KINDS = new Set<RecordKind>(
  EXPORTED_KINDS.filter((k) => RECORD_KINDS[k].carry === 'file'),
);
const LOGBOOK_CSV_KINDS: RecordKind[] = ['logbook', 'logbook-sealed'];

const spec = (kind: RecordKind) => RECORD_KINDS[kind] as KindSpec<unknown>;

/** Only the labelled fields, minus the withheld ones: what the registry says is exported. */
function exportedData(kind: RecordKind, data: unknown): Record<string, unknown> {
  const s = spec(kind);
  const withheld = new Set<string>(s.export.withhold ?? []);
  const labelled = s.export.fields ? new Set(Object.keys(s.export.fields)) : null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    if (withheld.has(k) || (labelled && !labelled.has(k)) || v === undefined) continue;
    out[k] = v;
  }
  return out;
}

/**
 * The access export of one client: walks the registry of record kinds (nothing else keeps
 * a list), opens sealed kinds through the compartment (which must be open for the client,
 * with the purpose the coach gave) and streams one ZIP to the sink. See docs/export-format.md.
 */
export class DossierExporter {
  constructor(
    private readonly vault: Vault,
    private readonly compartment: Compartment,
    private readonly audit: AuditLog,
    private readonly documents: DocumentStore,
  ) {}

  async plan(clientId: string): Promise<ExportPlan> {
    const counts: ExportPlan['counts'] = [];
    let sealedRecords = 0;
    for (const kind of EXPORTED_KINDS) {
      const count = (await this.vault.rowsOf(clientId, kind)).length;
      const sealed = spec(kind).compartment;
      if (sealed) sealedRecords += count;
      counts.push({ kind, count, sealed });
    }
    let documentBytes: number | null = 0;
    for (const d of await this.documents.list(clientId)) documentBytes += d.data.size;
    // Sealed documents' sizes are sealed too: unknown until the compartment is open.
    if (sealedRecords > 0 && !this.compartment.isOpenFor(clientId)) documentBytes = null;
    return { counts, sealedRecords, documentBytes };
  }

  /** dossier.json and where each document goes; throws 'compartment-closed' when needed. */
  async collect(clientId: string, req: ExportRequest): Promise<DossierJson> {
    const omit = req.omit ?? [];
    const left = (kind: RecordKind, id: string) => omit.some((o) => o.kind === kind && o.id === id);
    const records: DossierJson['records'] = {};
    const documentRows: { id: string; fileName: string; size: number }[] = [];
    for (const kind of EXPORTED_KINDS) {
      const rows = await this.vault.rowsOf(clientId, kind);
      if (rows.length === 0) continue;
      if (spec(kind).compartment && !this.compartment.isOpenFor(clientId))
        throw new VaultError('compartment-closed', 'The export needs the compartment open');
      const list: ExportedRecord[] = [];
      for (const row of rows) {
        if (left(kind, row.id)) continue;
        const data = spec(kind).compartment
          ? await this.compartment.openRecord<unknown>(row)
          : this.vault.openRecord<unknown>(row).data;
        list.push({ id: row.id, data: exportedData(kind, data) });
        if (FILE_KINDS.has(kind)) {
          const meta = data as DocumentMeta;
          documentRows.push({ id: row.id, fileName: meta.fileName, size: meta.size });
        }
      }
      records[kind] = list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    const client = records[CLIENT_KIND]?.[0]?.data as Client | undefined;
    if (!client) throw new VaultError('not-found', `No client ${clientId}`);
    documentRows.sort((a, b) => (a.id < b.id ? -1 : 1));
    const paths = documentPaths(documentRows.map((d) => d.fileName));
    const documents: ExportedDocument[] = documentRows.map((d, i) => ({
      id: d.id,
      path: paths[i] as string,
      size: d.size,
    }));
    const audit = (await this.audit.entries({ clientId })).map((e) => ({
      seq: e.seq,
      at: e.at,
      action: e.action,
      ...(e.purpose ? { purpose: e.purpose } : {}),
      ...(e.detail ? { detail: e.detail } : {}),
      ...(e.facts ? { facts: { ...e.facts } } : {}),
    }));
    return {
      format: EXPORT_FORMAT,
      schemaVersion: EXPORT_SCHEMA_VERSION,
      exportId: newId(),
      exportedAt: (req.now ?? new Date()).toISOString(),
      firm: req.firm,
      coach: req.coach,
      requestId: req.requestId,
      client: { id: clientId, name: displayName(client) },
      records,
      documents,
      audit,
      omitted: omit,
    };
  }

  /** Writes the archive to the sink and audits it; returns the manifest. */
  async write(clientId: string, sink: ArchiveSink, req: ExportRequest): Promise<Manifest> {
    const dossier = await this.collect(clientId, req);
    const total = dossier.documents.reduce((n, d) => n + d.size, 0) + 1;
    let done = 0;
    const progress = (n: number) => {
      done += n;
      req.onProgress?.(Math.min(done, total), total);
    };
    const writer = new ArchiveWriter(sink, new Date(dossier.exportedAt), req.signal);
    try {
      const text = (s: string) => utf8(s);
      await writer.add(
        EXPORT_FILES.readme,
        text(
          readmeText({
            clientName: dossier.client.name,
            exportedAt: dossier.exportedAt,
            firm: dossier.firm,
            documents: dossier.documents.length,
          }),
        ),
        { compress: true },
      );
      await writer.add(EXPORT_FILES.dossier, text(JSON.stringify(dossier, null, 2)), {
        compress: true,
      });
      await writer.add(EXPORT_FILES.schema, text(JSON.stringify(dossierJsonSchema(), null, 2)), {
        compress: true,
      });
      await writer.add(EXPORT_FILES.logbookCsv, text(this.logbookCsv(dossier)), { compress: true });
      if (req.letter)
        await writer.add(EXPORT_FILES.letter, await req.letter(dossier), { compress: false });
      for (const doc of dossier.documents) {
        await writer.add(doc.path, this.documentBytes(doc.id, progress), { compress: false });
      }
      const manifest: Manifest = {
        format: dossier.format,
        schemaVersion: dossier.schemaVersion,
        exportId: dossier.exportId,
        exportedAt: dossier.exportedAt,
        firm: dossier.firm,
        coach: dossier.coach,
        requestId: dossier.requestId,
        files: [...writer.files],
      };
      await writer.add(EXPORT_FILES.manifest, text(JSON.stringify(manifest, null, 2)), {
        compress: true,
      });
      await writer.finish();
      progress(1);
      await this.audit.append({
        action: 'export',
        clientId,
        purpose: req.requestId ? 'inzageverzoek' : 'export',
        detail: `export ${dossier.exportId}: ${manifest.files.length} bestanden`,
      });
      return manifest;
    } catch (e) {
      writer.abort();
      throw e;
    }
  }

  /** Decrypted chunks, each wiped once the archive has taken it. */
  private async *documentBytes(docId: string, progress: (n: number) => void) {
    let previous: Uint8Array | null = null;
    try {
      for await (const chunk of this.documents.read(docId)) {
        previous?.fill(0);
        previous = chunk;
        yield chunk;
        progress(chunk.length);
      }
    } finally {
      previous?.fill(0);
    }
  }

  private logbookCsv(dossier: DossierJson): string {
    const labels: Record<string, Label> = RECORD_KINDS.logbook.export.fields ?? {};
    const columns = [
      { key: 'id', label: { nl: 'Id', en: 'Id' } },
      ...Object.entries(labels).map(([key, label]) => ({ key, label })),
      { key: 'sealed', label: { nl: 'Verzegeld', en: 'Sealed' } },
    ];
    const rows = LOGBOOK_CSV_KINDS.flatMap((kind) =>
      (dossier.records[kind] ?? []).map((r): Record<string, unknown> => ({
        ...r.data,
        id: r.id,
        sealed: spec(kind).compartment ? 'ja' : 'nee',
      })),
    ).sort((a, b) => String(a.at).localeCompare(String(b.at)));
    return toCsv(columns, rows, 'nl');
  }
}
