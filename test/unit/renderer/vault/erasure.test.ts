import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ErasureService } from '../../../../renderer/vault/erasure';
import { ErasureLedger } from '../../../../renderer/vault/erasure-ledger';
import type { ClientKeyRow, ErasureLedgerMeta, MetaRow } from '../../../../renderer/vault/db';
import { clientKeyId } from '../../../../renderer/vault/vault-keys';
import { utf8 } from '../../../../shared/crypto/bytes';
import { open, seal } from '../../../../shared/crypto/envelope';
import { deriveKey, type KdfParams } from '../../../../shared/crypto/kdf';
import { VaultError } from '../../../../shared/crypto/errors';
import { planErasure } from '../../../../shared/domain/erasure-plan';
import {
  newLogbookForm,
  newLogbookInput,
  validateLogbook,
} from '../../../../shared/domain/logbook';
import { RECORD_KINDS, type RetentionClass } from '../../../../shared/records/registry';
import { fillDossier, session, type Session } from '../../../fixtures/full-dossier';
import { PASS } from '../../../fixtures/test-vault';

const NOW = new Date('2026-11-30T10:00:00Z');

async function setup() {
  const s = await session();
  const ledger = new ErasureLedger(s.vault);
  const erasure = new ErasureService(s.vault, s.compartment, s.audit, ledger, {
    now: () => NOW,
    logbook: s.logbook,
  });
  const target = await fillDossier(s, {
    entries: ['Gesprek over sollicitaties bij Bakkerij De Vries'],
    sealedEntries: ['Vertelde over zijn depressie en de psychiater'],
    health: { occupationalPhysician: 'drs. Brakkenstein' },
    documents: [
      { name: 'brief.pdf', bytes: pdf(200_000) },
      { name: 'verklaring.pdf', bytes: pdf(90_000), sealed: true },
    ],
  });
  const other = await fillDossier(s, { client: { voornaam: 'Blijft', achternaam: 'Bewaard' } });
  return { s, ledger, erasure, target, other };
}

function pdf(size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  b.set(new TextEncoder().encode('%PDF-1.7\n'));
  for (let i = 9; i < size; i++) b[i] = (i * 31) % 251;
  return b;
}

/** Every stored row that names the client, table by table. */
async function rowsOf(s: Session, clientId: string) {
  return {
    clientKeys: await s.db.clientKeys.where('clientId').equals(clientId).count(),
    records: await s.db.records.where('clientId').equals(clientId).count(),
    changes: await s.db.changes.where('clientId').equals(clientId).count(),
    chunks: await s.db.chunks.where('clientId').equals(clientId).count(),
  };
}

const retentionBefore = new Map<string, RetentionClass>();
/** Re-classifies a kind for one test, as RESTRICT's financial kind will be classified. */
function classify(kind: keyof typeof RECORD_KINDS, retention: RetentionClass) {
  const spec = RECORD_KINDS[kind] as { retention: RetentionClass };
  if (!retentionBefore.has(kind)) retentionBefore.set(kind, spec.retention);
  spec.retention = retention;
}
afterEach(() => {
  for (const [kind, r] of retentionBefore)
    (RECORD_KINDS[kind as keyof typeof RECORD_KINDS] as { retention: RetentionClass }).retention =
      r;
  retentionBefore.clear();
});

