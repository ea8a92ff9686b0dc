import { fromHex, fromUtf8, secretCopy, toHex, utf8, wipe } from '../../shared/crypto/bytes';
import { VaultError } from '../../shared/crypto/errors';
import { wipeChain, type KeyChain } from '../../shared/crypto/key-chain';
import { keyPairFromSecret, newBoxKeyPair } from '../../shared/crypto/sealed-box';
import type { AuditLog } from './audit';
import { defaultCodec, type Codec } from './codec';
import type { CompartmentMeta, RecordRow } from './db';
import { COMPARTMENT_PUBLIC_ID, MASTER_PUBLIC_LABEL, type Vault } from './vault';

/**
 * An opening lasts this long from the moment it was made, per client, however much it is
 * used (not sliding); the passphrase can be reused for other clients for as long, counted
 * from when it was typed. Always closed on lock.
 */
export const COMPARTMENT_IDLE_MS = 5 * 60_000;

import { COMPARTMENT_CLIENT_KEY_KIND, type RecordKind } from '../../shared/records/registry';

export { COMPARTMENT_CLIENT_KEY_KIND };

/**
 * A client's compartment key pair as stored: the secret only as sealed to the master, and
 * an anchor MAC over the public key. The record itself is sealed with the client's data key,
 * which the vault key opens: without the MAC, whoever holds the vault key could plant a
 * pair whose secret he knows, and read every entry sealed afterwards.
 */
interface StoredClientKeyPair {
  publicKey: string;
  wrappedSecret: string;
  mac?: string;
  macEpoch?: number;
  /** The master epoch its secret is sealed to; absent means 0. */
  masterEpoch?: number;
}

const CLIENT_PUBLIC_LABEL = 'koers/compartment-client-public/v1';

