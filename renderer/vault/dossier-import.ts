import { z } from 'zod';
import { fromUtf8 } from '../../shared/crypto/bytes';
import { sha256Stream } from '../../shared/crypto/hash';
import { newId } from '../../shared/crypto/ids';
import type { DocumentMeta } from '../../shared/domain/documents';
import { MAX_DOCUMENT_BYTES } from '../../shared/domain/documents';
import {
  LOGBOOK_INDEX_KIND,
  type LogbookEntry,
  type LogbookIndex,
} from '../../shared/domain/logbook';
import {
  dossierEnvelopeSchema,
  EXPORT_FILES,
  EXPORT_SCHEMA_VERSION,
  type DossierJson,
} from '../../shared/export/format';
import { manifestSchema, type Manifest } from '../../shared/export/manifest';
import { blobSource, bytesSource, type FileLike } from '../../shared/export/archive-source';
import {
  ArchiveError,
  type ArchiveEntry,
  type ArchiveErrorCode,
  type ArchiveLimits,
} from '../../shared/export/zip-reader';
import {
  entryFile,
  openArchive,
  streamEntry,
  type OpenedArchive,
} from '../../shared/export/zip-stream';
import {
  CLIENT_KIND,
  RECORD_KINDS,
  type KindSpec,
  type RecordKind,
} from '../../shared/records/registry';
import {
  POORTWACHTER_CASE_KIND,
  POORTWACHTER_SEALED_KIND,
  type PoortwachterCase,
} from '../../shared/domain/poortwachter-case';
import {
  POORTWACHTER_DEADLINES_KIND,
  poortwachterProjection,
} from '../../shared/domain/poortwachter-projection';
import type { AuditLog } from './audit';
import type { Compartment } from './compartment';
import type { ChangeRow, RecordRow } from './db';
import type { DocumentStore } from './documents';
import { sealLogbookIndex } from './logbook';
import type { Vault } from './vault';

export type ImportErrorCode =
  | ArchiveErrorCode
  | 'no-manifest'
  | 'manifest-invalid'
  | 'changed'
  | 'not-json'
  | 'unknown-version'
  | 'schema'
  | 'duplicate';

/** Why an archive was refused; nothing was written. The UI has a Dutch sentence per code. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Generous for a real dossier, far below what would hurt a laptop. */
export const IMPORT_LIMITS: ArchiveLimits = {
  maxEntries: 2_000,
  maxFileBytes: MAX_DOCUMENT_BYTES + 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxBytesFor: {
    [EXPORT_FILES.dossier]: 64 * 1024 * 1024,
    [EXPORT_FILES.manifest]: 4 * 1024 * 1024,
    [EXPORT_FILES.schema]: 4 * 1024 * 1024,
  },
};

export interface VerifiedExport {
  dossier: DossierJson;
  manifest: Manifest;
  /** A checked document's bytes, read from the archive only as they are asked for. */
  document(path: string): Promise<FileLike>;
}

/** What the check keeps of an entry: its size and hash; the bytes only of the JSON it reads. */
interface CheckedFile {
  entry: ArchiveEntry;
  size: number;
  sha256: string;
  bytes?: Uint8Array;
}

/** The files whose content the check reads; every other file is only hashed. */
const READ_FILES: ReadonlySet<string> = new Set([EXPORT_FILES.manifest, EXPORT_FILES.dossier]);

