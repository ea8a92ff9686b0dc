import { KoersDb } from '../vault/db';
import { deriveKeyInWorker } from '../vault/kdf-client';
import { Vault } from '../vault/vault';
import { DATABASE_NAMES, PROFILE } from './profile';

/**
 * The one vault of this app: it outlives lock and unlock (it knows whether a vault exists,
 * keeps the back-off, and holds the keys while unlocked). Everything built on top of it for
 * an unlocked session lives in services.ts. Its database is the profile's (profile.ts): the
 * coach's own, or the demo's, never both in one page.
 */
/**
 * The profile's database: a backup restore fills it before any vault exists
 * (state/backups.ts), and office sync watches its records table for changes (state/sync.ts).
 */
export const vaultDb = new KoersDb(DATABASE_NAMES[PROFILE]);

export const vault = new Vault({
  db: vaultDb,
  deriveKey: deriveKeyInWorker,
});

/** How long every passphrase prompt must still wait (the shared back-off); 0 when it need not. */
export const retryAfterMs = (): Promise<number> => vault.retryAfterMs();
