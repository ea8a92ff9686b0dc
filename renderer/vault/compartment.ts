import { fromUtf8, utf8, wipe } from '../../shared/crypto/bytes';
import { randomKey } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import type { AuditLog } from './audit';
import { defaultCodec, type Codec } from './codec';
import type { RecordRow } from './db';
import type { Vault } from './vault';

/** Closes itself this long after its last use, and always on lock. */
export const COMPARTMENT_IDLE_MS = 5 * 60_000;

const clientKeyId = (clientId: string) => ({
  id: `${clientId}:compartment-key`,
  clientId,
  kind: 'compartment-client-key',
});

/**
 * The sealed compartment for special-category data (AVG art. 9). Its master key is wrapped
 * by the passphrase with its own salt (Vault.compartmentMasterKey), so an unlocked vault
 * cannot read it: opening takes the passphrase again (or an opening less than 5 minutes
 * old) and a stated purpose, and every opening goes into the audit log. Each client has its
 * own compartment key, wrapped by the master key. Quick unlock never reaches any of this.
 */
export class Compartment {
  private master: Uint8Array | null = null;
  private readonly clientKeys = new Map<string, Uint8Array>();
  private lastUsed = 0;

  constructor(
    private readonly vault: Vault,
    private readonly audit: AuditLog,
    private readonly now: () => number = Date.now,
    private readonly codec: Codec = defaultCodec,
  ) {
    vault.onBeforeLock(() => this.close());
  }

  /** Open and used within the last five minutes; an expired opening is wiped here. */
  isOpen(): boolean {
    if (this.master && this.now() - this.lastUsed < COMPARTMENT_IDLE_MS) return true;
    this.close();
    return false;
  }

  /**
   * Opens for one client with a purpose. Without a passphrase it only succeeds when an
   * opening less than five minutes old can be reused; the purpose is logged either way.
   */
  async open(req: { clientId: string; purpose: string; passphrase?: string }): Promise<void> {
    const purpose = req.purpose.trim();
    if (!purpose)
      throw new VaultError('compartment-closed', 'Opening the compartment needs a purpose');
    if (!this.isOpen()) {
      if (!req.passphrase)
        throw new VaultError('compartment-closed', 'The compartment needs the passphrase');
      this.master = await this.vault.compartmentMasterKey(req.passphrase);
    }
    this.lastUsed = this.now();
    await this.audit.append({ action: 'compartment-open', clientId: req.clientId, purpose });
  }

  /** Seals one client's special-category data again at once (consent withdrawn, erasure). */
  forget(clientId: string): void {
    wipe(this.clientKeys.get(clientId));
    this.clientKeys.delete(clientId);
    this.notify();
  }

  private readonly listeners = new Set<() => void>();

  /** Called whenever the compartment opens or closes, so screens can hide sealed content. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  close(): void {
    wipe(this.master, ...this.clientKeys.values());
    this.master = null;
    this.clientKeys.clear();
    this.notify();
  }

  async seal<T>(row: { id: string; clientId: string; kind: string; data: T }): Promise<RecordRow> {
    const key = await this.clientKey(row.clientId);
    return {
      id: row.id,
      clientId: row.clientId,
      kind: row.kind,
      sealed: this.codec.seal(
        key,
        { id: row.id, clientId: row.clientId, kind: row.kind, v: 1 },
        utf8(JSON.stringify(row.data)),
      ),
    };
  }

  async openRecord<T>(row: RecordRow): Promise<T> {
    const key = await this.clientKey(row.clientId);
    return JSON.parse(fromUtf8(this.codec.open(key, row, row.sealed).body)) as T;
  }

  private async clientKey(clientId: string): Promise<Uint8Array> {
    if (!this.isOpen() || !this.master)
      throw new VaultError('compartment-closed', 'The compartment is closed');
    this.lastUsed = this.now();
    const known = this.clientKeys.get(clientId);
    if (known) return known;
    const db = this.vault.database;
    const id = clientKeyId(clientId);
    const stored = await db.records.get(id.id);
    let key: Uint8Array;
    if (stored) {
      key = this.codec.open(this.master, id, stored.sealed).body.slice();
    } else {
      key = randomKey();
      await db.records.put({ ...id, sealed: this.codec.seal(this.master, { ...id, v: 1 }, key) });
    }
    this.clientKeys.set(clientId, key);
    return key;
  }
}