const concat = (pieces: Uint8Array[], size: number): Uint8Array => {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * Every entry streamed once: CRC, size and SHA-256 checked on the way, piece by piece, so
 * memory holds one slice of a document at a time whatever the documents weigh.
 */
async function checkEntries(archive: OpenedArchive): Promise<Map<string, CheckedFile>> {
  const files = new Map<string, CheckedFile>();
  for (const entry of archive.entries) {
    if (entry.name.endsWith('/')) continue;
    const hash = await sha256Stream();
    const keep = READ_FILES.has(entry.name) ? ([] as Uint8Array[]) : null;
    let size = 0;
    await streamEntry(archive, entry, (piece) => {
      hash.update(piece);
      size += piece.length;
      keep?.push(piece); // concat() copies
    });
    files.set(entry.name, {
      entry,
      size,
      sha256: hash.hex(),
      ...(keep ? { bytes: concat(keep, size) } : {}),
    });
  }
  return files;
}

const spec = (kind: RecordKind) => RECORD_KINDS[kind] as KindSpec<unknown>;

function parseJson(bytes: Uint8Array | undefined, what: string): unknown {
  if (!bytes)
    throw new ImportError(what === 'manifest' ? 'no-manifest' : 'schema', `${what} missing`);
  try {
    return JSON.parse(fromUtf8(bytes)) as unknown;
  } catch {
    throw new ImportError('not-json', `${what} is not JSON`);
  }
}

/**
 * Checks an export completely before anything is written: the ZIP's structure and limits,
 * every file against the manifest (size and SHA-256, nothing missing, nothing extra), the
 * schema version, and every record against its kind's schema in the registry.
 */
export async function verifyExport(zip: Uint8Array | FileLike): Promise<VerifiedExport> {
  let archive: OpenedArchive;
  let files: Map<string, CheckedFile>;
  try {
    archive = await openArchive(
      zip instanceof Uint8Array ? bytesSource(zip) : blobSource(zip),
      IMPORT_LIMITS,
    );
    files = await checkEntries(archive);
  } catch (e) {
    if (e instanceof ArchiveError) throw new ImportError(e.code, e.message);
    throw e;
  }
  const m = manifestSchema.safeParse(
    parseJson(files.get(EXPORT_FILES.manifest)?.bytes, 'manifest'),
  );
  if (!m.success) throw new ImportError('manifest-invalid', 'manifest.json is not valid');
  const manifest = m.data as Manifest;
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  if (listed.size !== manifest.files.length)
    throw new ImportError('manifest-invalid', 'A file is listed twice');
  for (const name of files.keys()) {
    if (name !== EXPORT_FILES.manifest && !listed.has(name))
      throw new ImportError('changed', `${name} is not in the manifest`);
  }
  for (const f of manifest.files) {
    const file = files.get(f.path);
    if (!file) throw new ImportError('changed', `${f.path} is missing`);
    if (file.size !== f.size || file.sha256 !== f.sha256)
      throw new ImportError('changed', `${f.path} does not match the manifest`);
  }

  const raw = parseJson(files.get(EXPORT_FILES.dossier)?.bytes, 'dossier');
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== EXPORT_SCHEMA_VERSION)
    throw new ImportError('unknown-version', `Schema version ${String(version)}`);
  const envelope = dossierEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new ImportError('schema', 'dossier.json does not match the format');
  const dossier = envelope.data as DossierJson;
  if (dossier.exportId !== manifest.exportId)
    throw new ImportError('changed', 'dossier.json and manifest.json are of different exports');
  for (const [kind, list] of Object.entries(dossier.records) as [
    RecordKind,
    DossierJson['records'][RecordKind],
  ][]) {
    const s = spec(kind);
    const schema = exportedSchema(s);
    for (const r of list ?? []) {
      if (schema && !schema.safeParse(r.data).success)
        throw new ImportError('schema', `A ${kind} record does not match its schema`);
      const labelled = s.export.fields ? Object.keys(s.export.fields) : null;
      if (labelled && Object.keys(r.data).some((k) => !labelled.includes(k)))
        throw new ImportError('schema', `A ${kind} record has an unknown field`);
    }
  }
  if ((dossier.records[CLIENT_KIND] ?? []).length !== 1)
    throw new ImportError('schema', 'An export holds exactly one client');
  const fileRecords = new Map(
    (Object.keys(dossier.records) as RecordKind[])
      .filter((k) => spec(k).carry === 'file')
      .flatMap((k) => (dossier.records[k] ?? []).map((r) => [r.id, r] as const)),
  );
  for (const d of dossier.documents) {
    const file = files.get(d.path);
    const record = fileRecords.get(d.id);
    if (!file || !record || file.size !== d.size || (record.data as DocumentMeta).size !== d.size)
      throw new ImportError('schema', `Document ${d.path} does not match its record`);
  }
  const document = async (path: string): Promise<FileLike> => {
    const file = files.get(path);
    if (!file) throw new ImportError('schema', `Document ${path} does not match its record`);
    try {
      return await entryFile(archive, file.entry);
    } catch (e) {
      if (e instanceof ArchiveError) throw new ImportError(e.code, e.message);
      throw e;
    }
  };
  return { dossier, manifest, document };
}

