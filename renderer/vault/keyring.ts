import { wipe } from '../../shared/crypto/bytes';
import { VaultError } from '../../shared/crypto/errors';

/** The only holder of unwrapped keys. Locking wipes and drops every one of them. */
export class Keyring {
  private vaultKey: Uint8Array | null = null;
  private readonly clientKeys = new Map<string, Uint8Array>();

  get unlocked(): boolean {
    return this.vaultKey !== null;
  }

  setVaultKey(key: Uint8Array): void {
    this.wipe();
    this.vaultKey = key;
  }

  requireVaultKey(): Uint8Array {
    if (!this.vaultKey) throw new VaultError('locked', 'The vault is locked');
    return this.vaultKey;
  }

  clientKey(clientId: string): Uint8Array | undefined {
    this.requireVaultKey();
    return this.clientKeys.get(clientId);
  }

  setClientKey(clientId: string, key: Uint8Array): void {
    this.requireVaultKey();
    this.clientKeys.set(clientId, key);
  }

  /** Destroys a client's key in memory, e.g. before crypto-shredding its rows. */
  dropClientKey(clientId: string): void {
    wipe(this.clientKeys.get(clientId));
    this.clientKeys.delete(clientId);
  }

  wipe(): void {
    wipe(this.vaultKey, ...this.clientKeys.values());
    this.vaultKey = null;
    this.clientKeys.clear();
  }
}