/** What the inner sealed box carries: the row it belongs to, so it cannot be moved. */
interface BoundPayload<T> {
  row: { id: string; clientId: string; kind: string };
  data: T;
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
  /** The masters by epoch while open (the current one and those before it). */
  private master: KeyChain | null = null;
  /** When the passphrase was last typed: the master may be reused until 5 minutes later. */
  private masterOpenedAt = 0;
  /** When each client was opened: each closes 5 minutes later. */
  private readonly openedAt = new Map<string, number>();
  /** Clients opened with a purpose during the current opening, with their secret keys. */
  private readonly secrets = new Map<string, Uint8Array>();
  private readonly publicKeys = new Map<string, Uint8Array>();
  /** Why a client's key could not be prepared, so a synchronous seal can say so. */
  private readonly refusals = new Map<string, VaultError>();
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: (() => unknown)[] = [];
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
    this.unsubscribe.push(vault.onAnchorsAdopted(() => this.vouchForExisting()));
    const offLock = vault.onBeforeLock(() => {
      this.close();
      // Public keys are harmless, but lock forgets every key. Later, so a draft's
      // before-lock hook that runs after this one can still seal to them.
      queueMicrotask(() => {
        this.publicKeys.clear();
        this.refusals.clear();
      });
    });
    this.unsubscribe.push(offLock);
  }

  /**
   * Whether the passphrase typed less than five minutes ago can open another client with
   * only a purpose. Expired openings (the master, and each client's) are wiped here.
   */
  isOpen(): boolean {
    this.expire();
    return this.master !== null;
  }

  /** Opened for this client (with a purpose) less than five minutes ago. */
  isOpenFor(clientId: string): boolean {
    this.expire();
    return this.secrets.has(clientId);
  }

  /** As isOpenFor, without wiping an expired opening: safe to call while rendering. */
  peekOpenFor(clientId: string): boolean {
    const at = this.openedAt.get(clientId);
    return this.secrets.has(clientId) && at !== undefined && this.now() - at < COMPARTMENT_IDLE_MS;
  }

  /** When the next opening (the master's or a client's) closes by itself, or null. */
  closesAt(): number | null {
    this.expire();
    const ends = [...this.openedAt.values()];
    if (this.master) ends.push(this.masterOpenedAt);
    return ends.length > 0 ? Math.min(...ends) + COMPARTMENT_IDLE_MS : null;
  }

  private expire(): void {
    const now = this.now();
    let changed = false;
    if (this.master && now - this.masterOpenedAt >= COMPARTMENT_IDLE_MS) {
      wipeChain(this.master);
      this.master = null;
      changed = true;
    }
    for (const [clientId, at] of this.openedAt) {
      if (now - at < COMPARTMENT_IDLE_MS) continue;
      wipe(this.secrets.get(clientId));
      this.secrets.delete(clientId);
      this.openedAt.delete(clientId);
      changed = true;
    }
    if (changed) this.notify();
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
      if (fresh) this.masterOpenedAt = this.now();
      wipe(this.secrets.get(req.clientId));
      this.secrets.set(req.clientId, secret);
      this.openedAt.set(req.clientId, this.now());
    } catch (e) {
      if (fresh) wipeChain(master);
      throw e;
    }
    this.reschedule();
    this.notify();
  }

  /** Seals one client's data again at once (consent withdrawn, erasure, session mode). */
  forget(clientId: string): void {
    if (!this.secrets.has(clientId)) return;
    wipe(this.secrets.get(clientId));
    this.secrets.delete(clientId);
    this.openedAt.delete(clientId);
    this.notify();
  }

  /** An erased client: its secret, public key and any refusal leave memory at once. */
  discard(clientId: string): void {
    this.forget(clientId);
    this.publicKeys.delete(clientId);
    this.refusals.delete(clientId);
  }

  close(): void {
    const wasOpen = this.master !== null || this.secrets.size > 0;
    wipeChain(this.master);
    wipe(...this.secrets.values());
    this.master = null;
    this.secrets.clear();
    this.openedAt.clear();
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (wasOpen) this.notify();
  }

  /** Leaves the vault's hooks (the session this compartment served has ended). */
  dispose(): void {
    this.close();
    for (const off of this.unsubscribe.splice(0)) off();
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
    const row = await db.records.get(this.vault.singletonId(clientId, 'compartment-key'));
    if (row) {
      const pair = this.vault.openRecord<StoredClientKeyPair>(row).data;
      await this.requireVouched(clientId, pair);
      this.publicKeys.set(clientId, fromHex(pair.publicKey));
      this.refusals.delete(clientId);
      return;
    }
    let masterPublic: Uint8Array | null;
    try {
      masterPublic = await this.vault.compartmentPublicKey();
    } catch (e) {
      if (e instanceof VaultError && e.code === 'key-not-vouched') {
        await this.refused(clientId, 'master');
        this.refusals.set(clientId, e);
      }
      throw e;
    }
    if (!masterPublic) throw new VaultError('compartment-closed', 'No compartment yet');
    const pair = newBoxKeyPair();
    const vouch = this.vault.vouch(CLIENT_PUBLIC_LABEL, clientId, pair.publicKey);
    const stored: StoredClientKeyPair = {
      publicKey: toHex(pair.publicKey),
      wrappedSecret: toHex(this.codec.sealTo(masterPublic, pair.secretKey)),
      masterEpoch: await this.vault.compartmentEpoch(),
      mac: toHex(vouch.mac),
      macEpoch: vouch.epoch,
    };
    wipe(pair.secretKey);
    await db.records.put(
      this.vault.sealRecord({
        id: this.vault.singletonId(clientId, 'compartment-key'),
        clientId,
        kind: COMPARTMENT_CLIENT_KEY_KIND,
        data: stored,
        clock: {},
      }),
    );
    this.publicKeys.set(clientId, pair.publicKey);
    this.refusals.delete(clientId);
  }

  /** Seals into the compartment. Needs no opening: writing is not reading. */
  async seal<T>(row: {
    id: string;
    clientId: string;
    kind: RecordKind;
    data: T;
  }): Promise<RecordRow> {
    await this.prepare(row.clientId);
    return this.sealSync(row);
  }

  /** As seal(), synchronously, for a client whose key was prepared. */
  sealSync<T>(row: { id: string; clientId: string; kind: RecordKind; data: T }): RecordRow {
    const publicKey = this.publicKeys.get(row.clientId);
    if (!publicKey) {
      // Say why it was not prepared (a refused or unvouched key), not merely that it was not.
      throw (
        this.refusals.get(row.clientId) ??
        new VaultError('not-found', 'Compartment key not prepared')
      );
    }
    const payload: BoundPayload<T> = {
      row: { id: row.id, clientId: row.clientId, kind: row.kind },
      data: row.data,
    };
    const inner = this.codec.sealTo(publicKey, utf8(JSON.stringify(payload)));
    return this.vault.sealClientBytes(
      { id: row.id, clientId: row.clientId, kind: row.kind },
      inner,
    );
  }

  /** Opens a sealed record; only while opened for its client. */
  async openRecord<T>(row: RecordRow): Promise<T> {
    const secret = this.isOpenFor(row.clientId) ? this.secrets.get(row.clientId) : undefined;
    if (!secret)
      throw new VaultError('compartment-closed', 'The compartment is closed for this client');
    const inner = this.vault.openClientBytes(row);
    const plain = this.codec.openSealed(secret, inner);
    let payload: BoundPayload<T>;
    try {
      payload = JSON.parse(fromUtf8(plain)) as BoundPayload<T>;
    } finally {
      wipe(plain, inner);
    }
    const bound = payload.row;
    if (
      !bound ||
      bound.id !== row.id ||
      bound.clientId !== row.clientId ||
      bound.kind !== this.vault.kindOf(row)
    ) {
      throw new VaultError('misplaced', `Sealed record ${row.id} belongs to another row`);
    }
    return payload.data;
  }

  /** Refuses a client key pair no anchor vouches for; audited, and the coach is told. */
  private async requireVouched(clientId: string, pair: StoredClientKeyPair): Promise<void> {
    if (!this.vault.anchored) {
      const e = new VaultError('anchor-missing', 'Unlock with the passphrase to seal');
      this.refusals.set(clientId, e);
      throw e;
    }
    const vouch =
      pair.mac !== undefined ? { epoch: pair.macEpoch ?? 0, mac: fromHex(pair.mac) } : undefined;
    if (this.vault.checkVouch(vouch, CLIENT_PUBLIC_LABEL, clientId, fromHex(pair.publicKey)))
      return;
    await this.refused(clientId, 'client');
    const e = new VaultError(
      'key-not-vouched',
      'The compartment key of this client is not vouched for',
    );
    this.refusals.set(clientId, e);
    throw e;
  }

  private async refused(clientId: string, which: 'master' | 'client'): Promise<void> {
    try {
      await this.audit.append({
        action: 'compartment-key-refused',
        clientId,
        facts: { kind: 'key-refused', which },
      });
    } catch {
      // The refusal stands even if the log cannot be written.
    }
  }

  /** Once, when an older vault gets anchors: vouch for the pairs it already holds. */
  private async vouchForExisting(): Promise<void> {
    const db = this.vault.database;
    await this.vault.loadClientKeys();
    const rows = await this.vault.rowsOfKind(COMPARTMENT_CLIENT_KEY_KIND);
    const out: RecordRow[] = [];
    for (const row of rows) {
      const stored = this.vault.openRecord<StoredClientKeyPair>(row);
      const v = this.vault.vouch(CLIENT_PUBLIC_LABEL, row.clientId, fromHex(stored.data.publicKey));
      out.push(
        this.vault.sealRecord({
          ...stored,
          data: { ...stored.data, mac: toHex(v.mac), macEpoch: v.epoch },
        }),
      );
    }
    await db.records.bulkPut(out);
    const c = (await db.meta.get('compartment')) as CompartmentMeta | undefined;
    if (c && !c.publicKeyMac) {
      const masterPublic = this.codec.open(
        this.vault.keyring.requireVaultKey(),
        COMPARTMENT_PUBLIC_ID,
        c.publicKey,
      ).body;
      const v = this.vault.vouch(MASTER_PUBLIC_LABEL, masterPublic);
      const vouched: CompartmentMeta = { ...c, publicKeyMac: v.mac, macEpoch: v.epoch };
      await db.meta.put(vouched);
    }
  }

  private async clientSecret(clientId: string, masters: KeyChain): Promise<Uint8Array> {
    await this.prepare(clientId);
    const row = await this.vault.database.records.get(
      this.vault.singletonId(clientId, 'compartment-key'),
    );
    if (!row) throw new VaultError('not-found', 'Compartment key missing');
    const stored = this.vault.openRecord<StoredClientKeyPair>(row).data;
    await this.requireVouched(clientId, stored);
    const master = masters.get(stored.masterEpoch ?? 0);
    if (!master) throw new VaultError('tampered', 'No compartment master for this key');
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

  /** Wakes at the next expiry, so screens hide sealed content on time. */
  private reschedule(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    const closesAt = this.closesAt();
    if (closesAt === null) return;
    this.cancelTimer =
      this.setTimer?.(
        () => {
          this.cancelTimer = null;
          this.reschedule(); // expires (and notifies) what is due, then waits for the next
        },
        closesAt - this.now() + 20,
      ) ?? null;
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
