import { wipe } from '../../shared/crypto/bytes';
import { randomBytes, randomKey, type SealedIdentity } from '../../shared/crypto/envelope';
import { newBoxKeyPair } from '../../shared/crypto/sealed-box';
import { VaultError } from '../../shared/crypto/errors';
import { encodeKeyChain, newestEpoch, type KeyChain } from '../../shared/crypto/key-chain';
import { macFields } from '../../shared/crypto/mac';
import type { KdfParams } from '../../shared/crypto/kdf';
import { formatHlc, receive, tick, type HlcState } from '../../shared/sync/hlc';
import { defaultCodec, type Codec } from './codec';
import type {
  ChangeRow,
  ChunkRow,
  CompartmentMeta,
  KoersDb,
  RecordRow,
  SettingsMeta,
  VaultMeta,
} from './db';
import { currentHead, headRow } from './audit-head';
import type { RecordKind } from '../../shared/records/registry';
import { Keyring } from './keyring';
import {
  ANCHORS_ID,
  AUDIT_KEYS_ID,
  checkMac,
  clientKeyId,
  COMPARTMENT_PUBLIC_ID,
  FORMAT,
  INDEX_KEY_ID,
  KEY_CHECK_ID,
  KeyWrapping,
  MASTER_PUBLIC_LABEL,
  VAULT_KEY_ID,
  type DeriveKey,
  type Vouch,
} from './vault-keys';
import { newId } from '../../shared/crypto/ids';
export { newId };
export type { RecordEnvelope, StoredRecord } from './record-sealer';
export { SCHEMA_VERSION } from './chunk-layout';
export {
  COMPARTMENT_KEY_ID,
  COMPARTMENT_PUBLIC_ID,
  MASTER_PUBLIC_LABEL,
  type DeriveKey,
  type Vouch,
} from './vault-keys';
import { RecordSealer, type StoredRecord } from './record-sealer';
import { rotateKeys, type RotationDeps } from './key-rotation';
import { QuickUnlockStore } from './quick-unlock';
import { PassphraseThrottle } from './throttle';
import { RestrictionGuard } from './restriction-guard';
import { DEFAULT_IDLE_MINUTES } from './idle-default';

export interface VaultDeps {
  db: KoersDb;
  deriveKey: DeriveKey;
  codec?: Codec;
  now?: () => number;
}

export { DEFAULT_IDLE_MINUTES };

/**
 * The encrypted store. Seals and opens explicitly, record by record (no transparent Dexie
 * middleware: its query paths have bypassed encryption before). Every method that touches
 * records throws VaultError('locked') when the keys are gone.
 */
export class Vault {
  readonly keyring = new Keyring();
  /** Which clients are restricted (AVG art. 18); the sealer refuses their writes. */
  readonly restrictions = new RestrictionGuard();
  private readonly db: KoersDb;
  private readonly deriveKey: DeriveKey;
  private readonly codec: Codec;
  private readonly now: () => number;
  private hlc: HlcState | null = null;
  private epoch = 0;
  private keyFailures: { id: string; error: VaultError }[] = [];
  private readonly sealer: RecordSealer;
  private readonly keys: KeyWrapping;
  private readonly beforeLock = new Set<() => unknown>();
  private readonly anchorAdopters = new Set<() => Promise<void>>();
  /** The one back-off for every passphrase prompt (throttle.ts). */
  readonly throttle: PassphraseThrottle;
  private readonly quickUnlock: QuickUnlockStore;