describe('erasure preview', () => {
  it('names what will be erased per category, counts sealed data, and changes nothing', async () => {
    const { s, erasure, target } = await setup();
    const before = await rowsOf(s, target.id);
    const p = await erasure.preview(target.id);
    const cats = p.plan.erased.map((e) => e.category);
    for (const c of ['personalia', 'logbook', 'other-special', 'health', 'document', 'consent'])
      expect(cats).toContain(c);
    expect(cats).not.toContain('keys');
    expect(p.plan.erased.find((e) => e.category === 'other-special')?.sealed).toBe(true);
    expect(p.plan.kept).toEqual([]);
    // 14 days of backups by default: the last one holding the data expires then.
    expect(p.lastBackupExpires).toBe('2026-12-14');
    expect(await rowsOf(s, target.id)).toEqual(before);
  });

  it('keeps what a retention class must keep, whatever the kind is called', async () => {
    const { erasure, target } = await setup();
    classify('recipient', 'financial');
    const p = await erasure.preview(target.id);
    expect(p.plan.kept).toHaveLength(1);
    expect(p.plan.kept[0]).toMatchObject({
      category: 'consent',
      retention: 'financial',
      until: '2033-12-31',
    });
    expect(p.plan.kept[0]?.why.nl).toContain('7 jaar');
  });

  it('plans from counts alone: a class added to the keep rule keeps any kind of that class', () => {
    const plan = planErasure(
      [
        { category: 'trajectory', retention: 'financial', compartment: false, count: 3 },
        { category: 'logbook', retention: 'coaching-report', compartment: false, count: 5 },
        { category: 'keys', retention: 'dossier', compartment: false, count: 1 },
        { category: 'cv', retention: 'dossier', compartment: false, count: 0 },
      ],
      NOW,
    );
    expect(plan.erased).toEqual([{ category: 'logbook', count: 5, sealed: false }]);
    expect(plan.kept.map((k) => [k.category, k.count, k.until])).toEqual([
      ['trajectory', 3, '2033-12-31'],
    ]);
  });
});

describe('erasing a client', () => {
  it('destroys its keys and every row, keeps a nameless ledger line, and leaves others whole', async () => {
    const { s, ledger, erasure, target, other } = await setup();
    const otherRows = await rowsOf(s, other.id);
    expect((await rowsOf(s, target.id)).chunks).toBeGreaterThan(0);
    const entry = await erasure.eraseClient(target.id, {
      reason: 'client-request',
      requestId: 'req-1',
      passphrase: PASS,
    });
    expect(await rowsOf(s, target.id)).toEqual({
      clientKeys: 0,
      records: 0,
      changes: 0,
      chunks: 0,
    });
    expect(s.vault.keyring.clientChain(target.id)).toBeUndefined();
    expect(entry).toMatchObject({
      clientId: target.id,
      reason: 'client-request',
      requestId: 'req-1',
    });
    expect(entry.categories).toContain('health');
    const lines = await ledger.list();
    expect(lines).toEqual([entry]);
    expect(JSON.stringify(lines)).not.toMatch(/Çelik|Ayşe/);
    expect((await s.audit.entries({ clientId: target.id })).map((e) => e.action)).toContain(
      'erasure',
    );
    // The other client survives the rotation, also after a lock and an unlock.
    // The rotation gave every client one more key epoch; no row of theirs was rewritten.
    expect(await rowsOf(s, other.id)).toEqual(otherRows);
    await s.vault.lock();
    await s.vault.unlock(PASS);
    expect((await s.clients.list()).map((c) => c.achternaam)).toEqual(['Bewaard']);
    expect((await s.logbook.list(other.id)).length).toBeGreaterThan(0);
    expect(await ledger.list()).toEqual([entry]);
  });

  it('with a wrong passphrase erases nothing', async () => {
    const { s, erasure, target } = await setup();
    const before = await rowsOf(s, target.id);
    await expect(
      erasure.eraseClient(target.id, { reason: 'client-request', passphrase: 'fout fout fout' }),
    ).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await rowsOf(s, target.id)).toEqual(before);
    expect(await erasure.ledger.list()).toEqual([]);
  });

  it('leaves the rows of a kind whose retention class must be kept', async () => {
    const { s, erasure, target } = await setup();
    classify('recipient', 'financial');
    const tag = s.vault.kindTag('recipient');
    const kept = await s.db.records.where({ clientId: target.id, kind: tag }).count();
    expect(kept).toBeGreaterThan(0);
    const entry = await erasure.eraseClient(target.id, {
      reason: 'client-request',
      passphrase: PASS,
    });
    expect(await s.db.records.where('clientId').equals(target.id).count()).toBe(kept);
    expect(entry.kept).toEqual([
      expect.objectContaining({ category: 'consent', retention: 'financial' }),
    ]);
  });

  it('the ledger refuses a line added or dropped with the vault key alone', async () => {
    const { s, ledger, erasure, target, other } = await setup();
    await erasure.eraseClient(target.id, { reason: 'client-request', passphrase: PASS });
    const row = (await s.db.meta.get('erasure-ledger')) as ErasureLedgerMeta;
    // Whoever holds the vault key (and so the index key) can re-seal the ledger without the
    // line, but cannot make the anchor's MAC for it.
    const forged = { ...row, sealed: reseal(s, '[]') };
    await s.db.meta.put(forged);
    await expect(ledger.list()).rejects.toBeInstanceOf(VaultError);
    await s.db.meta.put(row);
    expect(await ledger.isErased(target.id)).toBe(true);
    expect(await ledger.isErased(other.id)).toBe(false);
  });
});

