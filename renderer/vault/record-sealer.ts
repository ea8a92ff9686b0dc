import { fromUtf8, toHex, utf8 } from '../../shared/crypto/bytes';
import type { SealedIdentity } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import { newestEpoch, type KeyChain } from '../../shared/crypto/key-chain';
import { macFields } from '../../shared/crypto/mac';
import { newId } from '../../shared/crypto/ids';
// Only the kinds' names (kinds.ts, the same set as the registry's): the registry's schemas
// would put zod and the phone metadata in the lock screen's script.
import { RECORD_KIND_NAMES } from '../../shared/records/kinds';
import type { RecordKind } from '../../shared/records/registry';
import { openChunkRow, sealChunkRow, SCHEMA_VERSION } from './chunk-layout';
import type { Codec } from './codec';
import type { ChangeRow, ChunkRow, KoersDb, RecordRow } from './db';
import type { Keyring } from './keyring';
import type { RestrictionGuard } from './restriction-guard';

/** What a sealed record holds besides its data: per-field clocks for a later sync. */
export interface RecordEnvelope<T> {
  data: T;
  clock: Record<string, string>;
}

export interface StoredRecord<T> {
  id: string;
  clientId: string;
  /** Only a kind the registry classifies can be stored (shared/records/registry.ts). */
  kind: RecordKind;
  data: T;
  clock: Record<string, string>;
}

/**
 * Turns client records into stored rows and back: the client key of the right epoch, the
 * identity inside the sealed header, the kind as an opaque tag, the change row per save.
 * Holds no key of its own; the keyring does.
 */
export class RecordSealer {
  private readonly kindsByTag = new Map<string, RecordKind>();

  constructor(
    private readonly keyring: Keyring,
    private readonly codec: Codec,
    private readonly db: () => KoersDb,
    private readonly nextStamp: () => string,
    /** Refuses writes to a restricted client's dossier (AVG art. 18) before anything is sealed. */
    private readonly guard: RestrictionGuard,
  ) {}

  /** At unlock: every registered kind is known from the start, so a row fetched by id opens. */
  startSession(): void {
    this.kindsByTag.clear();
    for (const kind of RECORD_KIND_NAMES) this.kindTag(kind);
  }

  /** The client's current key and its epoch: new rows are sealed with it. */
  clientKey(clientId: string): { key: Uint8Array; e: number } {
    const chain = this.keyring.clientChain(clientId);
    if (!chain) throw new VaultError('not-found', `No key for client ${clientId}`);
    const e = newestEpoch(chain);
    return { key: chain.get(e) as Uint8Array, e };
  }

  /** The key a stored row was sealed with. */
  private keyFor(row: { clientId: string; e?: number }): Uint8Array {
    const key = this.keyring.clientKeyAt(row.clientId, row.e ?? 0);
    if (!key) throw new VaultError('not-found', `No key for client ${row.clientId}`);
    return key;
  }

  sealRecord<T>(r: StoredRecord<T>): RecordRow {
    const { key, e } = this.clientKey(r.clientId);
    return this.sealRecordWith(r, new Map([[e, key]]), e);
  }

  sealRecordWith<T>(r: StoredRecord<T>, chain: KeyChain | undefined, e: number): RecordRow {
    this.guard.check(r.clientId, r.kind);
    const key = chain?.get(e);
    if (!key) throw new VaultError('not-found', `No key for client ${r.clientId}`);
    const body: RecordEnvelope<T> = { data: r.data, clock: r.clock };
    return {
      id: r.id,
      clientId: r.clientId,
      kind: this.kindTag(r.kind),
      e,
      sealed: this.codec.seal(
        key,
        { id: r.id, clientId: r.clientId, kind: r.kind, v: SCHEMA_VERSION },
        utf8(JSON.stringify(body)),
      ),
    };
  }

