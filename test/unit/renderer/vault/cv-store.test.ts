import { describe, expect, it } from 'vitest';
import { CvStore } from '../../../../renderer/vault/cv';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { emptyCv, moveToIndex } from '../../../../shared/domain/cv';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';
import { fullCv, person } from '../features/cv/fixtures';

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const client = await new ClientRepository(vault).create(person());
  return { db, vault, client, store: new CvStore(vault) };
}

describe('CV in the vault', () => {
  it('starts empty, then keeps one sealed record per client in the saved order', async () => {
    const { db, vault, client, store } = await setup();
    expect(await store.load(client.id)).toEqual({ id: undefined, cv: emptyCv(), updatedAt: null });

    const cv = fullCv();
    const first = await store.save(client.id, cv);
    const reordered = { ...cv, work: moveToIndex(cv.work, 'w2', 0) };
    const second = await store.save(client.id, reordered, first.id);
    expect(second.id).toBe(first.id);

    // After a lock and unlock the CV reads back in the new order.
    await vault.lock();
    await vault.unlock(PASS);
    await new ClientRepository(vault).listAll(); // as the app does at unlock
    const loaded = await store.load(client.id);
    expect(loaded.id).toBe(first.id);
    expect(loaded.cv.work.map((w) => w.id)).toEqual(['w2', 'w1']);
    expect(loaded.cv).toEqual(reordered);
    expect(loaded.updatedAt).toBe(second.updatedAt);

    const rows = await db.records
      .where({ clientId: client.id, kind: vault.kindTag('cv') })
      .toArray();
    expect(rows).toHaveLength(1);
    // Sealed: the stored row holds none of the CV's text.
    const raw = new TextDecoder('latin1').decode(rows[0]?.sealed as Uint8Array);
    for (const text of ['Orderpicker', 'Bol.com', 'Petra Smit']) expect(raw).not.toContain(text);
    // Every save left a change row for a later sync.
    expect(await db.changes.where('recordId').equals(first.id).count()).toBe(2);
  });

  it('seals unsaved edits in a lock hook, keeps them across the lock, and forgets them on discard', async () => {
    const { db, vault, client, store } = await setup();
    const edits = {
      draft: { profile: 'Zorgvuldige orderpicker Brouwersgracht' },
      recordId: undefined,
    };
    vault.onBeforeLock(() => store.saveDraft(client.id, edits));
    await vault.lock();
    // Only ciphertext on disk.
    const rows = await db.records.toArray();
    expect(rows.map((r) => Buffer.from(r.sealed).toString('latin1')).join('')).not.toContain(
      'Brouwersgracht',
    );
    await vault.unlock(PASS);
    await new ClientRepository(vault).listAll();
    expect((await store.loadDraft(client.id))?.draft).toEqual(edits);
    await store.discardDraft(client.id);
    expect(await store.loadDraft(client.id)).toBeUndefined();
  });
});