function reseal(s: Session, json: string): Uint8Array {
  const id = { id: 'erasure-ledger', clientId: '-', kind: 'erasure-ledger', v: 1 };
  return seal(s.vault.keyring.requireIndexKey(), id, utf8(json));
}

describe('key rotation after an erasure', () => {
  it('a surviving copy of the erased key opens with neither today’s vault nor the old vault key', async () => {
    const { s, erasure, target, other } = await setup();
    const vaultMeta = (await s.db.meta.get('vault')) as MetaRow & {
      wrappedVaultKey: Uint8Array;
      kdf: KdfParams;
    };
    const oldMeta = structuredClone(vaultMeta);
    const erasedKeyRow = (await s.db.clientKeys.get(target.id)) as ClientKeyRow;
    await erasure.eraseClient(target.id, { reason: 'client-request', passphrase: PASS });

    // Today's profile plus the passphrase: the vault key it opens is new.
    const meta = (await s.db.meta.get('vault')) as typeof vaultMeta;
    const kek = await deriveKey(PASS, meta.kdf);
    const vaultKey = open(
      kek,
      { id: 'vault-key', clientId: '-', kind: 'vault-key' },
      meta.wrappedVaultKey,
    ).body;
    expect(() => open(vaultKey, clientKeyId(target.id), erasedKeyRow.sealed)).toThrow();

    // The old wrapped vault key plus the passphrase opens the old vault key, which opens
    // no key row of today's profile, and today's profile has no row of the erased client.
    const oldKek = await deriveKey(PASS, oldMeta.kdf);
    const oldVaultKey = open(
      oldKek,
      { id: 'vault-key', clientId: '-', kind: 'vault-key' },
      oldMeta.wrappedVaultKey,
    ).body;
    const rows = await s.db.clientKeys.toArray();
    expect(rows.map((r) => r.clientId)).toEqual([other.id]);
    for (const r of rows)
      expect(() => open(oldVaultKey, clientKeyId(r.clientId), r.sealed)).toThrow();
    expect(await s.db.records.where('clientId').equals(target.id).count()).toBe(0);
  });
});

