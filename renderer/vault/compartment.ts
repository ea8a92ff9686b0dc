import { fromHex, fromUtf8, secretCopy, toHex, utf8, wipe } from '../../shared/crypto/bytes';
import { VaultError } from '../../shared/crypto/errors';
import { keyPairFromSecret, newBoxKeyPair } from '../../shared/crypto/sealed-box';
import type { AuditLog } from './audit';
import { defaultCodec, type Codec } from './codec';
import type { RecordRow } from './db';
import type { Vault } from './vault';

/** Closes itself this long after its last use, and always on lock. */
export const COMPARTMENT_IDLE_MS = 5 * 60_000;

export const COMPARTMENT_CLIENT_KEY_KIND = 'compartment-client-key';
const clientKeyId = (clientId: string) => `${clientId}:compartment-key`;

/** A client's compartment key pair as stored: the secret only as sealed to the master. */
interface StoredClientKeyPair {
  publicKey: string;
  wrappedSecret: string;
}

export interface CompartmentOptions {
  now?: () => number;
  codec?: Codec;
  /** Whether a valid consent or other legal ground is on record (consent register). */
  legalGround?: (clientId: string) => Promise<boolean>;
  /** Schedules the idle close so screens hide sealed content on time; none in unit tests. */
  setTimer?: (fn: () => void, ms: number) => () => void;
}

const browserTimer = (fn: () => void, ms: number) => {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
};

/**
 * The sealed compartment for special-category data (AVG art. 9).
 *
 * Keys: a master key pair whose secret is wrapped by the passphrase with its own salt
 * (Vault.compartmentMasterKey), and a key pair per client whose secret is sealed to the
 * master public key. Records are sealed to the client's public key, then wrapped once more
 * with the client's data key (which binds them to their row and makes erasure by key
 * destruction cover them too). So an unlocked vault can WRITE sealed data — a coach can
 * seal a logbook entry mid-session — but READING needs the passphrase again (or an opening
 * less than five minutes old) and a stated purpose, and every opening is audited.
 */
export class Compartment {
  private master: Uint8Array | null = null;
  private lastUsed = 0;
  /** Clients opened with a purpose during the current opening, with their secret keys. */
  private readonly secrets = new Map<string, Uint8Array>();
  private readonly publicKeys = new Map<string, Uint8Array>();
  private readonly listeners = new Set<() => void>();
  private cancelTimer: (() => void) | null = null;
  private readonly now: () => number;
  private readonly codec: Codec;
  private readonly legalGround: (clientId: string) => Promise<boolean>;
  private readonly setTimer: CompartmentOptions['setTimer'];

  constructor(
    private readonly vault: Vault,
    private readonly audit: AuditLog,
    options: CompartmentOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.codec = options.codec ?? defaultCodec;
    this.legalGround = options.legalGround ?? (() => Promise.resolve(true));
    this.setTimer = options.setTimer ?? (options.now ? undefined : browserTimer);
    vault.onBeforeLock(() => {
      this.close();
      // Public keys are harmless, but lock forgets every key. Later, so a draft's
      // before-lock hook that runs after this one can still seal to them.
      queueMicrotask(() => this.publicKeys.clear());
    });
  }

  /** Open and used within the last five minutes; an expired opening is wiped here. */
  isOpen(): boolean {
    if (this.master && this.now() - this.lastUsed < COMPARTMENT_IDLE_MS) return true;
    this.close();
    return false;
  }

  /** Opened for this client (with a purpose) and still open. */
  isOpenFor(clientId: string): boolean {
    return this.isOpen() && this.secrets.has(clientId);
  }

  /** As isOpenFor, without closing an expired opening: safe to call while rendering. */
  peekOpenFor(clientId: string): boolean {
    return (
      this.master !== null &&
      this.secrets.has(clientId) &&
      this.now() - this.lastUsed < COMPARTMENT_IDLE_MS
    );
  }

  /** When the current opening closes by itself if left unused (ms since epoch), or null. */
  closesAt(): number | null {
    return this.isOpen() ? this.lastUsed + COMPARTMENT_IDLE_MS : null;
  }

  /** Throws VaultError('no-legal-ground') unless the consent register allows processing. */
  async requireLegalGround(clientId: string): Promise<void> {
    if (!(await this.legalGround(clientId)))
      throw new VaultError('no-legal-ground', 'No legal ground for special-category data');
  }

