import { fromUtf8, secretCopy, toHex, utf8, wipe } from '../../shared/crypto/bytes';
import { randomBytes, randomKey, type SealedIdentity } from '../../shared/crypto/envelope';
import { newBoxKeyPair } from '../../shared/crypto/sealed-box';
import { VaultError } from '../../shared/crypto/errors';
import type { KdfParams } from '../../shared/crypto/kdf';
import { formatHlc, tick, type HlcState } from '../../shared/sync/hlc';
import { defaultCodec, type Codec } from './codec';
import type {
  ChangeRow,
  ChunkRow,
  CompartmentMeta,
  KoersDb,
  LockoutMeta,
  RecordRow,
  SettingsMeta,
  VaultMeta,
} from './db';
import { Keyring } from './keyring';
import { lockoutDelayMs } from './lockout';

export type DeriveKey = (passphrase: string, params: KdfParams) => Promise<Uint8Array>;

export interface VaultDeps {
  db: KoersDb;
  deriveKey: DeriveKey;
  codec?: Codec;
  now?: () => number;
}

/** What a sealed record holds besides its data: per-field clocks for a later sync. */
export interface RecordEnvelope<T> {
  data: T;
  clock: Record<string, string>;
}

export interface StoredRecord<T> {
  id: string;
  clientId: string;
  kind: string;
  data: T;
  clock: Record<string, string>;
}

const VAULT_KEY_ID: SealedIdentity = { id: 'vault-key', clientId: '-', kind: 'vault-key' };
const KEY_CHECK_ID: SealedIdentity = { id: 'key-check', clientId: '-', kind: 'key-check' };
export const COMPARTMENT_KEY_ID: SealedIdentity = {
  id: 'compartment-key',
  clientId: '-',
  kind: 'compartment-key',
};
const COMPARTMENT_PUBLIC_ID: SealedIdentity = {
  id: 'compartment-public-key',
  clientId: '-',
  kind: 'compartment-public-key',
};
const clientKeyId = (clientId: string): SealedIdentity => ({
  id: `key:${clientId}`,
  clientId,
  kind: 'client-key',
});

export const newId = (): string => toHex(randomBytes(16));

export const DEFAULT_IDLE_MINUTES = 5;
export const SCHEMA_VERSION = 1;

/**
 * The encrypted store. Seals and opens explicitly, record by record (no transparent Dexie
 * middleware: its query paths have bypassed encryption before). Every method that touches
 * records throws VaultError('locked') when the keys are gone.
 */
export class Vault {
  readonly keyring = new Keyring();
  private readonly db: KoersDb;
  private readonly deriveKey: DeriveKey;
  private readonly codec: Codec;
  private readonly now: () => number;
  private hlc: HlcState | null = null;
  private readonly beforeLock = new Set<() => unknown>();

  constructor(deps: VaultDeps) {
    this.db = deps.db;
    this.deriveKey = deps.deriveKey;
    this.codec = deps.codec ?? defaultCodec;
    this.now = deps.now ?? Date.now;
  }

  get unlocked(): boolean {
    return this.keyring.unlocked;
  }

  async exists(): Promise<boolean> {
    return (await this.db.meta.get('vault')) !== undefined;
  }

  async create(passphrase: string, kdf: KdfParams): Promise<void> {
    if (await this.exists()) throw new VaultError('vault-exists', 'A vault already exists here');
    const vaultKey = randomKey();
    const kek = await this.deriveKey(passphrase, kdf);
    const meta: VaultMeta = {
      key: 'vault',
      formatVersion: 1,
      kdf,
      wrappedVaultKey: this.codec.seal(kek, { ...VAULT_KEY_ID, v: 1 }, vaultKey),
      deviceId: newId(),
      keyCheck: this.codec.seal(vaultKey, { ...KEY_CHECK_ID, v: 1 }, randomBytes(16)),
    };
    wipe(kek);
    this.startSession(vaultKey, meta);
    // The compartment exists from the start, so sealing into it never needs the passphrase.
    const pair = newBoxKeyPair();
    const compartment = await this.newCompartmentMeta(passphrase, pair, kdf);
    wipe(pair.secretKey);
    try {
      await this.db.transaction('rw', this.db.meta, async () => {
        await this.db.meta.put(meta);
        await this.db.meta.put(compartment);
      });
    } catch (e) {
      this.lock();
      throw e;
    }
  }

