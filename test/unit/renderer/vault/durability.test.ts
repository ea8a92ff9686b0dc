import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KoersDb } from '../../../../renderer/vault/db';
import { freshDb } from '../../../fixtures/test-vault';

/**
 * "Opgeslagen" means on disk: every transaction of the vault asks IndexedDB for strict
 * durability, so `complete` fires only after the flush (Chromium ≥ 121 defaults to relaxed).
 */
describe('vault durability', () => {
  it('configures the vault database for strict durability', () => {
    const db = new KoersDb('durability-default-name-check');
    expect(
      (db as unknown as { _options: { chromeTransactionDurability?: string } })._options,
    ).toMatchObject({ chromeTransactionDurability: 'strict' });
  });

  it('opens every read-write transaction strict', async () => {
    const db = freshDb();
    let durability: string | undefined;
    await db.transaction('rw', db.meta, async () => {
      const trans = Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction };
      durability = trans.idbtrans.durability;
      await db.meta.put({ key: 'probe' } as never);
    });
    expect(durability).toBe('strict');
    db.close();
  });
});