  /**
   * Opens one client's sealed data with a purpose. Without a passphrase it only succeeds
   * when an opening less than five minutes old can be reused; the purpose is logged either
   * way. Refused for a client with no valid consent or other legal ground.
   */
  async open(req: { clientId: string; purpose: string; passphrase?: string }): Promise<void> {
    const purpose = req.purpose.trim();
    if (!purpose)
      throw new VaultError('compartment-closed', 'Opening the compartment needs a purpose');
    await this.requireLegalGround(req.clientId);
    let master = this.isOpen() ? this.master : null;
    const fresh = master === null;
    if (!master) {
      if (!req.passphrase)
        throw new VaultError('compartment-closed', 'The compartment needs the passphrase');
      master = await this.vault.compartmentMasterKey(req.passphrase);
    }
    try {
      const secret = await this.clientSecret(req.clientId, master);
      // Logged before anything opens: a refused entry (e.g. a purpose naming a diagnosis)
      // means no opening.
      await this.audit.append({ action: 'compartment-open', clientId: req.clientId, purpose });
      this.master = master;
      wipe(this.secrets.get(req.clientId));
      this.secrets.set(req.clientId, secret);
    } catch (e) {
      if (fresh) wipe(master);
      throw e;
    }
    this.touch();
    this.notify();
  }

  /** Seals one client's data again at once (consent withdrawn, erasure, session mode). */
  forget(clientId: string): void {
    if (!this.secrets.has(clientId)) return;
    wipe(this.secrets.get(clientId));
    this.secrets.delete(clientId);
    this.notify();
  }

  close(): void {
    const wasOpen = this.master !== null;
    wipe(this.master, ...this.secrets.values());
    this.master = null;
    this.secrets.clear();
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (wasOpen) this.notify();
  }

  /** Called whenever the compartment opens or closes, so screens can hide sealed content. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads (or creates) the client's public key, so sealSync works, e.g. in a lock hook. */
  async prepare(clientId: string): Promise<void> {
    if (this.publicKeys.has(clientId)) return;
    const db = this.vault.database;
    const row = await db.records.get(clientKeyId(clientId));
    if (row) {
      const pair = this.vault.openRecord<StoredClientKeyPair>(row).data;
      this.publicKeys.set(clientId, fromHex(pair.publicKey));
      return;
    }
    const masterPublic = await this.vault.compartmentPublicKey();
    if (!masterPublic) throw new VaultError('compartment-closed', 'No compartment yet');
    const pair = newBoxKeyPair();
    const stored: StoredClientKeyPair = {
      publicKey: toHex(pair.publicKey),
      wrappedSecret: toHex(this.codec.sealTo(masterPublic, pair.secretKey)),
    };
    wipe(pair.secretKey);
    await db.records.put(
      this.vault.sealRecord({
        id: clientKeyId(clientId),
        clientId,
        kind: COMPARTMENT_CLIENT_KEY_KIND,
        data: stored,
        clock: {},
      }),
    );
    this.publicKeys.set(clientId, pair.publicKey);
  }

  /** Seals into the compartment. Needs no opening: writing is not reading. */
  async seal<T>(row: { id: string; clientId: string; kind: string; data: T }): Promise<RecordRow> {
    await this.prepare(row.clientId);
    return this.sealSync(row);
  }

  /** As seal(), synchronously, for a client whose key was prepared. */
  sealSync<T>(row: { id: string; clientId: string; kind: string; data: T }): RecordRow {
    const publicKey = this.publicKeys.get(row.clientId);
    if (!publicKey) throw new VaultError('not-found', 'Compartment key not prepared');
    const inner = this.codec.sealTo(publicKey, utf8(JSON.stringify(row.data)));
    return this.vault.sealClientBytes(
      { id: row.id, clientId: row.clientId, kind: row.kind },
      inner,
    );
  }

  /** Opens a sealed record; only while opened for its client. */
  async openRecord<T>(row: RecordRow): Promise<T> {
    const secret = this.secrets.get(row.clientId);
    if (!this.isOpen() || !secret)
      throw new VaultError('compartment-closed', 'The compartment is closed for this client');
    this.touch();
    const inner = this.vault.openClientBytes(row);
    const plain = this.codec.openSealed(secret, inner);
    const data = JSON.parse(fromUtf8(plain)) as T;
    wipe(plain, inner);
    return data;
  }

  private async clientSecret(clientId: string, master: Uint8Array): Promise<Uint8Array> {
    await this.prepare(clientId);
    const row = await this.vault.database.records.get(clientKeyId(clientId));
    if (!row) throw new VaultError('not-found', 'Compartment key missing');
    const stored = this.vault.openRecord<StoredClientKeyPair>(row).data;
    const opened = this.codec.openSealed(master, fromHex(stored.wrappedSecret));
    const secret = secretCopy(opened);
    opened.fill(0);
    // A swapped public key would let someone else read what is sealed from now on.
    if (toHex(keyPairFromSecret(secret).publicKey) !== stored.publicKey) {
      wipe(secret);
      throw new VaultError('tampered', 'Compartment key pair does not match');
    }
    return secret;
  }

  private touch(): void {
    this.lastUsed = this.now();
    this.schedule(COMPARTMENT_IDLE_MS);
  }

  private schedule(ms: number): void {
    this.cancelTimer?.();
    this.cancelTimer =
      this.setTimer?.(() => {
        this.cancelTimer = null;
        const closesAt = this.closesAt(); // closes (and notifies) when expired
        if (closesAt !== null) this.schedule(closesAt - this.now());
      }, ms + 20) ?? null;
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