  async kdfParams(): Promise<KdfParams> {
    return (await this.requireMeta()).kdf;
  }

  /** Milliseconds until the next try is allowed (0 = now). */
  async retryAfterMs(): Promise<number> {
    const lockout = (await this.db.meta.get('lockout')) as LockoutMeta | undefined;
    if (!lockout) return 0;
    return Math.max(0, lockout.lastFailureAt + lockoutDelayMs(lockout.failures) - this.now());
  }

  async unlock(passphrase: string): Promise<void> {
    const meta = await this.requireMeta();
    const wait = await this.retryAfterMs();
    if (wait > 0) throw new VaultError('throttled', 'Too many wrong passphrases', wait);
    const kek = await this.deriveKey(passphrase, meta.kdf);
    let vaultKey: Uint8Array;
    try {
      vaultKey = this.unwrapVaultKey(kek, meta);
    } catch (e) {
      await this.recordFailure();
      throw e;
    } finally {
      wipe(kek);
    }
    await this.db.meta.delete('lockout');
    this.startSession(vaultKey, meta);
  }

  /**
   * A copy of the vault key, for quick unlock through the OS keystore. Asks for the
   * passphrase again: being unlocked is not enough to hand the key to another store.
   */
  async vaultKeyForQuickUnlock(passphrase: string): Promise<Uint8Array> {
    const meta = await this.requireMeta();
    if (!meta.keyCheck)
      throw new VaultError('unsupported-format', 'This vault predates quick unlock');
    const kek = await this.deriveKey(passphrase, meta.kdf);
    try {
      return this.unwrapVaultKey(kek, meta);
    } finally {
      wipe(kek);
    }
  }

  /**
   * Checks the passphrase without changing the session, e.g. to leave session mode. Wrong
   * answers count towards the same back-off as the lock screen.
   */
  async verifyPassphrase(passphrase: string): Promise<void> {
    this.keyring.requireVaultKey();
    const meta = await this.requireMeta();
    const wait = await this.retryAfterMs();
    if (wait > 0) throw new VaultError('throttled', 'Too many wrong passphrases', wait);
    const kek = await this.deriveKey(passphrase, meta.kdf);
    try {
      wipe(this.unwrapVaultKey(kek, meta));
    } catch (e) {
      await this.recordFailure();
      throw e;
    } finally {
      wipe(kek);
    }
    await this.db.meta.delete('lockout');
  }

  /** Unlock with a vault key from the OS keystore; refused unless it opens the key check. */
  async unlockWithVaultKey(key: Uint8Array): Promise<void> {
    const meta = await this.requireMeta();
    if (!meta.keyCheck)
      throw new VaultError('unsupported-format', 'This vault predates quick unlock');
    try {
      this.codec.open(key, KEY_CHECK_ID, meta.keyCheck);
    } catch {
      wipe(key);
      throw new VaultError('wrong-passphrase', 'The stored key does not open this vault');
    }
    this.startSession(secretCopy(key), meta);
    wipe(key);
  }

