import { fromHex, secretCopy, toHex, wipe } from '../../shared/crypto/bytes';
import { randomKey, seal } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import {
  chunkCountFor,
  chunkLength,
  compareDocuments,
  DOCUMENT_KIND,
  DOCUMENT_TYPES,
  documentInputSchema,
  documentMetaSchema,
  DOCX_MAIN_PART,
  extensionOf,
  MAX_DOCUMENT_BYTES,
  SEALED_DOCUMENT_KIND,
  sealedDocumentMetaSchema,
  SNIFF_BYTES,
  sniffType,
  ZIP_TAIL_BYTES,
  zipCentralDirectory,
  zipHasEntry,
  type DocumentInput,
  type DocumentMeta,
  type DocumentType,
  type SealedDocumentMeta,
} from '../../shared/domain/documents';
import type { FileLike } from '../../shared/export/archive-source';
import type { Compartment } from './compartment';
import { defaultCodec } from './codec';
import type { ChunkRow, KoersDb, RecordRow } from './db';
import { openChunkWith, sealChunkWith, workerSealer, type ChunkSealer } from './chunk-sealers';
import { ClientRecords } from './records';
import { newId, type Vault } from './vault';

/** Why a file is refused or could not be read. The UI translates the code. */
export type DocumentErrorCode =
  'too-large' | 'empty' | 'unsupported-type' | 'type-mismatch' | 'invalid' | 'unreadable';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

/**
 * 1 MiB, chosen by measurement (test/bench/page/documents.bench.ts, Chromium on 2 cores,
 * sealing in the worker, median of 4 to 8 runs): 512 KiB 52 MB/s, 1 MiB 56, 2 MiB 59,
 * 4 MiB 61. Beyond 1 MiB the gain is small, while the memory in flight and the time one
 * chunk blocks the page when it is decrypted again (about 12 ms per MiB) grow with it.
 */
// 1 KiB under 1 MiB, so a full chunk with its header pads to exactly 1 MiB (envelope.ts).
export const DEFAULT_CHUNK_SIZE = 1024 * 1024 - 1024;

/**
 * A document as listed and read. `sealed` marks a special-category document: it comes from
 * the compartment and is only ever returned while that is open for its client.
 */
export interface DocumentRecord {
  id: string;
  clientId: string;
  data: DocumentMeta;
  sealed?: boolean;
}

/** What is stored beside the file; `sealed` puts it in the compartment (AVG art. 9). */
export type AttachInput = DocumentInput & { fileName: string; sealed?: boolean };

export interface AttachOptions {
  /** Bytes sealed and stored so far, after each chunk. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Keeps the date of an imported document (a portability import) instead of today. */
  addedAt?: string;
  /** The id to store it under (a portability import picks it, so references follow). */
  id?: string;
}

export type SealerKind = 'worker' | 'inline';

// A DOCX central directory is a few KiB; a much larger one is not a Word document we accept.
const MAX_ZIP_DIRECTORY = 4 * 1024 * 1024;

const bytesOf = async (blob: { arrayBuffer(): Promise<ArrayBuffer> }): Promise<Uint8Array> =>
  new Uint8Array(await blob.arrayBuffer());

/** Unobserved rejections would be reported as unhandled; the attach loop awaits them later. */
const quiet = <T>(p: Promise<T>): Promise<T> => {
  p.catch(() => undefined);
  return p;
};

/**
 * Documents of a client: metadata as a sealed record (kind 'document', its id is the
 * document id) and the file as sealed chunks of `chunkSize` bytes, each bound to its
 * document and position, so a chunk moved, swapped or reordered is refused on read.
 *
 * A special-category document keeps its metadata in the compartment instead (kind
 * 'document-sealed', same id), with a content key made for that document; its chunks are
 * sealed with that key, so neither its name nor its bytes can be read while the compartment
 * is closed, though an unlocked vault can still add one (writing is not reading).
 *
 * Memory stays flat: attach keeps at most three chunks in flight, and read yields one
 * decrypted chunk at a time. Assumes one writer per database (one window; Electron
 * holds the single-instance lock), because the orphan sweep trusts `inFlight`.
 */
