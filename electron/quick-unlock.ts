// Optional quick unlock: the general-vault key, sealed by the OS keystore through safeStorage,
// so a coach can unlock with the OS login. Off until the renderer enables it after the user
// opts in. Never used for the special-category compartment, whose key needs a fresh
// passphrase check every time; main cannot tell keys apart, so the renderer must hold to that
// and this module keeps exactly one 32-byte slot to make misuse stand out.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { SafeStorage } from 'electron';
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
}

type Availability =
  { available: true } | { available: false; reason: QuickUnlockUnavailableReason };

export function createQuickUnlock(deps: QuickUnlockDeps) {
  const { safeStorage, platform, file } = deps;

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

    async unlock(): Promise<QuickUnlockUnlockResult> {
      if (!(await availability()).available) return null;
      const sealed = await readSealed();
      if (sealed === null) return null;
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed);
        const secret = new Uint8Array(Buffer.from(result, 'base64'));
        if (secret.byteLength !== QUICK_UNLOCK_SECRET_BYTES) return null;
        // The OS rotated its key: reseal so the next unlock does not depend on the old one.
        if (shouldReEncrypt) await writeSealed(secret);
        return { secret };
      } catch {
        // Keystore reset, other user, copied file: fall back to the passphrase.
        return null;
      }
    },

    async disable(): Promise<QuickUnlockStatus> {
      await rm(file, { force: true });
      return status();
    },
  };
}