  openRecord<T>(row: RecordRow): StoredRecord<T> {
    const kind = this.kindOf(row);
    const { body } = this.codec.open(this.keyFor(row), { ...row, kind }, row.sealed);
    const env = JSON.parse(fromUtf8(body)) as RecordEnvelope<T>;
    body.fill(0);
    return { id: row.id, clientId: row.clientId, kind, data: env.data, clock: env.clock };
  }

  /**
   * The opaque tag IndexedDB stores instead of a kind's name: a keyed hash, so the index
   * says neither which clients have health data nor how many sealed entries they hold.
   */
  kindTag(kind: RecordKind): string {
    const tag = toHex(
      macFields(this.keyring.requireIndexKey(), 'koers/kind/v1', kind).slice(0, 16),
    );
    this.kindsByTag.set(tag, kind);
    return tag;
  }

  /** The kind behind a stored row's tag; only kinds this session has named are known. */
  kindOf(row: { kind: string }): RecordKind {
    const kind = this.kindsByTag.get(row.kind);
    if (!kind) throw new VaultError('misplaced', 'A record of an unknown kind');
    return kind;
  }

  /** Whether a stored row is of this kind. */
  isKind(row: { kind: string }, kind: RecordKind): boolean {
    return row.kind === this.kindTag(kind);
  }

  /**
   * The id of a client's one record of some sort (its health fields, a draft): a keyed
   * hash, indistinguishable from a random id, so fixed names do not show in the index.
   */
  singletonId(clientId: string, name: string): string {
    return toHex(
      macFields(this.keyring.requireIndexKey(), 'koers/singleton/v1', clientId, name).slice(0, 16),
    );
  }

  /** The rows of one kind for one client. */
  rowsOf(clientId: string, kind: RecordKind): Promise<RecordRow[]> {
    return this.db()
      .records.where({ clientId, kind: this.kindTag(kind) })
      .toArray();
  }

  /** The rows of one kind across every client, e.g. for the deadline dashboard. */
  rowsOfKind(kind: RecordKind): Promise<RecordRow[]> {
    return this.db().records.where('kind').equals(this.kindTag(kind)).toArray();
  }

  /** Seals raw bytes under the client's key, bound to the row's identity. */
  sealClientBytes(id: SealedIdentity & { kind: RecordKind }, bytes: Uint8Array): RecordRow {
    this.guard.check(id.clientId, id.kind);
    const { key, e } = this.clientKey(id.clientId);
    return {
      ...id,
      kind: this.kindTag(id.kind),
      e,
      sealed: this.codec.seal(key, { ...id, v: SCHEMA_VERSION }, bytes),
    };
  }

  openClientBytes(row: RecordRow): Uint8Array {
    return this.codec.open(this.keyFor(row), { ...row, kind: this.kindOf(row) }, row.sealed).body;
  }

  /** The epoch of the client key new rows of this client are sealed with. */
  clientEpoch(clientId: string): number {
    return this.clientKey(clientId).e;
  }

  /** Seals raw bytes (a document chunk) under the client's key, bound to doc and position. */
  sealChunk(clientId: string, docId: string, index: number, bytes: Uint8Array): ChunkRow {
    this.guard.check(clientId, 'document');
    const { key, e } = this.clientKey(clientId);
    return sealChunkRow(this.codec.seal, key, { clientId, docId, index, e }, bytes);
  }

  openChunk(row: ChunkRow): Uint8Array {
    return openChunkRow(this.codec.open, this.keyFor(row), row);
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
    this.guard.check(record.clientId, record.kind);
    const clock = { ...(previous?.clock ?? {}) };
    if (changed.length === 0) return { record: { ...record, clock }, change: null };
    const stamp = this.nextStamp();
    for (const k of changed) clock[k] = stamp;
    const changeId = newId();
    const { key, e } = this.clientKey(record.clientId);
    const change: ChangeRow = {
      id: changeId,
      clientId: record.clientId,
      recordId: record.id,
      e,
      sealed: this.codec.seal(
        key,
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
}
