import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { ClientRecords } from '../../../../renderer/vault/records';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const r = validateClient({ ...emptyClientInput(), achternaam: 'Jansen' });
  if (!r.ok) throw new Error('fixture');
  const clients = new ClientRepository(vault);
  const a = await clients.create(r.value);
  const b = await clients.create(r.value);
  return { db, vault, a, b };
}

describe('client records', () => {
  it('saves, lists per client and across clients, and updates with a change row per save', async () => {
    const { db, vault, a, b } = await setup();
    const notes = new ClientRecords<{ text: string }>(vault, 'logbook');
    const first = await notes.save(a.id, { text: 'eerste' });
    await notes.save(b.id, { text: 'andere cliënt' });
    await notes.save(a.id, { text: 'gewijzigd' }, first.id);
    expect((await notes.list(a.id)).map((n) => n.data.text)).toEqual(['gewijzigd']);
    expect((await notes.listAll()).map((n) => n.data.text).sort()).toEqual([
      'andere cliënt',
      'gewijzigd',
    ]);
    expect(await db.changes.where('recordId').equals(first.id).count()).toBe(2);
  });

  it('refuses to save a record under another client or kind', async () => {
    const { vault, a, b } = await setup();
    const notes = new ClientRecords<{ text: string }>(vault, 'logbook');
    const n = await notes.save(a.id, { text: 'x' });
    await expect(notes.save(b.id, { text: 'y' }, n.id)).rejects.toBeInstanceOf(VaultError);
    await expect(new ClientRecords(vault, 'cv').get(n.id)).rejects.toMatchObject({
      code: 'misplaced',
    });
  });

  it('seals document chunks bound to their document and position', async () => {
    const { vault, a } = await setup();
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const c0 = vault.sealChunk(a.id, 'doc1', 0, bytes);
    expect(Array.from(vault.openChunk(c0))).toEqual([1, 2, 3, 4]);
    const swapped = { ...vault.sealChunk(a.id, 'doc1', 1, bytes), sealed: c0.sealed };
    expect(() => vault.openChunk(swapped)).toThrow(VaultError);
  });
});
