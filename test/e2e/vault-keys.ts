import type { Page } from '@playwright/test';
import { open, type SealedIdentity } from '../../shared/crypto/envelope';
import type { KdfParams } from '../../shared/crypto/kdf';

/**
 * What an attacker (or a test) can read off the profile: the stored rows, ciphertext only.
 * With the passphrase, or with a vault key from a memory dump, the keys follow from them.
 */
export type Stored = Record<string, number[] | string | number | Record<string, unknown>>;

/** The rows the keys can be computed from, straight from IndexedDB (ciphertext only). */
export const readStore = (page: Page) =>
  page.evaluate(async () => {
    // The vault lives in the storage bucket named in localStorage (renderer/vault/vault-store.ts).
    const buckets = (
      navigator as unknown as {
        storageBuckets?: { open(n: string): Promise<{ indexedDB: IDBFactory }> };
      }
    ).storageBuckets;
    const bucket = localStorage.getItem('koers.vault-store');
    const factory = buckets && bucket ? (await buckets.open(bucket)).indexedDB : indexedDB;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('koers');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    // Uint8Arrays become number arrays on the way out of the page.
    const plain = (v: unknown): unknown =>
      v instanceof Uint8Array
        ? Array.from(v)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
          : v;
    const records = (await all('records')) as { id: string }[];
    const recordIds = new Set(records.map((r) => r.id));
    const out = {
      meta: (await all('meta')).map(plain),
      // Clients' key rows only: a client's own record carries its id, while the financial
      // records' owner (its own key row, kept through an erasure) has no such record.
      clientKeys: ((await all('clientKeys')) as { clientId: string }[])
        .filter((k) => recordIds.has(k.clientId))
        .map(plain),
      records: records.map(plain),
    };
    db.close();
    return out as { meta: Stored[]; clientKeys: Stored[]; records: Stored[] };
  });

export const bytes = (v: unknown) => new Uint8Array(v as number[]);
export const kdfOf = (row: Stored): KdfParams => {
  const k = row.kdf as unknown as KdfParams & { salt: number[] };
  return { ...k, salt: bytes(k.salt) };
};
export const openBody = (key: Uint8Array, id: SealedIdentity, sealed: unknown) =>
  open(key, id, bytes(sealed)).body.slice();
