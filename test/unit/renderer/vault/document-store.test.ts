import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { MAX_DOCUMENT_BYTES } from '../../../../shared/domain/documents';
import type { KoersDb } from '../../../../renderer/vault/db';
import { DocumentError, DocumentStore } from '../../../../renderer/vault/documents';
import { sealDocumentChunk } from '../../../../renderer/vault/documents.worker';
import { newId, type Vault } from '../../../../renderer/vault/vault';
import { documentErrorKey } from '../../../../renderer/features/documents/document-errors';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';
import { docxBytes, filler, heicBytes, jpegBytes, pdfBytes, pngBytes, zipBytes } from './files';

// document-errors reaches errorKey in the session store, whose platform module reads `window`.
vi.hoisted(() => vi.stubGlobal('window', globalThis));
afterAll(() => vi.unstubAllGlobals());

const CHUNK = 64 * 1024;
const details = {
  direction: 'ontvangen' as const,
  date: '20-11-2026',
  counterparty: 'UWV Amsterdam',
  description: 'Beschikking Zeldenrust',
};

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const clientId = newId();
  vault.newClientKey(clientId);
  return { db, vault, clientId, store: new DocumentStore(vault, CHUNK) };
}

const blobOf = (bytes: Uint8Array<ArrayBuffer>) => new Blob([bytes]);

async function readAll(store: DocumentStore, docId: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of store.read(docId)) parts.push(chunk.slice());
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const nothingStored = async (db: KoersDb, vault: Vault) => {
  expect(await db.chunks.count()).toBe(0);
  expect(await db.records.where('kind').equals(vault.kindTag('document')).count()).toBe(0);
};

