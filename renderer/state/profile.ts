import { platform } from '../platform';
import { writeBootHint } from './boot-hint';
import type { QuickUnlockPort } from '../platform/platform';

/**
 * Which vault this page works in: the coach's own ('real') or the demo with fictional
 * clients ('demo'). Each has its own IndexedDB database, and one page only ever opens one of
 * them: the profile is read once at load, and changing it reloads the page, so no store,
 * service, key or decrypted value of one vault can meet the other's.
 */
export type VaultProfile = 'real' | 'demo';

export const DATABASE_NAMES: Readonly<Record<VaultProfile, string>> = {
  real: 'koers',
  demo: 'koers-demo',
};

/**
 * The demo vault's passphrase, shown on screen. It holds fictional clients only, so it may
 * skip the strength policy; the real vault's setup screen never accepts it.
 */
export const DEMO_PASSPHRASE = 'voorbeeld';

/**
 * sessionStorage, not localStorage: a lock reloads the page and stays in the demo, but a new
 * start of the app always begins in the coach's own vault.
 */
export const PROFILE_KEY = 'koers.profile';

function readProfile(): VaultProfile {
  try {
    return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(PROFILE_KEY) === 'demo'
      ? 'demo'
      : 'real';
  } catch {
    return 'real';
  }
}

/** This page's profile, fixed for its lifetime. */
export const PROFILE: VaultProfile = readProfile();

export const isDemo = (): boolean => PROFILE === 'demo';

/**
 * The OS keystore holds one quick-unlock key, and it belongs to the real vault: the demo
 * never enrols, uses or (after a failed try) removes it.
 */
export const quickUnlockPort = (): QuickUnlockPort | undefined =>
  PROFILE === 'real' ? platform.quickUnlock : undefined;

/** Whether a demo vault was made earlier (also asked from the real profile's first screen). */
// db.ts (Dexie) loads on demand: the lock screen that asks this is drawn without it.
export const demoExists = async (): Promise<boolean> =>
  (await import('../vault/db')).databaseExists(DATABASE_NAMES.demo);

/** Deletes the demo database by its own name; the real one is never opened for this. */
export async function deleteDemoDatabase(): Promise<void> {
  writeBootHint(DATABASE_NAMES.demo, null);
  await (await import('../vault/db')).deleteDatabase(DATABASE_NAMES.demo);
}

/**
 * Opens the page again in the other profile. Where the coach was (client, tab) belongs to
 * the vault being left, so it is forgotten.
 */
export function switchProfile(next: VaultProfile, forgetKeys: readonly string[] = []): void {
  try {
    if (next === 'demo') sessionStorage.setItem(PROFILE_KEY, 'demo');
    else sessionStorage.removeItem(PROFILE_KEY);
    for (const key of forgetKeys) sessionStorage.removeItem(key);
  } catch {
    // Without sessionStorage the page stays in the real vault, which is the safe side.
  }
  location.reload();
}
