import { wipe } from '../../shared/crypto/bytes';
import { randomKey, type SealedIdentity } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import type { Codec } from './codec';
import type { KoersDb, QuickUnlockMeta } from './db';
import { openKeyCopy } from './vault-keys';

const WRAPPED_ID: SealedIdentity = {
  id: 'quick-unlock',
  clientId: '-',
  kind: 'quick-unlock-vault-key',
};

/**
 * Quick unlock without handing the vault key to the OS keystore. The keystore holds only a
 * random key Q; the vault holds the vault key sealed with Q (meta row 'quick-unlock').
 * Q is replaced by a fresh one on every use and on every passphrase change; turning quick
 * unlock off deletes the sealed row, so an old Q (from a backup, a copied keychain, a
 * previous use) opens nothing.
 */
export class QuickUnlockStore {
  constructor(
    private readonly db: KoersDb,
    private readonly codec: Codec,
  ) {}

  async enrolled(): Promise<boolean> {
    return (await this.db.meta.get('quick-unlock')) !== undefined;
  }

  /** Seals `vaultKey` under a fresh Q and returns Q, for the OS keystore only. */
  async wrap(vaultKey: Uint8Array): Promise<Uint8Array> {
    const q = randomKey();
    const row: QuickUnlockMeta = {
      key: 'quick-unlock',
      wrapped: this.codec.seal(q, { ...WRAPPED_ID, v: 1 }, vaultKey),
    };
    await this.db.meta.put(row);
    return q;
  }

  /**
   * The vault key sealed under `q`, and a fresh Q' that replaces it (already stored here;
   * the caller hands Q' to the keystore). Wipes `q` whatever happens.
   */
  async open(q: Uint8Array): Promise<{ vaultKey: Uint8Array; next: Uint8Array }> {
    try {
      const row = (await this.db.meta.get('quick-unlock')) as QuickUnlockMeta | undefined;
      if (!row) throw new VaultError('not-found', 'Quick unlock is not turned on');
      let vaultKey: Uint8Array;
      try {
        vaultKey = openKeyCopy(this.codec, q, WRAPPED_ID, row.wrapped).key;
      } catch {
        throw new VaultError('wrong-passphrase', 'The stored quick-unlock key is not current');
      }
      return { vaultKey, next: await this.wrap(vaultKey) };
    } finally {
      wipe(q);
    }
  }

  /**
   * After a passphrase change: seal the (new) vault key under a fresh Q and return Q for
   * the keystore, or null when quick unlock is off. The previous Q opens nothing after this.
   */
  async rewrap(vaultKey: Uint8Array): Promise<Uint8Array | null> {
    if (!(await this.enrolled())) return null;
    return this.wrap(vaultKey);
  }

  /** Turned off: the sealed vault key is gone, so no stored or copied Q opens anything. */
  async drop(): Promise<void> {
    await this.db.meta.delete('quick-unlock');
  }
}
