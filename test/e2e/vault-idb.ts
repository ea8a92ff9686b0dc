import type { Page } from '@playwright/test';

/**
 * The sealed bytes of every row of one client (its key row, records, chunks), as stored,
 * read in the page. The vault lives in a storage bucket that an erasure replaces
 * (renderer/vault/vault-store.ts): the current one is named in localStorage, as the app
 * reads it. `clientId` null: the only client there is.
 */
export const clientRowBytes = (page: Page, clientId: string | null) =>
  page.evaluate(async (clientId) => {
    const buckets = (
      navigator as unknown as {
        storageBuckets?: {
          keys(): Promise<string[]>;
          open(n: string): Promise<{ indexedDB: IDBFactory }>;
        };
      }
    ).storageBuckets;
    const ours = buckets ? (await buckets.keys()).filter((n) => /^koers-vault-\d+$/.test(n)) : [];
    const current = localStorage.getItem('koers.vault-store') ?? ours[0];
    const factory = buckets && current ? (await buckets.open(current)).indexedDB : indexedDB;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('koers');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error);
      });
    const keys = await all('clientKeys');
    // A client's own record has the client's id; the financial records' owner (a key row of
    // its own, kept through an erasure) has none, so it is not counted as a client.
    const recordIds = new Set((await all('records')).map((r) => r.id as string));
    const clientIds = keys.map((k) => k.clientId as string).filter((c) => recordIds.has(c));
    const id = clientId ?? (clientIds[0] as string);
    const rows: { table: string; bytes: number[] }[] = [];
    for (const table of ['clientKeys', 'records', 'chunks']) {
      for (const row of await all(table)) {
        if (row.clientId !== id) continue;
        rows.push({ table, bytes: Array.from(row.sealed as Uint8Array) });
      }
    }
    db.close();
    return { clientId: id, rows, bucket: current ?? null, clientCount: clientIds.length };
  }, clientId);