describe('attaching and reading back', () => {
  it('returns identical bytes for a file of several chunks with a short last one', async () => {
    const { db, store, clientId } = await setup();
    const bytes = pdfBytes(5 * CHUNK + 1234);
    const progress: number[] = [];
    const doc = await store.attach(
      clientId,
      blobOf(bytes),
      { ...details, fileName: 'beschikking.pdf' },
      { onProgress: (done) => progress.push(done) },
    );
    expect(doc.data).toMatchObject({
      fileName: 'beschikking.pdf',
      type: 'pdf',
      size: bytes.length,
      chunkSize: CHUNK,
      chunkCount: 6,
      date: '2026-11-20',
      direction: 'ontvangen',
    });
    expect(await db.chunks.where('docId').equals(doc.id).count()).toBe(6);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(await readAll(store, doc.id)).toEqual(bytes);
    const blob = await store.toBlob(doc.id);
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it('keeps the file name, description and contents out of every stored byte', async () => {
    const { db, store, clientId } = await setup();
    const secret = 'Zeldenrust verklaring 7731 vertrouwelijk';
    const bytes = pdfBytes(3 * CHUNK);
    bytes.set(new TextEncoder().encode(secret), CHUNK + 100);
    await store.attach(clientId, blobOf(bytes), {
      ...details,
      fileName: 'Verklaring-Zeldenrust.pdf',
    });
    const needles = [secret, 'Verklaring-Zeldenrust', 'Beschikking Zeldenrust', 'UWV Amsterdam'];
    const haystacks: string[] = [];
    for (const table of [db.records, db.chunks, db.changes, db.clientKeys, db.meta]) {
      for (const row of (await table.toArray()) as object[]) {
        for (const value of Object.values(row)) {
          haystacks.push(
            value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : String(value),
          );
        }
      }
    }
    for (const n of needles) expect(haystacks.some((h) => h.includes(n))).toBe(false);
  });

  it('accepts a Word document, PNG, JPEG and HEIC with the type taken from the content', async () => {
    const { store, clientId } = await setup();
    const files: [string, Uint8Array<ArrayBuffer>, string][] = [
      ['verslag.docx', docxBytes(), 'docx'],
      ['foto.PNG', pngBytes(), 'png'],
      ['scan.jpeg', jpegBytes(), 'jpeg'],
      ['IMG_0042.HEIC', heicBytes(), 'heic'],
    ];
    for (const [fileName, bytes, type] of files) {
      const doc = await store.attach(clientId, blobOf(bytes), { ...details, fileName });
      expect(doc.data.type).toBe(type);
      expect(await readAll(store, doc.id)).toEqual(bytes);
    }
    expect((await store.list(clientId)).length).toBe(4);
  });

  it('opens chunks sealed by the worker exactly like chunks sealed by the vault', async () => {
    const { vault, clientId } = await setup();
    const key = vault.keyring.clientKey(clientId) as Uint8Array;
    const bytes = filler(1000);
    const row = sealDocumentChunk(key, clientId, 'doc9', 3, bytes);
    expect(row).toMatchObject({ id: 'doc9:3', clientId, docId: 'doc9', index: 3 });
    expect(vault.openChunk(row)).toEqual(bytes);
    // Bound to its position like the vault's own chunks.
    expect(() => vault.openChunk({ ...row, id: 'doc9:4', index: 4 })).toThrow(VaultError);
  });
});

describe('refusing damaged documents', () => {
  async function attached() {
    const s = await setup();
    const bytes = pdfBytes(3 * CHUNK + 10);
    const doc = await s.store.attach(s.clientId, blobOf(bytes), {
      ...details,
      fileName: 'a.pdf',
    });
    return { ...s, doc, bytes };
  }
  const code = async (store: DocumentStore, docId: string) => {
    try {
      await readAll(store, docId);
    } catch (e) {
      return e instanceof VaultError ? e.code : String(e);
    }
    return 'read without error';
  };

  it('refuses two swapped chunks', async () => {
    const { db, store, doc } = await attached();
    const [c0, c1] = [await db.chunks.get(`${doc.id}:0`), await db.chunks.get(`${doc.id}:1`)];
    await db.chunks.update(`${doc.id}:0`, { sealed: c1?.sealed });
    await db.chunks.update(`${doc.id}:1`, { sealed: c0?.sealed });
    expect(await code(store, doc.id)).toBe('misplaced');
  });

  it('refuses chunks renumbered into another order', async () => {
    const { db, store, doc } = await attached();
    const c2 = await db.chunks.get(`${doc.id}:2`);
    if (!c2) throw new Error('fixture');
    await db.chunks.put({ ...c2, id: `${doc.id}:1`, index: 1 });
    expect(await code(store, doc.id)).toBe('misplaced');
  });

  it('refuses a removed chunk, also the last one', async () => {
    const a = await attached();
    await a.db.chunks.delete(`${a.doc.id}:1`);
    expect(await code(a.store, a.doc.id)).toBe('tampered');
    const b = await attached();
    await b.db.chunks.delete(`${b.doc.id}:3`);
    expect(await code(b.store, b.doc.id)).toBe('tampered');
  });

  it("refuses another document's chunk put in place", async () => {
    const { db, store, doc, clientId } = await attached();
    const other = await store.attach(clientId, blobOf(pdfBytes(2 * CHUNK, 7)), {
      ...details,
      fileName: 'b.pdf',
    });
    const foreign = await db.chunks.get(`${other.id}:0`);
    await db.chunks.update(`${doc.id}:0`, { sealed: foreign?.sealed });
    expect(await code(store, doc.id)).toBe('misplaced');
  });

  it('refuses a flipped bit', async () => {
    const { db, store, doc } = await attached();
    const row = await db.chunks.get(`${doc.id}:2`);
    if (!row) throw new Error('fixture');
    const sealed = row.sealed.slice();
    sealed[sealed.length - 5] = (sealed[sealed.length - 5] ?? 0) ^ 1;
    await db.chunks.update(row.id, { sealed });
    expect(await code(store, doc.id)).toBe('tampered');
  });

  it('yields nothing of a damaged chunk and tells the coach in Dutch', async () => {
    const { db, store, doc, bytes } = await attached();
    await db.chunks.delete(`${doc.id}:2`);
    const seen: number[] = [];
    const error = await (async () => {
      try {
        for await (const c of store.read(doc.id)) seen.push(c.length);
      } catch (e) {
        return e;
      }
    })();
    expect(seen).toEqual([CHUNK, CHUNK]);
    expect(bytes.length).toBeGreaterThan(seen.reduce((a, b) => a + b, 0));
    expect(documentErrorKey(error)).toBe('errors.tampered');
    await expect(store.toBlob(doc.id)).rejects.toMatchObject({ code: 'tampered' });
  });
});

describe('limits', () => {
  const refused = async (bytes: Uint8Array<ArrayBuffer> | Blob, fileName: string) => {
    const { db, vault, store, clientId } = await setup();
    const file = bytes instanceof Blob ? bytes : blobOf(bytes);
    const error = await store.attach(clientId, file, { ...details, fileName }).catch((e) => e);
    await nothingStored(db, vault);
    expect(error).toBeInstanceOf(DocumentError);
    return (error as DocumentError).code;
  };

  it('accepts exactly 50 MB and refuses one byte more, before reading it', async () => {
    const { store } = await setup();
    const atLimit = new Blob([pdfBytes(1024), new Uint8Array(MAX_DOCUMENT_BYTES - 1024)]);
    await expect(store.detectType(atLimit, 'groot.pdf')).resolves.toBe('pdf');
    const over = new Blob([atLimit, new Uint8Array(1)]);
    expect(await refused(over, 'te-groot.pdf')).toBe('too-large');
    expect(documentErrorKey(new DocumentError('too-large', ''))).toBe('documents.errors.too-large');
  });

  it('refuses an empty file', async () => {
    expect(await refused(new Uint8Array(0), 'leeg.pdf')).toBe('empty');
  });

  it('refuses types it does not know, whatever the name says', async () => {
    const text = new TextEncoder().encode('Beste meneer, hierbij mijn verklaring.');
    expect(await refused(text, 'verklaring.pdf')).toBe('unsupported-type');
    expect(await refused(text, 'verklaring.txt')).toBe('unsupported-type');
    const xlsx = zipBytes([{ name: 'xl/workbook.xml', data: new Uint8Array(20) }]);
    expect(await refused(xlsx, 'uren.docx')).toBe('unsupported-type');
  });

  it('refuses content that does not match the extension', async () => {
    expect(await refused(pngBytes(), 'brief.pdf')).toBe('type-mismatch');
    expect(await refused(pdfBytes(500), 'brief.docx')).toBe('type-mismatch');
    expect(await refused(pdfBytes(500), 'brief')).toBe('type-mismatch');
  });

  it('refuses invalid details and unusable file names', async () => {
    const { db, vault, store, clientId } = await setup();
    const file = blobOf(pdfBytes(500));
    await expect(
      store.attach(clientId, file, { ...details, date: '31-02-2026', fileName: 'a.pdf' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      store.attach(clientId, file, { ...details, fileName: 'map/a.pdf' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await nothingStored(db, vault);
  });
});

describe('failure leaves nothing behind', () => {
  it('removes the chunks already written when the disk is full, and says so in Dutch', async () => {
    const { db, vault, store, clientId } = await setup();
    const add = db.chunks.add.bind(db.chunks);
    let calls = 0;
    vi.spyOn(db.chunks, 'add').mockImplementation((row) => {
      if (++calls === 3)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add(row);
    });
    const error = await store
      .attach(clientId, blobOf(pdfBytes(5 * CHUNK)), { ...details, fileName: 'a.pdf' })
      .catch((e) => e);
    expect(calls).toBe(3);
    await nothingStored(db, vault);
    expect(documentErrorKey(error)).toBe('errors.storage-failed');
    expect(await store.list(clientId)).toEqual([]);
  });

  it('removes the chunks when the vault locks half-way', async () => {
    const { db, store, clientId, vault } = await setup();
    const error = await store
      .attach(
        clientId,
        blobOf(pdfBytes(6 * CHUNK)),
        { ...details, fileName: 'a.pdf' },
        { onProgress: (done) => done >= 2 * CHUNK && vault.lock() },
      )
      .catch((e) => e);
    expect(error).toMatchObject({ code: 'locked' });
    expect(await db.chunks.count()).toBe(0);
  });

  it('stops and cleans up when the coach cancels', async () => {
    const { db, vault, store, clientId } = await setup();
    const controller = new AbortController();
    const error = await store
      .attach(
        clientId,
        blobOf(pdfBytes(6 * CHUNK)),
        { ...details, fileName: 'a.pdf' },
        { signal: controller.signal, onProgress: () => controller.abort() },
      )
      .catch((e) => e);
    expect((error as Error).name).toBe('AbortError');
    await nothingStored(db, vault);
  });

  it('reports a file that can no longer be read', async () => {
    const { db, vault, store, clientId } = await setup();
    const real = blobOf(pdfBytes(4 * CHUNK));
    let reads = 0;
    const vanishing = {
      size: real.size,
      slice: (a?: number, b?: number) => {
        const part = real.slice(a, b);
        return {
          arrayBuffer: () =>
            ++reads > 3
              ? Promise.reject(new DOMException('gone', 'NotReadableError'))
              : part.arrayBuffer(),
        };
      },
    } as unknown as Blob;
    const error = await store
      .attach(clientId, vanishing, { ...details, fileName: 'a.pdf' })
      .catch((e) => e);
    expect(documentErrorKey(error)).toBe('documents.errors.unreadable');
    await nothingStored(db, vault);
  });

  it('never lists a document still being written, and sweeps chunks a crash left', async () => {
    const { db, store, clientId, vault } = await setup();
    // A crash: chunks without metadata.
    await db.chunks.add(vault.sealChunk(clientId, 'crashed', 0, filler(100)));
    await db.chunks.add(vault.sealChunk(clientId, 'crashed', 1, filler(100)));
    // A slow attach: its third chunk read waits until released.
    const real = blobOf(pdfBytes(4 * CHUNK));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let reads = 0;
    const slow = {
      size: real.size,
      slice: (a?: number, b?: number) => {
        const part = real.slice(a, b);
        return {
          arrayBuffer: async () => {
            if (++reads === 4) await gate;
            return part.arrayBuffer();
          },
        };
      },
    } as unknown as Blob;
    const pending = store.attach(clientId, slow, { ...details, fileName: 'a.pdf' });
    await vi.waitFor(async () =>
      expect(await db.chunks.where('docId').notEqual('crashed').count()).toBeGreaterThan(0),
    );
    expect(await store.list(clientId)).toEqual([]);
    expect(await db.chunks.where('docId').equals('crashed').count()).toBe(0);
    expect(await db.chunks.where('docId').notEqual('crashed').count()).toBeGreaterThan(0);
    release();
    const doc = await pending;
    expect((await store.list(clientId)).map((d) => d.id)).toEqual([doc.id]);
    expect(await readAll(store, doc.id)).toEqual(new Uint8Array(await real.arrayBuffer()));
  });
});

describe('removing', () => {
  it('deletes the metadata and every chunk, and leaves other documents alone', async () => {
    const { db, store, clientId } = await setup();
    const a = await store.attach(clientId, blobOf(pdfBytes(3 * CHUNK)), {
      ...details,
      fileName: 'a.pdf',
    });
    const b = await store.attach(clientId, blobOf(pngBytes(3000)), {
      ...details,
      fileName: 'b.png',
    });
    await store.remove(a.id);
    expect((await store.list(clientId)).map((d) => d.id)).toEqual([b.id]);
    expect(await db.chunks.where('docId').equals(a.id).count()).toBe(0);
    expect(await db.chunks.where('docId').equals(b.id).count()).toBe(1);
    await expect(store.remove(a.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('will not read or remove a record of another kind as a document', async () => {
    const { store, clientId, vault } = await setup();
    const { ClientRecords } = await import('../../../../renderer/vault/records');
    const note = await new ClientRecords<{ t: string }>(vault as Vault, 'logbook').save(clientId, {
      t: 'x',
    });
    await expect(store.remove(note.id)).rejects.toMatchObject({ code: 'misplaced' });
  });
});