export class DocumentStore {
  private readonly records: ClientRecords<DocumentMeta>;
  /** Documents this store is writing: their chunks have no metadata yet but are no orphans. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly vault: Vault,
    readonly chunkSize = DEFAULT_CHUNK_SIZE,
    /**
     * 'worker' seals in a Web Worker; 'inline' through Vault.sealChunk on this thread. The
     * worker implements the real envelope only, so a build or test whose codec is another
     * one (the leak test's plaintext control) seals inline and its codec applies.
     */
    readonly sealer: SealerKind = typeof Worker !== 'undefined' && defaultCodec.seal === seal
      ? 'worker'
      : 'inline',
    /** Where special-category documents go; without it none can be added or read. */
    private readonly compartment?: Compartment,
  ) {
    this.records = new ClientRecords<DocumentMeta>(vault, DOCUMENT_KIND);
  }

  private get sealedStore(): Compartment {
    if (!this.compartment) throw new VaultError('compartment-closed', 'No compartment');
    return this.compartment;
  }

  /** Seals chunks with the client key, or with `contentKey` for a sealed document. */
  private openSealer(clientId: string, docId: string, contentKey?: Uint8Array): ChunkSealer {
    if (this.sealer === 'inline') {
      return {
        seal: async (index, bytes) => {
          const row = contentKey
            ? sealChunkWith(contentKey, clientId, docId, index, bytes)
            : this.vault.sealChunk(clientId, docId, index, bytes);
          bytes.fill(0);
          return row;
        },
        close: async () => undefined,
      };
    }
    const key = contentKey ?? this.vault.keyring.clientKey(clientId);
    if (!key) throw new VaultError('not-found', `No key for client ${clientId}`);
    // A content key has no epoch; the client key's epoch goes on every row it seals.
    const epoch = contentKey ? undefined : this.vault.clientEpoch(clientId);
    // A copy outside the JS heap, moved to the worker: nothing of it stays on this thread.
    return workerSealer(secretCopy(key), clientId, docId, epoch);
  }

  /** The type of a file by its content, checked against its name; throws DocumentError. */
  async detectType(file: FileLike, fileName: string): Promise<DocumentType> {
    if (file.size === 0) throw new DocumentError('empty', 'The file is empty');
    if (file.size > MAX_DOCUMENT_BYTES) {
      throw new DocumentError('too-large', `The file is larger than ${MAX_DOCUMENT_BYTES} bytes`);
    }
    const sniffed = sniffType(await bytesOf(file.slice(0, SNIFF_BYTES)));
    const type = sniffed === 'zip' ? ((await isDocx(file)) ? 'docx' : null) : sniffed;
    if (!type) throw new DocumentError('unsupported-type', 'Not a PDF, DOCX, PNG, JPEG or HEIC');
    const extensions: readonly string[] = DOCUMENT_TYPES[type].extensions;
    if (!extensions.includes(extensionOf(fileName))) {
      throw new DocumentError('type-mismatch', `The content is ${type}; the name says otherwise`);
    }
    return type;
  }

  /**
   * Seals and stores the file chunk by chunk, then its metadata. The metadata goes last, so
   * a half-written document is never listed; on any failure its chunks are deleted again.
   *
   * Three chunks are in flight at most: the next being read, one being sealed (in the worker)
   * and the previous being stored. Memory therefore does not grow with the file.
   *
   * A sealed document needs a legal ground on record (consent register) before anything is
   * read or written, but not an open compartment.
   */
  async attach(
    clientId: string,
    // A picked File, or an imported archive's entry read from that File (dossier-import.ts).
    file: FileLike,
    input: AttachInput,
    options: AttachOptions = {},
  ): Promise<DocumentRecord> {
    // Taken now: if the vault locks half-way, the cleanup below still reaches the rows.
    const db = this.vault.database;
    const { sealed: toSeal, fileName, ...details } = input;
    const sealed = toSeal === true;
    if (sealed) {
      await this.sealedStore.requireLegalGround(clientId);
      await this.sealedStore.prepare(clientId);
    }
    const type = await this.detectType(file, input.fileName);
    const fields = documentInputSchema.safeParse(details);
    if (!fields.success) throw new DocumentError('invalid', 'The document details are invalid');
    const size = file.size;
    const chunkCount = chunkCountFor(size, this.chunkSize);
    const meta = documentMetaSchema.safeParse({
      ...fields.data,
      fileName,
      type,
      size,
      chunkSize: this.chunkSize,
      chunkCount,
      addedAt: options.addedAt ?? new Date().toISOString(),
    });
    if (!meta.success) throw new DocumentError('invalid', 'The file name is not usable');

    const docId = options.id ?? newId();
    const readChunk = async (index: number): Promise<Uint8Array> => {
      const start = index * this.chunkSize;
      let bytes: Uint8Array;
      try {
        bytes = await bytesOf(file.slice(start, start + this.chunkSize));
      } catch {
        // Chromium says NotReadableError when the file was moved or changed after picking.
        throw new DocumentError('unreadable', 'The file could not be read');
      }
      if (bytes.length !== chunkLength(meta.data, index)) {
        throw new DocumentError('unreadable', 'The file changed while it was being read');
      }
      return bytes;
    };
    const stillOpen = () => {
      options.signal?.throwIfAborted();
      if (!this.vault.unlocked) throw new VaultError('locked', 'The vault is locked');
    };
    let stored = 0;
    const store = async (row: Promise<ChunkRow>) => {
      const r = await row;
      stillOpen();
      // One transaction per chunk: IndexedDB keeps a transaction's writes in memory until it
      // commits, so one transaction for the whole file would not keep memory flat.
      await db.chunks.add(r);
      stored = Math.min(size, stored + this.chunkSize);
      options.onProgress?.(stored, size);
    };

    // Lives only here and, as hex, inside the sealed metadata: the chunks are unreadable
    // without opening that record.
    const contentKey = sealed ? randomKey() : undefined;
    this.inFlight.add(docId);
    const sealer = this.openSealer(clientId, docId, contentKey);
    try {
      let next: Promise<Uint8Array> | null = quiet(readChunk(0));
      let sealing: Promise<ChunkRow> | null = null;
      for (let index = 0; next; index++) {
        const plain = await next;
        next = index + 1 < chunkCount ? quiet(readChunk(index + 1)) : null;
        stillOpen();
        const current = quiet(sealer.seal(index, plain));
        if (sealing) await store(sealing);
        sealing = current;
      }
      if (sealing) await store(sealing);
      stillOpen();
      if (!contentKey) {
        const saved = await this.records.save(clientId, meta.data, docId);
        return { id: saved.id, clientId, data: saved.data };
      }
      const row = this.sealedStore.sealSync<SealedDocumentMeta>({
        id: docId,
        clientId,
        kind: SEALED_DOCUMENT_KIND,
        data: { ...meta.data, contentKey: toHex(contentKey) },
      });
      await db.records.put(row);
      return { id: docId, clientId, data: meta.data, sealed: true };
    } catch (e) {
      // The worker's key copy goes first; the cleanup needs no key.
      await sealer.close();
      // Best effort: if this fails too, the orphan sweep in list() removes them later.
      await deleteChunks(db, docId).catch(() => undefined);
      throw e;
    } finally {
      await sealer.close();
      wipe(contentKey);
      this.inFlight.delete(docId);
    }
  }

  /**
   * The client's documents, newest first: the plain ones, plus the sealed ones while the
   * compartment is open for this client. Also removes chunks a crash left without metadata.
   */
  async list(clientId: string): Promise<DocumentRecord[]> {
    const list: DocumentRecord[] = (await this.records.list(clientId)).map((r) => ({
      id: r.id,
      clientId,
      data: r.data,
    }));
    if (this.compartment?.isOpenFor(clientId)) {
      for (const row of await this.sealedRows(clientId)) {
        const { data } = await this.openSealedRow(row);
        list.push({ id: row.id, clientId, data, sealed: true });
      }
    }
    await this.removeOrphans(clientId);
    return list.sort((a, b) => compareDocuments(a.data, b.data));
  }

  /** Whether the client has sealed documents; answerable without opening anything. */
  async hasSealed(clientId: string): Promise<boolean> {
    return (await this.sealedRows(clientId)).length > 0;
  }

  private sealedRows(clientId: string): Promise<RecordRow[]> {
    return this.vault.rowsOf(clientId, SEALED_DOCUMENT_KIND);
  }

  /** Metadata and content key of a sealed document; needs the compartment open. */
  private async openSealedRow(
    row: RecordRow,
  ): Promise<{ data: DocumentMeta; contentKey: Uint8Array }> {
    const parsed = sealedDocumentMetaSchema.safeParse(
      await this.sealedStore.openRecord<SealedDocumentMeta>(row),
    );
    if (!parsed.success) {
      throw new VaultError('unsupported-format', `Document ${row.id} has unreadable metadata`);
    }
    const { contentKey, ...data } = parsed.data;
    return { data, contentKey: fromHex(contentKey) };
  }

  /** The document and, when sealed, the key of its chunks (the caller wipes it). */
  private async resolve(
    docId: string,
  ): Promise<{ record: DocumentRecord; contentKey: Uint8Array | null }> {
    const row = await this.vault.database.records.get(docId);
    if (!row) throw new VaultError('not-found', `No document ${docId}`);
    if (this.vault.isKind(row, SEALED_DOCUMENT_KIND)) {
      const { data, contentKey } = await this.openSealedRow(row);
      return { record: { id: docId, clientId: row.clientId, data, sealed: true }, contentKey };
    }
    if (!this.vault.isKind(row, DOCUMENT_KIND))
      throw new VaultError('misplaced', `${docId} is no document`);
    const meta = documentMetaSchema.safeParse(this.vault.openRecord<DocumentMeta>(row).data);
    if (!meta.success) {
      throw new VaultError('unsupported-format', `Document ${docId} has unreadable metadata`);
    }
    return { record: { id: docId, clientId: row.clientId, data: meta.data }, contentKey: null };
  }

  /** A document's metadata; a sealed one only while the compartment is open for its client. */
  async get(docId: string): Promise<DocumentRecord> {
    const { record, contentKey } = await this.resolve(docId);
    wipe(contentKey);
    return record;
  }

  /**
   * The decrypted file, one chunk at a time. Every chunk must be present, in place, of the
   * length the sealed metadata says and authentic; otherwise it throws before yielding it.
   * A sealed document stops as soon as the compartment closes.
   */
  async *read(docId: string): AsyncGenerator<Uint8Array, void, undefined> {
    const { record, contentKey } = await this.resolve(docId);
    const { clientId, data: meta } = record;
    const db = this.vault.database;
    try {
      for (let index = 0; index < meta.chunkCount; index++) {
        if (contentKey && !this.sealedStore.isOpenFor(clientId)) {
          throw new VaultError('compartment-closed', 'The compartment closed while reading');
        }
        const row = await db.chunks.get(`${docId}:${index}`);
        if (!row) throw new VaultError('tampered', `Document ${docId} is missing chunk ${index}`);
        if (row.docId !== docId || row.index !== index || row.clientId !== clientId) {
          throw new VaultError('misplaced', `Chunk ${index} of document ${docId} is out of place`);
        }
        const bytes = contentKey ? openChunkWith(contentKey, row) : this.vault.openChunk(row);
        if (bytes.length !== chunkLength(meta, index)) {
          throw new VaultError(
            'tampered',
            `Chunk ${index} of document ${docId} has a wrong length`,
          );
        }
        yield bytes;
      }
    } finally {
      wipe(contentKey);
    }
  }

  /**
   * A decrypted copy as a Blob of the document's own type, for an explicit "open" or "save
   * as" only. Built chunk by chunk: the Blob holds the bytes outside the JS heap, and each
   * decrypted chunk is zero-filled once copied in.
   */
  async toBlob(docId: string, onProgress?: (done: number, total: number) => void): Promise<Blob> {
    const { data: meta } = await this.get(docId);
    const type = DOCUMENT_TYPES[meta.type].mime;
    let blob = new Blob([], { type });
    for await (const bytes of this.read(docId)) {
      // The cast: TS types a Uint8Array over a possibly shared buffer; this one never is.
      blob = new Blob([blob, bytes as Uint8Array<ArrayBuffer>], { type });
      bytes.fill(0);
      onProgress?.(blob.size, meta.size);
    }
    return blob;
  }

  /**
   * Deletes the metadata and every chunk in one transaction; a sealed one needs it open.
   * The app never calls this: the deleted rows stay in IndexedDB's files, where the
   * passphrase still opens them. "Verwijderen" goes through ErasureService.eraseDocument,
   * which also moves the store and writes a ledger line.
   */
  async remove(docId: string): Promise<void> {
    const doc = await this.get(docId);
    // Restricted (AVG art. 18): the dossier is only stored, so nothing is deleted either.
    this.vault.restrictions.check(doc.clientId, 'document');
    const db = this.vault.database;
    await db.transaction('rw', db.records, db.chunks, async () => {
      await db.records.delete(docId);
      await deleteChunks(db, docId);
    });
  }

  /**
   * Deletes chunks whose document has no metadata: left by a crash or a failed cleanup. A
   * sealed document's metadata row is its owner too; its id is enough, nothing is opened.
   */
  async removeOrphans(clientId: string): Promise<number> {
    const db = this.vault.database;
    // Order matters: a document whose chunks are seen here either is still in flight at the
    // snapshot below, or had its metadata saved before it left `inFlight`.
    const chunkIds = await db.chunks.where('clientId').equals(clientId).primaryKeys();
    const busy = new Set(this.inFlight);
    const known = new Set<string>();
    for (const kind of [DOCUMENT_KIND, SEALED_DOCUMENT_KIND] as const) {
      const tag = this.vault.kindTag(kind);
      for (const id of await db.records.where({ clientId, kind: tag }).primaryKeys()) known.add(id);
    }
    const orphans = new Set(
      chunkIds
        .map((id) => id.slice(0, id.lastIndexOf(':')))
        .filter((docId) => !known.has(docId) && !busy.has(docId)),
    );
    for (const docId of orphans) await deleteChunks(db, docId);
    return orphans.size;
  }
}

async function deleteChunks(db: KoersDb, docId: string): Promise<void> {
  await db.chunks.where('docId').equals(docId).delete();
}

/** A ZIP is a DOCX when its central directory lists word/document.xml. */
async function isDocx(file: FileLike): Promise<boolean> {
  const tailStart = Math.max(0, file.size - ZIP_TAIL_BYTES);
  const directory = zipCentralDirectory(await bytesOf(file.slice(tailStart)), file.size);
  if (!directory || directory.size > MAX_ZIP_DIRECTORY) return false;
  const entries = await bytesOf(file.slice(directory.offset, directory.offset + directory.size));
  return zipHasEntry(entries, DOCX_MAIN_PART);
}
