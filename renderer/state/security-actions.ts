import { wipe } from '../../shared/crypto/bytes';
import type { QuickUnlockStatus } from '../platform/platform';
import { quickUnlockPort } from './profile';
import { services } from './services';
import { vault } from './vault-instance';

/**
 * The security operations of the settings screen. Keys pass through here and the vault,
 * never through a component: a screen gets a status, not a key.
 */

/** A new passphrase and new keys (Vault.changePassphrase), logged; quick unlock follows. */
export async function changePassphrase(current: string, next: string): Promise<void> {
  await vault.changePassphrase(current, next);
  await services().audit.append({ action: 'passphrase-change', clientId: null });
  await rotateQuickUnlock();
}

/**
 * Turns quick unlock on: the keystore gets a random key that opens the vault key sealed in
 * the vault, never the vault key itself. Asks the passphrase (with the shared back-off).
 */
export async function enableQuickUnlock(passphrase: string): Promise<QuickUnlockStatus> {
  const port = quickUnlockPort();
  if (!port) throw new Error('No keystore here');
  const key = await vault.enrollQuickUnlock(passphrase);
  try {
    await port.enable(key);
  } finally {
    wipe(key);
  }
  const now = await port.status();
  // The keystore refused: nothing may stay sealed under a key nobody holds.
  if (!now.enrolled) await vault.disableQuickUnlock();
  else await services().audit.append({ action: 'quick-unlock-enrolled', clientId: null });
  return now;
}

/** The vault's sealed copy goes first: from then on no stored or copied key opens anything. */
export async function disableQuickUnlock(): Promise<QuickUnlockStatus | null> {
  const port = quickUnlockPort();
  await vault.disableQuickUnlock();
  if (!port) return null;
  await port.disable();
  await services().audit.append({ action: 'quick-unlock-removed', clientId: null });
  return port.status();
}

// Kept beside the vault: the lock screen asks it, without loading the session's services.
export { retryAfterMs } from './vault-instance';

/**
 * A new passphrase gets a new quick-unlock key: the vault key is sealed again under a
 * fresh one and the keystore's copy replaced, so the key stored before the change opens
 * nothing. Best effort: on failure quick unlock is turned off rather than left half-done.
 */
export async function rotateQuickUnlock(): Promise<void> {
  const q = await vault.rewrapQuickUnlock().catch(() => null);
  if (!q) return;
  try {
    const port = quickUnlockPort();
    if (!port) throw new Error('No keystore here');
    await port.enable(q);
  } catch {
    await vault.disableQuickUnlock();
    await quickUnlockPort()
      ?.disable()
      .catch(() => undefined);
  } finally {
    wipe(q);
  }
}