  constructor(deps: VaultDeps) {
    this.db = deps.db;
    this.deriveKey = deps.deriveKey;
    this.codec = deps.codec ?? defaultCodec;
    this.now = deps.now ?? Date.now;
    this.throttle = new PassphraseThrottle(this.db, this.now);
    this.quickUnlock = new QuickUnlockStore(this.db, this.codec);
    this.keys = new KeyWrapping(this.codec, this.deriveKey, this.keyring);
    this.sealer = new RecordSealer(
      this.keyring,
      this.codec,
      () => this.database,
      () => this.nextStamp(),
      this.restrictions,
    );
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
    const anchors: KeyChain = new Map([[0, randomKey()]]);
    const auditKeys: KeyChain = new Map([[0, randomKey()]]);
    const kek = await this.deriveKey(passphrase, kdf);
    const meta: VaultMeta = {
      key: 'vault',
      formatVersion: 2,
      kdf,
      epoch: 0,
      wrappedVaultKey: this.codec.seal(kek, { ...VAULT_KEY_ID, v: FORMAT }, vaultKey),
      deviceId: newId(),
      keyCheck: this.codec.seal(vaultKey, { ...KEY_CHECK_ID, v: 1 }, randomBytes(16)),
      anchors: this.codec.seal(kek, { ...ANCHORS_ID, v: 1 }, encodeKeyChain(anchors)),
      auditKeys: this.codec.seal(vaultKey, { ...AUDIT_KEYS_ID, v: 1 }, encodeKeyChain(auditKeys)),
      indexKey: this.codec.seal(vaultKey, { ...INDEX_KEY_ID, v: 1 }, randomKey()),
    };
    wipe(kek);
    this.startSession(vaultKey, meta, auditKeys, anchors);
    // The compartment exists from the start, so sealing into it never needs the passphrase.
    const pair = newBoxKeyPair();
    const compartment = await this.keys.newCompartmentMeta(passphrase, pair, kdf);
    wipe(pair.secretKey);
    try {
      await this.db.transaction('rw', this.db.meta, async () => {
        await this.db.meta.put(meta);
        await this.db.meta.put(compartment);
        // An empty log has an anchored head too, so wiping a log later is not "intact".
        await this.db.meta.put(headRow(this, { seq: 0, hash: '' }));
      });
    } catch (e) {
      void this.lock(); // rethrown below; the hooks' writes need no waiting
      throw e;
    }
  }

  async kdfParams(): Promise<KdfParams> {
    return (await this.requireMeta()).kdf;
  }

  /** Milliseconds until the next try is allowed (0 = now). */
  async retryAfterMs(): Promise<number> {
    return this.throttle.retryAfterMs();
  }

  async unlock(passphrase: string): Promise<void> {
    const meta = await this.requireMeta();
    const {
      kek,
      key: vaultKey,
      format,
    } = await this.throttle.attempt('unlock', () =>
      this.checkPassphraseKeepingKek(passphrase, meta),
    );
    try {
      // The format is read from inside the passphrase-sealed key, not from the meta row: a
      // vault-key holder who deleted the anchors must not get fresh ones adopted for him.
      const anchors =
        format >= FORMAT && meta.anchors
          ? this.keys.openChain(kek, ANCHORS_ID, meta.anchors)
          : null;
      this.startSession(vaultKey, meta, this.loadAuditKeys(vaultKey, meta), anchors);
      await this.loadKeysAtUnlock();
      if (format < FORMAT) await this.adoptAnchors(kek, meta);
    } finally {
      wipe(kek);
    }
    await this.throttle.flushLockedFailures();
  }

