// Optional quick unlock: a random 32-byte key Q, sealed by the OS keystore through safeStorage,
// so a coach can unlock with the OS login. Q is not the vault key: it opens a copy of the vault
// key sealed inside the vault (renderer/vault/quick-unlock.ts), and the renderer replaces Q
// after every use, on a passphrase change, and deletes both when the feature is turned off.
// Main releases Q only while the lock screen is up, once per showing of it, and on a Mac with
// Touch ID only after the fingerprint. Windows Hello has no Electron API: there the OS login
// (which unlocks the DPAPI key safeStorage uses) is the only check.
// Never used for the special-category compartment, whose key needs a fresh passphrase check
// every time; this module keeps exactly one 32-byte slot to make misuse stand out.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { SafeStorage, SystemPreferences } from 'electron';
import {
  QUICK_UNLOCK_SECRET_BYTES,
  type QuickUnlockEnableRequest,
  type QuickUnlockStatus,
  type QuickUnlockUnavailableReason,
  type QuickUnlockUnlockResult,
} from '../shared/ipc/contract';

export interface QuickUnlockDeps {
  safeStorage: Pick<
    SafeStorage,
    | 'isAsyncEncryptionAvailable'
    | 'encryptStringAsync'
    | 'decryptStringAsync'
    | 'getSelectedStorageBackend'
  >;
  platform: NodeJS.Platform;
  /** Where the sealed key lives, in app.getPath('userData'). */
  file: string;
  /** For Touch ID on macOS; the prompt is required wherever canPromptTouchID() says yes. */
  systemPreferences?: Pick<SystemPreferences, 'canPromptTouchID' | 'promptTouchID'>;
}

/** Shown by macOS as "Koers wants to …". */
export const TOUCH_ID_REASON = 'Koers ontgrendelen';

type Availability =
  { available: true } | { available: false; reason: QuickUnlockUnavailableReason };

export function createQuickUnlock(deps: QuickUnlockDeps) {
  const { safeStorage, platform, file, systemPreferences } = deps;
  // The lock screen's own report: Q goes out only while it is up, at most once per showing.
  let lockScreenUp = false;
  let releasedThisShowing = false;
  let releasing = false;

  /** Touch ID where the Mac has it; true where the OS offers no such check to Electron. */
  async function userVerified(): Promise<boolean> {
    if (platform !== 'darwin' || !systemPreferences) return true;
    let can: boolean;
    try {
      can = systemPreferences.canPromptTouchID();
    } catch {
      can = false;
    }
    if (!can) return true;
    try {
      await systemPreferences.promptTouchID(TOUCH_ID_REASON);
      return true;
    } catch {
      return false; // Cancelled or not recognised: the passphrase, then.
    }
  }

  async function availability(): Promise<Availability> {
    if (platform === 'linux') {
      const backend = safeStorage.getSelectedStorageBackend();
      // basic_text "encrypts" with a password compiled into Chromium: anyone who copies the
      // file can open it, which is worse than no quick unlock at all.
      if (backend === 'basic_text') return { available: false, reason: 'linux-basic-text' };
      if (backend === 'unknown') return { available: false, reason: 'encryption-unavailable' };
    }
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      return { available: false, reason: 'encryption-unavailable' };
    }
    return { available: true };
  }

  async function readSealed(): Promise<Buffer | null> {
    try {
      return await readFile(file);
    } catch {
      return null;
    }
  }

  async function writeSealed(secret: Uint8Array): Promise<void> {
    const sealed = await safeStorage.encryptStringAsync(Buffer.from(secret).toString('base64'));
    const temp = `${file}.tmp`;
    await writeFile(temp, sealed, { mode: 0o600 });
    await rename(temp, file);
  }

  async function status(): Promise<QuickUnlockStatus> {
    const [avail, sealed] = await Promise.all([availability(), readSealed()]);
    const enrolled = sealed !== null;
    return avail.available
      ? { available: true, enrolled }
      : { available: false, enrolled, reason: avail.reason };
  }

  return {
    status,

    async enable(request: QuickUnlockEnableRequest): Promise<QuickUnlockStatus> {
      if ((await availability()).available) await writeSealed(request.secret);
      return status();
    },

    /** The lock screen appeared (true) or went away (false). */
    lockScreen(shown: boolean): void {
      if (shown && !lockScreenUp) releasedThisShowing = false;
      lockScreenUp = shown;
    },

    async unlock(): Promise<QuickUnlockUnlockResult> {
      // Asked by anything but a lock screen that has not had Q yet: refused before the
      // keystore or Touch ID is touched.
      if (!lockScreenUp || releasedThisShowing || releasing) return null;
      releasing = true;
      try {
        if (!(await availability()).available) return null;
        const sealed = await readSealed();
        if (sealed === null) return null;
        if (!(await userVerified())) return null;
        let secret: Uint8Array<ArrayBuffer>;
        try {
          const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed);
          secret = new Uint8Array(Buffer.from(result, 'base64'));
          if (secret.byteLength !== QUICK_UNLOCK_SECRET_BYTES) return null;
          // The OS rotated its key: reseal so the next unlock does not depend on the old one.
          if (shouldReEncrypt) await writeSealed(secret);
        } catch {
          // Keystore reset, other user, copied file: fall back to the passphrase.
          return null;
        }
        releasedThisShowing = true;
        return { secret };
      } finally {
        releasing = false;
      }
    },

    async disable(): Promise<QuickUnlockStatus> {
      await rm(file, { force: true });
      return status();
    },
  };
}
