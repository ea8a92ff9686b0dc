import { databaseExists, KoersDb } from '../vault/db';
import { deriveKeyInWorker } from '../vault/kdf-client';
import { Vault } from '../vault/vault';
import { browserBuckets, openVaultStore, type PointerStore } from '../vault/vault-store';
import { DATABASE_NAMES, PROFILE } from './profile';

function localPointer(): PointerStore | null {
  try {
    if (typeof localStorage === 'undefined') return null;
    return {
      get: (k) => localStorage.getItem(k),
      set: (k, v) => localStorage.setItem(k, v),
      remove: (k) => localStorage.removeItem(k),
    };
  } catch {
    return null;
  }
}

/**
 * Where the coach's vault lives: a storage bucket of its own where the browser has them, so
 * an erasure can move the vault to a fresh one and delete the old one whole (vault-store.ts).
 * The demo stays in the default store: its clients are fictional.
 */
export const vaultStore = await openVaultStore({
  places: PROFILE === 'real' ? browserBuckets() : null,
  pointer: localPointer(),
  fallback: indexedDB,
  keyRange: IDBKeyRange,
  legacyExists: () => databaseExists(DATABASE_NAMES[PROFILE]),
});

/**
 * The one vault of this app: it outlives lock and unlock (it knows whether a vault exists,
 * keeps the back-off, and holds the keys while unlocked). Everything built on top of it for
 * an unlocked session lives in services.ts. Its database is the profile's (profile.ts): the
 * coach's own, or the demo's, never both in one page.
 */
/**
 * The profile's database, in the vault's storage place (vault-store.ts): a backup restore
 * fills it before any vault exists (state/backups.ts), and office sync watches its records
 * table for changes (state/sync.ts).
 */
export const vaultDb = new KoersDb(DATABASE_NAMES[PROFILE], vaultStore.deps);
export const vault = new Vault({ db: vaultDb, deriveKey: deriveKeyInWorker });

// A move an earlier session started and did not finish (a crash): finished before anything
// is read, so the old place with the erased rows does not stay behind.
if (vaultStore.movePending()) await vaultStore.relocate(vaultDb).catch(() => undefined);

/** How long every passphrase prompt must still wait (the shared back-off); 0 when it need not. */
export const retryAfterMs = (): Promise<number> => vault.retryAfterMs();