  /**
   * A vault made before anchors existed gets them at its first unlock with the passphrase.
   * What it already holds is vouched for then (trust on first use, see docs/security-model.md).
   */
  private async adoptAnchors(kek: Uint8Array, meta: VaultMeta): Promise<void> {
    const anchors: KeyChain = new Map([[0, randomKey()]]);
    const auditKeys = this.keyring.requireAuditKeys();
    const vaultKey = this.keyring.requireVaultKey();
    const updated: VaultMeta = {
      ...meta,
      formatVersion: 2,
      epoch: meta.epoch ?? 0,
      wrappedVaultKey: this.codec.seal(kek, { ...VAULT_KEY_ID, v: FORMAT }, vaultKey),
      anchors: this.codec.seal(kek, { ...ANCHORS_ID, v: 1 }, encodeKeyChain(anchors)),
      auditKeys: this.codec.seal(vaultKey, { ...AUDIT_KEYS_ID, v: 1 }, encodeKeyChain(auditKeys)),
      indexKey:
        meta.indexKey ??
        this.codec.seal(vaultKey, { ...INDEX_KEY_ID, v: 1 }, this.keyring.requireIndexKey()),
    };
    this.keyring.setAnchors(anchors);
    const head = headRow(this, await currentHead(this.db));
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.put(updated);
      await this.db.meta.put(head);
    });
    for (const adopt of this.anchorAdopters) await adopt();
  }

  /** Runs once, when an older vault gets its anchors: vouch for what it holds already. */
  onAnchorsAdopted(hook: () => Promise<void>): () => void {
    this.anchorAdopters.add(hook);
    return () => this.anchorAdopters.delete(hook);
  }

  /**
   * Turns quick unlock on: returns a fresh random key Q for the OS keystore, after sealing
   * the vault key under it here. Never the vault key itself. Asks for the passphrase again
   * (same back-off as the lock screen): being unlocked is not enough.
   */
  async enrollQuickUnlock(passphrase: string): Promise<Uint8Array> {
    const meta = await this.requireMeta();
    const vaultKey = await this.throttle.attempt('quick-unlock-enroll', () =>
      this.checkPassphrase(passphrase, meta),
    );
    try {
      return await this.quickUnlock.wrap(vaultKey);
    } finally {
      wipe(vaultKey);
    }
  }

  /** Whether the vault holds a copy of its key sealed for quick unlock. */
  async hasQuickUnlock(): Promise<boolean> {
    return this.quickUnlock.enrolled();
  }

  /** Quick unlock turned off: the sealed vault key is deleted, so no old Q opens anything. */
  async disableQuickUnlock(): Promise<void> {
    await this.quickUnlock.drop();
  }

  /**
   * After a passphrase change: seals `vaultKey` (the new one, if it was rotated) under a
   * fresh Q and returns Q for the OS keystore, or null when quick unlock is off.
   */
  async rewrapQuickUnlock(
    vaultKey: Uint8Array = this.keyring.requireVaultKey(),
  ): Promise<Uint8Array | null> {
    return this.quickUnlock.rewrap(vaultKey);
  }

  /**
   * Checks the passphrase without changing the session, e.g. to leave session mode. Wrong
   * answers count towards the same back-off as the lock screen.
   */
  async verifyPassphrase(passphrase: string): Promise<void> {
    this.keyring.requireVaultKey();
    const meta = await this.requireMeta();
    wipe(
      await this.throttle.attempt('session-leave', () => this.checkPassphrase(passphrase, meta)),
    );
  }

  /**
   * Unlock with the quick-unlock key Q from the OS keystore (wiped here). Q is used once:
   * the vault key is sealed again under a fresh Q', which is returned for the keystore.
   */
  async unlockWithQuickUnlockKey(q: Uint8Array): Promise<Uint8Array> {
    const meta = await this.requireMeta();
    const { vaultKey, next } = await this.quickUnlock.open(q);
    if (meta.keyCheck) {
      try {
        this.codec.open(vaultKey, KEY_CHECK_ID, meta.keyCheck);
      } catch {
        wipe(vaultKey, next);
        await this.quickUnlock.drop();
        throw new VaultError('wrong-passphrase', 'The stored key does not open this vault');
      }
    }
    // No anchors: a key from the OS keystore must not vouch for anything (see docs/security-model.md, "Anchors").
    this.startSession(vaultKey, meta, this.loadAuditKeys(vaultKey, meta), null);
    await this.loadKeysAtUnlock();
    await this.throttle.flushLockedFailures();
    return next;
  }

  /**
   * A new passphrase, and new keys: a new vault key, a new compartment master, a new anchor,
   * a new audit key and a new key for every client (older keys stay, sealed under the new
   * vault key, so older rows still open). Records are not re-encrypted; one wrap per client.
   * An old copy of the profile plus the old passphrase opens nothing written afterwards.
   */
  async changePassphrase(current: string, next: string, kdf?: KdfParams): Promise<void> {
    const meta = await this.requireMeta();
    const checked = await this.throttle.attempt('passphrase-change', () =>
      this.checkPassphraseKeepingKek(current, meta),
    );
    const input = this.rotationInput(meta, checked, current);
    wipe(checked.kek);
    await rotateKeys(this.rotationDeps(), { ...input, next, kdf });
  }

  /**
   * The same rotation with the passphrase kept: after an erasure (erasure.ts), so that the
   * erased client's old key wrapping, even if a copy of it survives somewhere, can only be
   * opened by a vault key that no longer opens anything current. Also loads the anchors, so
   * a session unlocked without the passphrase can vouch for what it writes next.
   */
  async rotateKeys(passphrase: string): Promise<void> {
    const meta = await this.requireMeta();
    const checked = await this.throttle.attempt('erasure', () =>
      this.checkPassphraseKeepingKek(passphrase, meta),
    );
    const input = this.rotationInput(meta, checked, passphrase);
    await rotateKeys(this.rotationDeps(), { ...input, next: passphrase, sameKek: checked.kek });
  }

  /**
   * Checks the passphrase and loads the anchors when this session has none (quick unlock),
   * without changing any key: what an erasure needs before it writes its ledger line.
   */
  async requireAnchors(passphrase: string): Promise<void> {
    const meta = await this.requireMeta();
    const checked = await this.throttle.attempt('erasure', () =>
      this.checkPassphraseKeepingKek(passphrase, meta),
    );
    try {
      if (!this.keyring.anchorChain() && meta.anchors) {
        this.keyring.setAnchors(this.keys.openChain(checked.kek, ANCHORS_ID, meta.anchors));
      }
    } finally {
      wipe(checked.kek, checked.key);
    }
    if (!this.keyring.anchorChain()) {
      throw new VaultError('anchor-missing', 'This vault has no anchors yet');
    }
  }

  private rotationInput(
    meta: VaultMeta,
    checked: { kek: Uint8Array; key: Uint8Array },
    current: string,
  ) {
    let oldAnchors: KeyChain | null;
    try {
      oldAnchors = meta.anchors ? this.keys.openChain(checked.kek, ANCHORS_ID, meta.anchors) : null;
    } catch (e) {
      wipe(checked.kek, checked.key);
      throw e;
    }
    return {
      meta,
      oldVaultKey: checked.key,
      oldAnchors,
      // Fresh copies: the keyring wipes its own chains when the session moves to new keys.
      oldAuditKeys: this.loadAuditKeys(checked.key, meta),
      current,
    };
  }

  private rotationDeps(): RotationDeps {
    return {
      db: this.db,
      codec: this.codec,
      deriveKey: this.deriveKey,
      keys: this.keys,
      keyring: this.keyring,
    };
  }

  /**
   * The compartment's master secret key, for a fresh passphrase check only: derived with
   * the compartment's own salt, so being unlocked (holding the vault key) is not enough.
   * Also yields the anchors (so a session unlocked without the passphrase can seal again).
   * Created on first use (vaults made before the compartment existed), after the
   * passphrase has been checked against the vault.
   */
  async compartmentMasterKey(passphrase: string): Promise<KeyChain> {
    this.keyring.requireVaultKey();
    const existing = (await this.db.meta.get('compartment')) as CompartmentMeta | undefined;
    if (existing)
      return this.throttle.attempt('compartment-open', () =>
        this.keys.unwrapCompartment(passphrase, existing, true),
      );
    const meta = await this.requireMeta();
    wipe(
      await this.throttle.attempt('compartment-open', () => this.checkPassphrase(passphrase, meta)),
    );
    const pair = newBoxKeyPair();
    await this.db.meta.put(await this.keys.newCompartmentMeta(passphrase, pair, meta.kdf));
    return new Map([[0, pair.secretKey]]);
  }

  /**
   * The compartment's master public key: enough to seal into the compartment, never to
   * read from it. Refused unless an anchor vouches for it: the vault key alone could have
   * swapped it. Null for a vault whose compartment has never been opened.
   */
  /** The epoch of the current compartment master (new client keys are sealed to it). */
  async compartmentEpoch(): Promise<number> {
    const c = (await this.db.meta.get('compartment')) as CompartmentMeta | undefined;
    return c?.masterEpoch ?? 0;
  }

  async compartmentPublicKey(): Promise<Uint8Array | null> {
    const key = this.keyring.requireVaultKey();
    const c = (await this.db.meta.get('compartment')) as CompartmentMeta | undefined;
    if (!c) return null;
    const publicKey = this.keys.openKey(key, COMPARTMENT_PUBLIC_ID, c.publicKey);
    const vouch = c.publicKeyMac ? { epoch: c.macEpoch ?? 0, mac: c.publicKeyMac } : undefined;
    if (!this.checkVouch(vouch, MASTER_PUBLIC_LABEL, publicKey)) {
      throw new VaultError('key-not-vouched', 'The compartment public key is not vouched for');
    }
    return publicKey;
  }

  /** Whether anchors are loaded: after an unlock with the passphrase, not a quick unlock. */
  get anchored(): boolean {
    return this.keyring.anchorChain() !== null;
  }

  /** A MAC by the newest anchor; throws 'key-not-vouched' when no anchor is loaded. */
  vouch(label: string, ...fields: (string | Uint8Array)[]): Vouch {
    const chain = this.keyring.anchorChain();
    if (!chain) throw new VaultError('anchor-missing', 'Unlock with the passphrase to vouch');
    const epoch = newestEpoch(chain);
    return { epoch, mac: macFields(chain.get(epoch) as Uint8Array, label, ...fields) };
  }

  /** True only when a loaded anchor produced exactly this MAC. */
  checkVouch(v: Vouch | undefined, label: string, ...fields: (string | Uint8Array)[]): boolean {
    return checkMac(this.keyring.anchorChain(), v, label, fields);
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
    this.restrictions.clear();
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
    const epoch = this.currentEpoch();
    const sealed = this.codec.seal(
      this.keyring.requireVaultKey(),
      { ...clientKeyId(clientId), v: 1 },
      encodeKeyChain(new Map([[epoch, key]])),
    );
    this.keyring.setClientKey(clientId, key, epoch);
    return { row: { clientId, sealed }, key };
  }

  /** Clients whose key failed to open at unlock (reported, never a reason to lock out). */
  damagedClientKeys(): { id: string; error: VaultError }[] {
    this.keyring.requireVaultKey();
    return [...this.keyFailures];
  }

  /** At unlock, explicitly: every client key into the keyring, damaged ones noted. */
  private async loadKeysAtUnlock(): Promise<void> {
    this.keyFailures = await this.loadClientKeys();
    await this.loadRestrictions();
  }

  /**
   * Which clients are restricted, from their sealed restriction records: read at every unlock
   * (and after an import), so the guard holds before any write. A record that does not open
   * counts as restricting (fails closed): a damaged row must not lift a restriction.
   */
  async loadRestrictions(): Promise<void> {
    const restricted: string[] = [];
    for (const row of await this.sealer.rowsOfKind('client-restriction')) {
      try {
        const { data } = this.sealer.openRecord<{ active?: unknown }>(row);
        if (data.active === true) restricted.push(row.clientId);
      } catch (e) {
        if (!(e instanceof VaultError)) throw e;
        restricted.push(row.clientId);
      }
    }
    this.restrictions.replaceAll(restricted);
  }

  /** Unwraps every client key not yet in memory; returns the clients whose key is damaged. */
  async loadClientKeys(): Promise<{ id: string; error: VaultError }[]> {
    const vaultKey = this.keyring.requireVaultKey();
    const rows = await this.db.clientKeys.toArray();
    const failures: { id: string; error: VaultError }[] = [];
    for (const row of rows) {
      if (this.keyring.clientKey(row.clientId)) continue;
      try {
        this.keyring.setClientChain(
          row.clientId,
          this.keys.openChain(vaultKey, clientKeyId(row.clientId), row.sealed),
        );
      } catch (e) {
        if (!(e instanceof VaultError)) throw e;
        failures.push({ id: row.clientId, error: e });
      }
    }
    return failures;
  }

  // ---- records: sealed by the RecordSealer (record-sealer.ts) -------------------------

  sealRecord<T>(r: StoredRecord<T>): RecordRow {
    return this.sealer.sealRecord(r);
  }

  openRecord<T>(row: RecordRow): StoredRecord<T> {
    return this.sealer.openRecord<T>(row);
  }

  /** The opaque tag IndexedDB stores instead of a kind's name (see RecordSealer.kindTag). */
  kindTag(kind: RecordKind): string {
    return this.sealer.kindTag(kind);
  }

  kindOf(row: { kind: string }): RecordKind {
    return this.sealer.kindOf(row);
  }

  isKind(row: { kind: string }, kind: RecordKind): boolean {
    return this.sealer.isKind(row, kind);
  }

  singletonId(clientId: string, name: string): string {
    return this.sealer.singletonId(clientId, name);
  }

  rowsOf(clientId: string, kind: RecordKind): Promise<RecordRow[]> {
    return this.sealer.rowsOf(clientId, kind);
  }

  rowsOfKind(kind: RecordKind): Promise<RecordRow[]> {
    return this.sealer.rowsOfKind(kind);
  }

  sealClientBytes(id: SealedIdentity & { kind: RecordKind }, bytes: Uint8Array): RecordRow {
    return this.sealer.sealClientBytes(id, bytes);
  }

  openClientBytes(row: RecordRow): Uint8Array {
    return this.sealer.openClientBytes(row);
  }

  clientEpoch(clientId: string): number {
    return this.sealer.clientEpoch(clientId);
  }

  sealChunk(clientId: string, docId: string, index: number, bytes: Uint8Array): ChunkRow {
    return this.sealer.sealChunk(clientId, docId, index, bytes);
  }

  openChunk(row: ChunkRow): Uint8Array {
    return this.sealer.openChunk(row);
  }

  stampChanges<T extends object>(
    record: Omit<StoredRecord<T>, 'clock'>,
    previous: StoredRecord<T> | undefined,
  ): { record: StoredRecord<T>; change: ChangeRow | null } {
    return this.sealer.stampChanges(record, previous);
  }

  /**
   * Seals bytes that belong to no client yet (the new-client form's draft) with the vault
   * key. A passphrase change rotates that key, so such bytes are short-lived by design.
   */
  sealVaultBytes(id: SealedIdentity, bytes: Uint8Array): Uint8Array {
    return this.codec.seal(this.keyring.requireVaultKey(), { ...id, v: 1 }, bytes);
  }

  openVaultBytes(id: SealedIdentity, sealed: Uint8Array): Uint8Array {
    return this.codec.open(this.keyring.requireVaultKey(), id, sealed).body;
  }

  get database(): KoersDb {
    this.keyring.requireVaultKey();
    return this.db;
  }

  /**
   * A stamp from elsewhere (the office): this vault's clock moves past it, so a later local
   * edit is stamped newer than the office value the coach has already seen.
   */
  observeStamp(stamp: string): void {
    if (!this.hlc) throw new VaultError('locked', 'The vault is locked');
    const m = /^(\d{13})-([0-9a-z]{4})-/.exec(stamp);
    if (!m) return;
    const remote = { wall: Number(m[1]), counter: parseInt(m[2] ?? '0', 36), node: '' };
    this.hlc = receive(this.hlc, remote, this.now());
  }

  // ---- internals -----------------------------------------------------------------

  private nextStamp(): string {
    if (!this.hlc) throw new VaultError('locked', 'The vault is locked');
    this.hlc = tick(this.hlc, this.now());
    return formatHlc(this.hlc);
  }

  private startSession(
    vaultKey: Uint8Array,
    meta: VaultMeta,
    auditKeys: KeyChain,
    anchors: KeyChain | null,
  ): void {
    this.keyring.setVaultKey(vaultKey);
    this.keyFailures = [];
    this.keyring.setAuditKeys(auditKeys);
    if (anchors) this.keyring.setAnchors(anchors);
    // Vaults from before tags get their index key here, stored with the anchors (adoptAnchors).
    this.keyring.setIndexKey(
      meta.indexKey ? this.keys.openKey(vaultKey, INDEX_KEY_ID, meta.indexKey) : randomKey(),
    );
    this.sealer.startSession();
    this.epoch = meta.epoch ?? 0;
    this.hlc = { wall: this.now(), counter: 0, node: meta.deviceId };
  }

  /** The epoch new client keys start in (the vault's, since its last passphrase change). */
  private currentEpoch(): number {
    this.keyring.requireVaultKey();
    const anchors = this.keyring.anchorChain();
    return Math.max(this.epoch, anchors ? newestEpoch(anchors) : 0);
  }

  /** Audit keys by epoch; before format 2 the vault key itself sealed the log (epoch 0). */
  private loadAuditKeys(vaultKey: Uint8Array, meta: VaultMeta): KeyChain {
    if (meta.auditKeys) return this.keys.openChain(vaultKey, AUDIT_KEYS_ID, meta.auditKeys);
    return new Map([[0, vaultKey.slice()]]);
  }

  private unwrapVaultKey(kek: Uint8Array, meta: VaultMeta): Uint8Array {
    return this.unwrapVaultKeyWithFormat(kek, meta).key;
  }

  /** The vault key and the format sealed with it (1 before anchors and key epochs). */
  private unwrapVaultKeyWithFormat(
    kek: Uint8Array,
    meta: VaultMeta,
  ): { key: Uint8Array; format: number } {
    return this.keys.unwrapWithFormat(kek, VAULT_KEY_ID, meta.wrappedVaultKey, 'this vault');
  }

  /** As checkPassphrase, also handing back the passphrase-derived key (the caller wipes it). */
  private async checkPassphraseKeepingKek(
    passphrase: string,
    meta: VaultMeta,
  ): Promise<{ kek: Uint8Array; key: Uint8Array; format: number }> {
    const kek = await this.deriveKey(passphrase, meta.kdf);
    try {
      return { kek, ...this.unwrapVaultKeyWithFormat(kek, meta) };
    } catch (e) {
      wipe(kek);
      throw e;
    }
  }

  private async checkPassphrase(passphrase: string, meta: VaultMeta): Promise<Uint8Array> {
    const kek = await this.deriveKey(passphrase, meta.kdf);
    try {
      return this.unwrapVaultKey(kek, meta);
    } finally {
      wipe(kek);
    }
  }

  private async requireMeta(): Promise<VaultMeta> {
    const meta = (await this.db.meta.get('vault')) as VaultMeta | undefined;
    if (!meta) throw new VaultError('no-vault', 'No vault has been created on this device');
    return meta;
  }
}
