import { wipe } from '../../shared/crypto/bytes';
import { VaultError } from '../../shared/crypto/errors';
import { newestEpoch, wipeChain, type KeyChain } from '../../shared/crypto/key-chain';

/** The only holder of unwrapped keys. Locking wipes and drops every one of them. */
export class Keyring {
  private vaultKey: Uint8Array | null = null;
  /** Each client's data keys by epoch; the newest seals, all open. */
  private readonly clientKeys = new Map<string, KeyChain>();
  /** Audit keys by epoch (epoch 0: entries sealed with the pre-rotation vault key). */
  private auditKeys: KeyChain | null = null;
  /**
   * Anchor keys by epoch: sealed under a passphrase-derived key, so only an unlock with the
   * passphrase (or an opening of the compartment) yields them. They vouch for what the
   * vault key alone must not be able to forge: compartment public keys, the audit head.
   */
  private anchors: KeyChain | null = null;
  private indexKey: Uint8Array | null = null;

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

  /** The key new rows of this client are sealed with, and its epoch. */
  clientKey(clientId: string): Uint8Array | undefined {
    const chain = this.clientChain(clientId);
    return chain?.get(newestEpoch(chain));
  }

  clientEpoch(clientId: string): number {
    const chain = this.clientChain(clientId);
    if (!chain) throw new VaultError('not-found', `No key for client ${clientId}`);
    return newestEpoch(chain);
  }

  /** The key a row of the given epoch was sealed with. */
  clientKeyAt(clientId: string, epoch: number): Uint8Array | undefined {
    return this.clientChain(clientId)?.get(epoch);
  }

  clientChain(clientId: string): KeyChain | undefined {
    this.requireVaultKey();
    return this.clientKeys.get(clientId);
  }

  setClientChain(clientId: string, chain: KeyChain): void {
    this.requireVaultKey();
    wipeChain(this.clientKeys.get(clientId));
    this.clientKeys.set(clientId, chain);
  }

  setClientKey(clientId: string, key: Uint8Array, epoch = 0): void {
    this.setClientChain(clientId, new Map([[epoch, key]]));
  }

  clientIds(): string[] {
    this.requireVaultKey();
    return [...this.clientKeys.keys()];
  }

  /** Destroys a client's keys in memory, e.g. before crypto-shredding its rows. */
  dropClientKey(clientId: string): void {
    wipeChain(this.clientKeys.get(clientId));
    this.clientKeys.delete(clientId);
  }

  setAuditKeys(chain: KeyChain): void {
    this.requireVaultKey();
    wipeChain(this.auditKeys);
    this.auditKeys = chain;
  }

  requireAuditKeys(): KeyChain {
    this.requireVaultKey();
    if (!this.auditKeys) throw new VaultError('locked', 'The vault is locked');
    return this.auditKeys;
  }

  setAnchors(chain: KeyChain): void {
    this.requireVaultKey();
    wipeChain(this.anchors);
    this.anchors = chain;
  }

  /** Null after a quick unlock: nothing vouched for can be written or checked then. */
  anchorChain(): KeyChain | null {
    this.requireVaultKey();
    return this.anchors;
  }

  setIndexKey(key: Uint8Array): void {
    this.requireVaultKey();
    wipe(this.indexKey);
    this.indexKey = key;
  }

  requireIndexKey(): Uint8Array {
    this.requireVaultKey();
    if (!this.indexKey) throw new VaultError('locked', 'The vault is locked');
    return this.indexKey;
  }

  wipe(): void {
    wipe(this.vaultKey, this.indexKey);
    this.indexKey = null;
    for (const chain of this.clientKeys.values()) wipeChain(chain);
    wipeChain(this.auditKeys);
    wipeChain(this.anchors);
    this.vaultKey = null;
    this.auditKeys = null;
    this.anchors = null;
    this.clientKeys.clear();
  }
}
