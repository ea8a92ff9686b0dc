import type { RecordKind } from '../../../../shared/records/registry';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { DOCUMENT_KIND, SEALED_DOCUMENT_KIND } from '../../../../shared/domain/documents';
import { AuditLog } from '../../../../renderer/vault/audit';
import { Compartment, COMPARTMENT_IDLE_MS } from '../../../../renderer/vault/compartment';
import type { KoersDb } from '../../../../renderer/vault/db';
import { DocumentStore, type DocumentRecord } from '../../../../renderer/vault/documents';
import { newId } from '../../../../renderer/vault/vault';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';
import { pdfBytes } from './files';

const CHUNK = 64 * 1024;
const SECRET = 'Verklaring depressie Zeldenrust 4417';
const details = {
  direction: 'ontvangen' as const,
  date: '20-11-2026',
  counterparty: 'Bedrijfsarts Van Dam',
  description: 'Medische verklaring over de burn-out',
};

async function setup(opts: { legalGround?: boolean } = {}) {
  let now = 9_000_000;
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const clientId = newId();
  vault.newClientKey(clientId);
  const compartment = new Compartment(vault, new AuditLog(vault), {
    now: () => now,
    legalGround: () => Promise.resolve(opts.legalGround ?? true),
  });
  const store = new DocumentStore(vault, CHUNK, 'inline', compartment);
  const openIt = () => compartment.open({ clientId, purpose: 'Rapportage', passphrase: PASS });
  return { db, vault, clientId, compartment, store, openIt, tick: (ms: number) => (now += ms) };
}

/** A PDF of several chunks with the secret in the middle of its second chunk. */
function secretPdf(): Uint8Array<ArrayBuffer> {
  const bytes = pdfBytes(3 * CHUNK + 321);
  bytes.set(new TextEncoder().encode(SECRET), CHUNK + 100);
  return bytes;
}

const attachSealed = (
  s: Awaited<ReturnType<typeof setup>>,
  bytes = secretPdf(),
  signal?: AbortSignal,
) =>
  s.store.attach(
    s.clientId,
    new Blob([bytes]),
    { ...details, fileName: 'Verklaring-Zeldenrust.pdf', sealed: true },
    { signal },
  );

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

/** Every stored value of every table, as text, to search for plaintext. */
async function storedText(db: KoersDb): Promise<string[]> {
  const out: string[] = [];
  for (const table of db.tables) {
    for (const row of (await table.toArray()) as object[]) {
      for (const value of Object.values(row)) {
        out.push(
          value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : String(value),
        );
      }
    }
  }
  return out;
}

const closedError = (e: unknown) => e instanceof VaultError && e.code === 'compartment-closed';

