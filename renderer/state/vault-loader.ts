import type { Vault } from '../vault/vault';

/**
 * The vault (Dexie, tweetnacl, the KDF client) comes in a chunk of its own: the lock screen
 * is drawn without it, so a launch is ready to type sooner (issue 11: within 300 ms). The
 * boot check fetches it right after the first paint, and every passphrase prompt awaits it
 * before the first try; from then on `loadedVault()` has it.
 */
let loaded: Vault | null = null;
let loading: Promise<Vault> | null = null;

export function loadVault(): Promise<Vault> {
  loading ??= import('./vault-instance').then(
    (m) => (loaded = m.vault),
    (e: unknown) => {
      // A failed fetch (a file missing from a broken install) is tried again next time.
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The vault once its chunk has loaded; null before (and then nothing can be unlocked). */
export const loadedVault = (): Vault | null => loaded;

/** How long every passphrase prompt must still wait (the shared back-off); 0 when it need not. */
export const retryAfterMs = async (): Promise<number> => (await loadVault()).retryAfterMs();