  /** Re-wraps the vault key under a new passphrase; no record is re-encrypted. */
  async changePassphrase(current: string, next: string, kdf?: KdfParams): Promise<void> {
    const meta = await this.requireMeta();
    const oldKek = await this.deriveKey(current, meta.kdf);
    let vaultKey: Uint8Array;
    try {
      vaultKey = this.unwrapVaultKey(oldKek, meta);
    } finally {
      wipe(oldKek);
    }
    const params = kdf ?? { ...meta.kdf, salt: randomBytes(16) };
    const newKek = await this.deriveKey(next, params);
    const updated: VaultMeta = {
      ...meta,
      kdf: params,
      wrappedVaultKey: this.codec.seal(newKek, { ...VAULT_KEY_ID, v: 1 }, vaultKey),
    };
    wipe(newKek, vaultKey);
    // The compartment is wrapped by the passphrase too: re-wrap it in the same write, or
    // it would stay locked under the old passphrase.
    const compartment = (await this.db.meta.get('compartment')) as CompartmentMeta | undefined;
    let compartmentUpdate: CompartmentMeta | undefined;
    if (compartment) {
      const master = await this.unwrapCompartment(current, compartment);
      compartmentUpdate = {
        ...(await this.wrapCompartment(next, master, compartment.kdf)),
        publicKey: compartment.publicKey,
      };
      wipe(master);
    }
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.put(updated);
      if (compartmentUpdate) await this.db.meta.put(compartmentUpdate);
    });
  }

  /**
   * The compartment's master secret key, for a fresh passphrase check only: derived with
   * the compartment's own salt, so being unlocked (holding the vault key) is not enough.
   * Created on first use (vaults made before the compartment existed), after the
   * passphrase has been checked against the vault.
   */
  async compartmentMasterKey(passphrase: string): Promise<Uint8Array> {
    this.keyring.requireVaultKey();
    const existing = (await this.db.meta.get('compartment')) as CompartmentMeta | undefined;
    if (existing) return this.unwrapCompartment(passphrase, existing);
    const meta = await this.requireMeta();
    const check = await this.deriveKey(passphrase, meta.kdf);
    try {
      wipe(this.unwrapVaultKey(check, meta));
    } finally {
      wipe(check);
    }
    const pair = newBoxKeyPair();
    await this.db.meta.put(await this.newCompartmentMeta(passphrase, pair, meta.kdf));
    return pair.secretKey;
  }

  /**
   * The compartment's master public key: enough to seal into the compartment, never to
   * read from it. Null for a vault whose compartment has never been opened.
   */
  async compartmentPublicKey(): Promise<Uint8Array | null> {
    const key = this.keyring.requireVaultKey();
    const c = (await this.db.meta.get('compartment')) as CompartmentMeta | undefined;
    if (!c) return null;
    return this.codec.open(key, COMPARTMENT_PUBLIC_ID, c.publicKey).body.slice();
  }

  private async newCompartmentMeta(
    passphrase: string,
    pair: { publicKey: Uint8Array; secretKey: Uint8Array },
    like: KdfParams,
  ): Promise<CompartmentMeta> {
    return {
      ...(await this.wrapCompartment(passphrase, pair.secretKey, like)),
      publicKey: this.codec.seal(
        this.keyring.requireVaultKey(),
        { ...COMPARTMENT_PUBLIC_ID, v: 1 },
        pair.publicKey,
      ),
    };
  }

  private async wrapCompartment(
    passphrase: string,
    master: Uint8Array,
    like: KdfParams,
  ): Promise<Omit<CompartmentMeta, 'publicKey'>> {
    const kdf = { ...like, salt: randomBytes(16) };
    const kek = await this.deriveKey(passphrase, kdf);
    const wrapped = this.codec.seal(kek, { ...COMPARTMENT_KEY_ID, v: 1 }, master);
    wipe(kek);
    return { key: 'compartment', kdf, wrapped };
  }

  private async unwrapCompartment(passphrase: string, c: CompartmentMeta): Promise<Uint8Array> {
    const kek = await this.deriveKey(passphrase, c.kdf);
    try {
      return this.unwrapWithPassphraseKey(kek, COMPARTMENT_KEY_ID, c.wrapped, 'the compartment');
    } finally {
      wipe(kek);
    }
  }

  /**
   * Runs synchronously just before the keys are wiped, e.g. to seal an open draft. A hook
   * may start an async write of ciphertext (and return it); it cannot use the keys after.
   */
  onBeforeLock(hook: () => unknown): () => void {
    this.beforeLock.add(hook);
    return () => this.beforeLock.delete(hook);
  }

  /** Wipes the keys at once; the promise settles when the hooks' writes have. */
  lock(): Promise<void> {
    const writes: unknown[] = [];
    for (const hook of this.beforeLock) {
      try {
        if (this.keyring.unlocked) writes.push(hook());
      } catch {
        // Locking must never fail; a hook that throws loses only its own work.
      }
    }
    this.keyring.wipe();
    this.hlc = null;
    return Promise.allSettled(writes).then(() => undefined);
  }

  async settings(): Promise<SettingsMeta> {
    const s = (await this.db.meta.get('settings')) as SettingsMeta | undefined;
    return s ?? { key: 'settings', idleMinutes: DEFAULT_IDLE_MINUTES };
  }

  async saveSettings(s: Partial<Omit<SettingsMeta, 'key'>>): Promise<void> {
    const current = await this.settings();
    const idleMinutes = Math.min(60, Math.max(1, Math.round(s.idleMinutes ?? current.idleMinutes)));
    const row: SettingsMeta = { ...current, ...s, key: 'settings', idleMinutes };
    await this.db.meta.put(row);
  }

  // ---- records -------------------------------------------------------------------

  /** Creates a client's own data key; everything of that client is sealed with it. */
  newClientKey(clientId: string): {
    row: { clientId: string; sealed: Uint8Array };
    key: Uint8Array;
  } {
    const key = randomKey();
    const sealed = this.codec.seal(
      this.keyring.requireVaultKey(),
      { ...clientKeyId(clientId), v: 1 },
      key,
    );
    this.keyring.setClientKey(clientId, key);
    return { row: { clientId, sealed }, key };
  }

  /** Unwraps every client key not yet in memory; returns the clients whose key is damaged. */
  async loadClientKeys(): Promise<{ id: string; error: VaultError }[]> {
    const vaultKey = this.keyring.requireVaultKey();
    const rows = await this.db.clientKeys.toArray();
    const failures: { id: string; error: VaultError }[] = [];
    for (const row of rows) {
      if (this.keyring.clientKey(row.clientId)) continue;
      try {
        const { body } = this.codec.open(vaultKey, clientKeyId(row.clientId), row.sealed);
        this.keyring.setClientKey(row.clientId, secretCopy(body));
        body.fill(0);
      } catch (e) {
        if (!(e instanceof VaultError)) throw e;
        failures.push({ id: row.clientId, error: e });
      }
    }
    return failures;
  }

  private clientKey(clientId: string): Uint8Array {
    const key = this.keyring.clientKey(clientId);
    if (!key) throw new VaultError('not-found', `No key for client ${clientId}`);
    return key;
  }

  sealRecord<T>(r: StoredRecord<T>): RecordRow {
    const body: RecordEnvelope<T> = { data: r.data, clock: r.clock };
    return {
      id: r.id,
      clientId: r.clientId,
      kind: r.kind,
      sealed: this.codec.seal(
        this.clientKey(r.clientId),
        { id: r.id, clientId: r.clientId, kind: r.kind, v: SCHEMA_VERSION },
        utf8(JSON.stringify(body)),
      ),
    };
  }

  openRecord<T>(row: RecordRow): StoredRecord<T> {
    const { body } = this.codec.open(this.clientKey(row.clientId), row, row.sealed);
    const env = JSON.parse(fromUtf8(body)) as RecordEnvelope<T>;
    body.fill(0);
    return { id: row.id, clientId: row.clientId, kind: row.kind, data: env.data, clock: env.clock };
  }

  /** Seals raw bytes under the client's key, bound to the row's identity. */
  sealClientBytes(id: SealedIdentity, bytes: Uint8Array): RecordRow {
    return {
      ...id,
      sealed: this.codec.seal(this.clientKey(id.clientId), { ...id, v: SCHEMA_VERSION }, bytes),
    };
  }

  openClientBytes(row: RecordRow): Uint8Array {
    return this.codec.open(this.clientKey(row.clientId), row, row.sealed).body;
  }

  /** Seals raw bytes (a document chunk) under the client's key, bound to doc and position. */
  sealChunk(clientId: string, docId: string, index: number, bytes: Uint8Array): ChunkRow {
    const id = `${docId}:${index}`;
    return {
      id,
      clientId,
      docId,
      index,
      sealed: this.codec.seal(
        this.clientKey(clientId),
        { id, clientId, kind: 'document-chunk', v: SCHEMA_VERSION },
        bytes,
      ),
    };
  }

  openChunk(row: ChunkRow): Uint8Array {
    const expected = {
      id: `${row.docId}:${row.index}`,
      clientId: row.clientId,
      kind: 'document-chunk',
    };
    if (row.id !== expected.id)
      throw new VaultError('misplaced', `Chunk ${row.id} is out of place`);
    return this.codec.open(this.clientKey(row.clientId), expected, row.sealed).body;
  }

  /**
   * Stamps the fields that differ from `previous` and builds the matching change row: which
   * record, which field names, the HLC stamp. Sealed, and indexed only by a local sequence.
   */
  stampChanges<T extends object>(
    record: Omit<StoredRecord<T>, 'clock'>,
    previous: StoredRecord<T> | undefined,
  ): { record: StoredRecord<T>; change: ChangeRow | null } {
    const before = (previous?.data ?? {}) as Record<string, unknown>;
    const after = record.data as Record<string, unknown>;
    const changed = Object.keys(after).filter(
      (k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    const clock = { ...(previous?.clock ?? {}) };
    if (changed.length === 0) return { record: { ...record, clock }, change: null };
    const stamp = this.nextStamp();
    for (const k of changed) clock[k] = stamp;
    const changeId = newId();
    const change: ChangeRow = {
      id: changeId,
      clientId: record.clientId,
      recordId: record.id,
      sealed: this.codec.seal(
        this.clientKey(record.clientId),
        { id: changeId, clientId: record.clientId, kind: 'change', v: SCHEMA_VERSION },
        // Names only: the values are in the record, each with its own clock, so a sync sends
        // the fields whose clock is newer than the last sync. Keeps every save cheap.
        utf8(
          JSON.stringify({ recordId: record.id, kind: record.kind, hlc: stamp, fields: changed }),
        ),
      ),
    };
    return { record: { ...record, clock }, change };
  }

  get database(): KoersDb {
    this.keyring.requireVaultKey();
    return this.db;
  }

  // ---- internals -----------------------------------------------------------------

  private nextStamp(): string {
    if (!this.hlc) throw new VaultError('locked', 'The vault is locked');
    this.hlc = tick(this.hlc, this.now());
    return formatHlc(this.hlc);
  }

  private startSession(vaultKey: Uint8Array, meta: VaultMeta): void {
    this.keyring.setVaultKey(vaultKey);
    this.hlc = { wall: this.now(), counter: 0, node: meta.deviceId };
  }

  private unwrapVaultKey(kek: Uint8Array, meta: VaultMeta): Uint8Array {
    return this.unwrapWithPassphraseKey(kek, VAULT_KEY_ID, meta.wrappedVaultKey, 'this vault');
  }

  /** A key wrapped by a passphrase-derived key: failing authentication means a wrong passphrase. */
  private unwrapWithPassphraseKey(
    kek: Uint8Array,
    id: SealedIdentity,
    wrapped: Uint8Array,
    what: string,
  ): Uint8Array {
    try {
      const { body } = this.codec.open(kek, id, wrapped);
      const key = secretCopy(body);
      body.fill(0);
      return key;
    } catch (e) {
      if (e instanceof VaultError && e.code === 'tampered') {
        throw new VaultError('wrong-passphrase', `The passphrase does not open ${what}`);
      }
      throw e;
    }
  }

  private async recordFailure(): Promise<void> {
    const prev = (await this.db.meta.get('lockout')) as LockoutMeta | undefined;
    const row: LockoutMeta = {
      key: 'lockout',
      failures: (prev?.failures ?? 0) + 1,
      lastFailureAt: this.now(),
    };
    await this.db.meta.put(row);
  }

  private async requireMeta(): Promise<VaultMeta> {
    const meta = (await this.db.meta.get('vault')) as VaultMeta | undefined;
    if (!meta) throw new VaultError('no-vault', 'No vault has been created on this device');
    return meta;
  }
}