describe('sealed documents', () => {
  it('keep name, description, counterparty and content out of every stored byte', async () => {
    const s = await setup();
    await attachSealed(s);
    await s.openIt();
    const haystacks = await storedText(s.db);
    const needles = [SECRET, 'Verklaring-Zeldenrust', 'burn-out', 'Van Dam', '"pdf"'];
    for (const n of needles) expect(haystacks.some((h) => h.includes(n))).toBe(false);
    // Not even the kind is in clear: only a keyed tag, which the vault can recompute.
    expect(haystacks.some((h) => h.includes(SEALED_DOCUMENT_KIND))).toBe(false);
    const tag = (kind: RecordKind) => s.vault.kindTag(kind);
    expect(await s.db.records.where('kind').equals(tag(SEALED_DOCUMENT_KIND)).count()).toBe(1);
    expect(await s.db.records.where('kind').equals(tag(DOCUMENT_KIND)).count()).toBe(0);
  });

  it('are added without opening, and not listed or readable while closed', async () => {
    const s = await setup();
    await s.store.attach(s.clientId, new Blob([pdfBytes(2000)]), {
      ...details,
      description: 'Brief over sollicitaties',
      fileName: 'brief.pdf',
    });
    const doc = await attachSealed(s);
    expect(doc.sealed).toBe(true);
    expect(s.compartment.isOpen()).toBe(false);
    expect(await s.store.hasSealed(s.clientId)).toBe(true);
    const listed = await s.store.list(s.clientId);
    expect(listed.map((d) => d.data.fileName)).toEqual(['brief.pdf']);
    await expect(s.store.get(doc.id)).rejects.toSatisfy(closedError);
    await expect(readAll(s.store, doc.id)).rejects.toSatisfy(closedError);
    await expect(s.store.toBlob(doc.id)).rejects.toSatisfy(closedError);
    await expect(s.store.remove(doc.id)).rejects.toSatisfy(closedError);
    expect(await s.db.chunks.where('docId').equals(doc.id).count()).toBe(4);
  });

  it('are listed once opened, read back byte for byte, and hidden again on close', async () => {
    const s = await setup();
    const bytes = secretPdf();
    const doc = await attachSealed(s, bytes);
    await s.openIt();
    const listed = await s.store.list(s.clientId);
    expect(listed).toHaveLength(1);
    const [item] = listed as [DocumentRecord];
    expect(item).toMatchObject({ id: doc.id, sealed: true });
    expect(item.data).toMatchObject({
      fileName: 'Verklaring-Zeldenrust.pdf',
      description: details.description,
      size: bytes.length,
      chunkCount: 4,
    });
    // The content key stays inside the store.
    expect(JSON.stringify(item)).not.toContain('contentKey');
    expect(await readAll(s.store, doc.id)).toEqual(bytes);
    const blob = await s.store.toBlob(doc.id);
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);

    s.compartment.close();
    expect(await s.store.list(s.clientId)).toEqual([]);
    await s.openIt();
    s.tick(COMPARTMENT_IDLE_MS + 1);
    expect(await s.store.list(s.clientId)).toEqual([]);
  });

  it('have chunks the client key alone cannot open, bound to their place', async () => {
    const s = await setup();
    const doc = await attachSealed(s);
    const row = await s.db.chunks.get(`${doc.id}:0`);
    if (!row) throw new Error('no chunk');
    expect(() => s.vault.openChunk(row)).toThrow(VaultError);

    const first = await s.db.chunks.get(`${doc.id}:1`);
    const second = await s.db.chunks.get(`${doc.id}:2`);
    if (!first || !second) throw new Error('no chunks');
    await s.db.chunks.put({ ...first, sealed: second.sealed });
    await s.openIt();
    await expect(readAll(s.store, doc.id)).rejects.toMatchObject({ code: 'misplaced' });
  });

  it('stop reading as soon as the compartment closes', async () => {
    const s = await setup();
    const doc = await attachSealed(s);
    await s.openIt();
    const reader = s.store.read(doc.id);
    expect((await reader.next()).done).toBe(false);
    s.compartment.close();
    await expect(reader.next()).rejects.toSatisfy(closedError);
  });

  it('keep their chunks through the orphan sweep, which still sweeps real orphans', async () => {
    const s = await setup();
    const doc = await attachSealed(s);
    // Chunks a crash left behind: no metadata of either kind.
    await s.db.chunks.put({ ...s.vault.sealChunk(s.clientId, 'lost', 0, pdfBytes(100)) });
    expect(await s.store.removeOrphans(s.clientId)).toBe(1);
    await s.store.list(s.clientId);
    expect(await s.db.chunks.where('docId').equals(doc.id).count()).toBe(4);
    expect(await s.db.chunks.where('docId').equals('lost').count()).toBe(0);
    await s.openIt();
    expect(await readAll(s.store, doc.id)).toEqual(secretPdf());
  });

  it('are removed with their chunks while open', async () => {
    const s = await setup();
    const doc = await attachSealed(s);
    await s.openIt();
    await s.store.remove(doc.id);
    expect(await s.db.chunks.count()).toBe(0);
    expect(await s.store.hasSealed(s.clientId)).toBe(false);
  });

  it('write nothing at all without a legal ground', async () => {
    const s = await setup({ legalGround: false });
    const before = await s.db.records.count();
    await expect(attachSealed(s)).rejects.toMatchObject({ code: 'no-legal-ground' });
    expect(await s.db.chunks.count()).toBe(0);
    expect(await s.db.records.count()).toBe(before);
    expect(await s.store.hasSealed(s.clientId)).toBe(false);
  });

  it('leave nothing behind when the attach is stopped half-way', async () => {
    const s = await setup();
    const controller = new AbortController();
    const attaching = s.store.attach(
      s.clientId,
      new Blob([secretPdf()]),
      { ...details, fileName: 'a.pdf', sealed: true },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(attaching).rejects.toThrow();
    expect(await s.db.chunks.count()).toBe(0);
    expect(await s.store.hasSealed(s.clientId)).toBe(false);
  });

  it('cannot be added by a store without a compartment', async () => {
    const s = await setup();
    const bare = new DocumentStore(s.vault, CHUNK, 'inline');
    await expect(
      bare.attach(s.clientId, new Blob([pdfBytes(2000)]), {
        ...details,
        fileName: 'a.pdf',
        sealed: true,
      }),
    ).rejects.toSatisfy(closedError);
    expect(await s.db.chunks.count()).toBe(0);
  });
});