describe('erasing one document', () => {
  it('removes its row, change rows and chunks, leaves the rest, and writes a ledger line', async () => {
    const { s, erasure, target } = await setup();
    await s.compartment.open({ clientId: target.id, purpose: 'inzageverzoek', passphrase: PASS });
    const docs = await s.documents.list(target.id);
    const doc = docs.find((d) => !d.sealed);
    if (!doc) throw new Error('fixture');
    const chunksBefore = await s.db.chunks.where('clientId').equals(target.id).count();
    const mine = await s.db.chunks.where('docId').equals(doc.id).count();
    expect(mine).toBeGreaterThan(0);
    const moved: string[] = [];
    const withMove = new ErasureService(s.vault, s.compartment, s.audit, erasure.ledger, {
      now: () => NOW,
      relocate: () => {
        moved.push('moved');
        return Promise.resolve(true);
      },
    });
    const entry = await withMove.eraseDocument(target.id, doc.id, { passphrase: PASS });
    expect(entry).toMatchObject({ clientId: target.id, itemId: doc.id, categories: ['document'] });
    expect(await s.db.records.get(doc.id)).toBeUndefined();
    expect(await s.db.changes.where('recordId').equals(doc.id).count()).toBe(0);
    expect(await s.db.chunks.where('clientId').equals(target.id).count()).toBe(chunksBefore - mine);
    expect((await s.documents.list(target.id)).map((d) => d.id)).not.toContain(doc.id);
    expect(await s.clients.get(target.id)).toBeDefined();
    expect(moved).toEqual(['moved']);
    expect(await erasure.ledger.isErased(target.id)).toBe(false);
    await expect(
      withMove.eraseDocument(target.id, target.id, { passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('erasing one logbook entry', () => {
  const count = (s: Session, clientId: string, kind: keyof typeof RECORD_KINDS) =>
    s.vault.rowsOf(clientId, kind).then((r) => r.length);

  it('removes a plain entry with its versions, drafts and change rows, and its contact', async () => {
    const { s, erasure, target } = await setup();
    // The fixture edits its first plain entry, so that one has an older version.
    const edited = (await s.logbook.list(target.id)).find(
      (e) => e.data.summary === 'Kennismaking (aangevuld)',
    );
    const fields = validateLogbook({
      ...newLogbookInput(new Date(2026, 9, 3, 9, 0)),
      summary: 'Blijft staan',
    });
    if (!edited || !fields.ok) throw new Error('fixture');
    const other = await s.logbook.create(target.id, fields.value);
    await s.logbook.saveDraft(target.id, {
      entryId: edited.id,
      input: { ...newLogbookForm(new Date(2026, 9, 1, 9, 0)), summary: 'Half getypt' },
      sealed: false,
    });
    const versionsBefore = await count(s, target.id, 'logbook-version');
    expect(versionsBefore).toBeGreaterThan(0);
    expect(await s.db.changes.where('recordId').equals(edited.id).count()).toBeGreaterThan(0);

    const entry = await erasure.eraseLogbookEntry(target.id, edited.id, { passphrase: PASS });
    expect(entry).toMatchObject({
      clientId: target.id,
      itemId: edited.id,
      categories: ['logbook'],
    });
    expect((await erasure.ledger.list()).map((e) => e.itemId)).toContain(edited.id);
    expect(await s.db.records.get(edited.id)).toBeUndefined();
    expect(await count(s, target.id, 'logbook-version')).toBe(0);
    expect(await s.logbook.loadDraft(target.id, edited.id)).toBeUndefined();
    expect(await s.db.changes.where('recordId').equals(edited.id).count()).toBe(0);
    const contacts = (await s.logbook.contactTimes(target.id)).map((c) => c.entryId);
    expect(contacts).not.toContain(edited.id);
    expect(contacts).toContain(other.id);
    expect((await s.logbook.list(target.id)).map((e) => e.id)).toEqual([other.id]);
    expect((await s.audit.entries({ clientId: target.id })).map((e) => e.action)).toContain(
      'erasure',
    );
    expect(await erasure.ledger.isErased(target.id)).toBe(false);
  });

  it('removes a sealed entry with its sealed versions, only with the compartment open', async () => {
    const { s, erasure, target } = await setup();
    const sealedRows = await s.vault.rowsOf(target.id, 'logbook-sealed');
    const sealedId = sealedRows[0]?.id;
    if (!sealedId) throw new Error('fixture');
    s.compartment.close();
    await expect(
      erasure.eraseLogbookEntry(target.id, sealedId, { passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'compartment-closed' });
    expect(await s.db.records.get(sealedId)).toBeDefined();
    await s.compartment.open({ clientId: target.id, purpose: 'inzageverzoek', passphrase: PASS });
    const fields = validateLogbook({
      ...newLogbookInput(new Date(2026, 9, 2, 9, 0)),
      summary: 'Aangevuld over de psychiater',
    });
    if (!fields.ok) throw new Error('fixture');
    await s.logbook.update(target.id, sealedId, fields.value);
    expect(await count(s, target.id, 'logbook-sealed-version')).toBe(1);
    await expect(
      erasure.eraseLogbookEntry(target.id, sealedId, { passphrase: 'niet de goede zin' }),
    ).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await s.db.records.get(sealedId)).toBeDefined();
    const entry = await erasure.eraseLogbookEntry(target.id, sealedId, { passphrase: PASS });
    expect(entry.itemId).toBe(sealedId);
    expect(await s.db.records.get(sealedId)).toBeUndefined();
    expect(await count(s, target.id, 'logbook-sealed-version')).toBe(0);
    expect((await s.logbook.contactTimes(target.id)).map((c) => c.entryId)).not.toContain(sealedId);
    await expect(
      erasure.eraseLogbookEntry(target.id, sealedId, { passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