/** A kind's schema without its withheld fields (a document's content key never travels). */
function exportedSchema(s: KindSpec<unknown>): z.ZodType | null {
  const withheld = s.export.withhold ?? [];
  if (!s.schema || withheld.length === 0) return s.schema;
  if (!(s.schema instanceof z.ZodObject))
    throw new Error('A kind with withheld fields needs an object schema');
  const mask: Record<string, true> = {};
  for (const f of withheld) mask[f] = true;
  // zod types omit() for literal keys; the registry's withhold list is checked against T.
  return s.schema.omit(mask as never);
}

/**
 * Another imported row's id inside a record's data follows it: top level (a version's
 * entryId) and nested in objects and arrays (the origin map's `entries[].recordId`).
 * Exported for its unit test.
 */
export function remap(
  data: Record<string, unknown>,
  ids: ReadonlyMap<string, string>,
): Record<string, unknown> {
  return remapValue(data, ids, 0) as Record<string, unknown>;
}

function remapValue(v: unknown, ids: ReadonlyMap<string, string>, depth: number): unknown {
  if (typeof v === 'string') return ids.get(v) ?? v;
  // The schema check bounds the depth already; this only keeps a bad record from recursing far.
  if (depth > 32 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => remapValue(x, ids, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = remapValue(x, ids, depth + 1);
  return out;
}

/**
 * Reads a verified export into this vault as a new client, with every record and document
 * the registry carries. All or nothing: on any failure what was written is removed again.
 */
export class DossierImporter {
  constructor(
    private readonly vault: Vault,
    private readonly compartment: Compartment,
    private readonly audit: AuditLog,
    private readonly documents: DocumentStore,
  ) {}

  /** When this export was read in before (from the audit log), or null. */
  async importedBefore(exportId: string): Promise<string | null> {
    const entries = await this.audit.entries();
    const hit = entries.find(
      (e) => e.action === 'import' && e.detail?.startsWith(`import ${exportId}`),
    );
    return hit?.at ?? null;
  }

  /**
   * `zip` is the chosen File itself (or bytes, in the tests): it is read a slice at a time,
   * once to check and once to store, never whole.
   */
  async import(zip: Uint8Array | FileLike): Promise<{ clientId: string; name: string }> {
    const { dossier, document } = await verifyExport(zip);
    if (await this.importedBefore(dossier.exportId))
      throw new ImportError('duplicate', 'This export was imported before');

    const clientId = newId();
    const ids = new Map<string, string>([[dossier.client.id, clientId]]);
    const kinds = Object.keys(dossier.records) as RecordKind[];
    for (const kind of kinds) {
      const carry = spec(kind).carry;
      // A document's new id is chosen here too, so a recipient row's documentId follows it.
      if (carry === 'own-id' || carry === 'file')
        for (const r of dossier.records[kind] ?? []) ids.set(r.id, newId());
      // A singleton's new id is known too, so a reference to it (the origin map) follows.
      if (typeof carry === 'object')
        for (const r of dossier.records[kind] ?? [])
          ids.set(r.id, this.vault.singletonId(clientId, carry.singleton));
    }
    const idFor = (kind: RecordKind, oldId: string): string | null => {
      const carry = spec(kind).carry;
      if (carry === 'client') return clientId;
      if (carry === 'own-id') return ids.get(oldId) ?? null;
      if (typeof carry === 'object') return this.vault.singletonId(clientId, carry.singleton);
      return null;
    };

    const db = this.vault.database;
    try {
      const plain: RecordRow[] = [];
      const changes: ChangeRow[] = [];
      const keyRow = this.vault.newClientKey(clientId).row;
      // The key first: sealing a record needs the client's key in the keyring.
      await db.clientKeys.add(keyRow);
      for (const kind of kinds) {
        if (spec(kind).compartment) continue;
        for (const r of dossier.records[kind] ?? []) {
          const id = idFor(kind, r.id);
          if (!id) continue;
          const { record, change } = this.vault.stampChanges(
            { id, clientId, kind, data: remap(r.data, ids) },
            undefined,
          );
          plain.push(this.vault.sealRecord(record));
          if (change) changes.push(change);
        }
      }
      await db.transaction('rw', db.records, db.changes, async () => {
        await db.records.bulkAdd(plain);
        await db.changes.bulkAdd(changes);
      });
      // Sealed kinds after the consent register: the compartment seals without opening.
      const sealed: RecordRow[] = [];
      for (const kind of kinds) {
        if (!spec(kind).compartment) continue;
        for (const r of dossier.records[kind] ?? []) {
          const id = idFor(kind, r.id);
          if (!id) continue;
          sealed.push(
            await this.compartment.seal({ id, clientId, kind, data: remap(r.data, ids) }),
          );
        }
      }
      if (sealed.length > 0) await db.records.bulkAdd(sealed);
      await this.attachDocuments(dossier, document, clientId, ids);
      await this.rebuild(dossier, clientId, ids);
      await this.audit.append({
        action: 'import',
        clientId,
        purpose: 'portabiliteit',
        detail: `import ${dossier.exportId}`,
      });
      // An imported restriction holds from now on, not only from the next unlock.
      await this.vault.loadRestrictions();
    } catch (e) {
      await this.removeClient(clientId).catch(() => undefined);
      throw e;
    }
    return { clientId, name: dossier.client.name };
  }

  private async attachDocuments(
    dossier: DossierJson,
    document: VerifiedExport['document'],
    clientId: string,
    ids: ReadonlyMap<string, string>,
  ) {
    for (const d of dossier.documents) {
      const kind = (Object.keys(dossier.records) as RecordKind[]).find(
        (k) => spec(k).carry === 'file' && dossier.records[k]?.some((r) => r.id === d.id),
      );
      const meta = dossier.records[kind as RecordKind]?.find((r) => r.id === d.id)
        ?.data as DocumentMeta;
      await this.documents.attach(
        clientId,
        await document(d.path),
        {
          fileName: meta.fileName,
          direction: meta.direction,
          date: meta.date,
          counterparty: meta.counterparty,
          description: meta.description,
          ...(meta.origin ? { origin: meta.origin } : {}),
          sealed: spec(kind as RecordKind).compartment,
        },
        { addedAt: meta.addedAt, id: ids.get(d.id) ?? newId() },
      );
    }
  }

  /** Kinds the registry marks 'rebuilt': derived from the imported records. */
  private async rebuild(dossier: DossierJson, clientId: string, ids: Map<string, string>) {
    const contacts: LogbookIndex['contacts'] = {};
    for (const kind of ['logbook', 'logbook-sealed'] as const) {
      for (const r of dossier.records[kind] ?? []) {
        const e = r.data as unknown as LogbookEntry;
        contacts[ids.get(r.id) as string] = [e.at, e.durationMinutes];
      }
    }
    if (Object.keys(contacts).length > 0)
      await this.vault.database.records.put(sealLogbookIndex(this.vault, clientId, { contacts }));
    // The dashboard's deadlines come from the sealed case, which the import holds in clear.
    const pwCase =
      dossier.records[POORTWACHTER_SEALED_KIND]?.[0] ??
      dossier.records[POORTWACHTER_CASE_KIND]?.[0];
    if (pwCase) {
      const { record, change } = this.vault.stampChanges(
        {
          id: this.vault.singletonId(clientId, POORTWACHTER_DEADLINES_KIND),
          clientId,
          kind: POORTWACHTER_DEADLINES_KIND,
          data: poortwachterProjection(pwCase.data as unknown as PoortwachterCase),
        },
        undefined,
      );
      await this.vault.database.records.put(this.vault.sealRecord(record));
      if (change) await this.vault.database.changes.add(change);
    }
  }

  /** Undoes a half-done import: every row of the new client. */
  private async removeClient(clientId: string): Promise<void> {
    const db = this.vault.database;
    await db.transaction('rw', [db.records, db.changes, db.chunks, db.clientKeys], async () => {
      await db.records.where('clientId').equals(clientId).delete();
      await db.changes.where('clientId').equals(clientId).delete();
      await db.chunks.where('clientId').equals(clientId).delete();
      await db.clientKeys.delete(clientId);
    });
  }
}

/** The kinds whose rows the importer derives; each must be handled in rebuild(). */
export const REBUILT_KINDS: readonly RecordKind[] = [
  LOGBOOK_INDEX_KIND,
  POORTWACHTER_DEADLINES_KIND,
];
