import Dexie, { type EntityTable } from 'dexie';
import type { RequestTerm } from '../../shared/domain/requests';
import type { KdfParams } from '../../shared/crypto/kdf';

/**
 * Everything indexed here is stored in clear by IndexedDB. Index only random ids, record
 * kinds and foreign ids: never a name, BSN, date of birth or sick date.
 */
export interface VaultMeta {
  key: 'vault';
  /** 2: key epochs, anchors and audit keys (see docs/security-model.md). */
  formatVersion: 1 | 2;
  kdf: KdfParams;
  /** The vault key, sealed with the key derived from the passphrase. */
  wrappedVaultKey: Uint8Array;
  /** Random; becomes the device id in sync and the HLC tie-breaker. */
  deviceId: string;
  /** A known value sealed with the vault key: checks a key that comes from the OS keystore. */
  keyCheck?: Uint8Array;
  /** Incremented by every passphrase change; rows carry the epoch of the key they use. */
  epoch?: number;
  /** The anchor keys by epoch, sealed with the passphrase-derived key (never the vault key). */
  anchors?: Uint8Array;
  /** The audit log's keys by epoch, sealed with the vault key. */
  auditKeys?: Uint8Array;
  /**
   * The key that turns record kinds and singleton names into the opaque tags IndexedDB
   * stores (so the index does not say who has health data). Sealed with the vault key; it
   * survives passphrase changes, so tags never need rewriting.
   */
  indexKey?: Uint8Array;
}

export interface LockoutMeta {
  key: 'lockout';
  /** Wrong passphrases since the last right one, at any prompt: drives the back-off. */
  failures: number;
  lastFailureAt: number;
  /** Failures not yet in the audit log (made while locked); written at the next unlock. */
  unaudited?: number;
  unauditedSince?: number;
}

/**
 * Quick unlock: the vault key sealed with a random key Q that only the OS keystore holds.
 * Q is replaced on every use, so a copied Q opens nothing once it has been used.
 */
export interface QuickUnlockMeta {
  key: 'quick-unlock';
  wrapped: Uint8Array;
}

export interface SettingsMeta {
  key: 'settings';
  idleMinutes: number;
  /** Hide the window from screen capture (Electron). On unless the coach turns it off. */
  contentProtection?: boolean;
  /** The firm's term for answering a client's request (shared/domain/requests.ts); 1 month
   *  when unset. New requests take it; registered ones keep theirs. */
  requestTerm?: RequestTerm;
  /** The firm may charge for a repeat request within 6 months: a note on flagged requests. */
  feeForRepeat?: boolean;
  /** The firm's retention policy (shared/domain/retention.ts; read within its bounds). */
  retentionPolicy?: unknown;
  /** The day of the last retention check and its list, sealed with the vault key. */
  retentionCheck?: { on: string; sealed: Uint8Array };
}

/**
 * The special-category compartment's master key, wrapped by a key derived from the
 * passphrase with its own salt: the vault key cannot open it, only the passphrase can.
 */
export interface CompartmentMeta {
  key: 'compartment';
  kdf: KdfParams;
  /** The master secret key, sealed with a key derived from the passphrase (own salt). */
  wrapped: Uint8Array;
  /** The master public key, sealed with the vault key so it cannot be swapped on disk. */
  publicKey: Uint8Array;
  /** The anchor keys, sealed with the compartment's passphrase-derived key. */
  anchors?: Uint8Array;
  /** A MAC over the master public key by the newest anchor: the vault key cannot forge it. */
  publicKeyMac?: Uint8Array;
  /** The anchor epoch of publicKeyMac. */
  macEpoch?: number;
  /** The epoch of this master (a passphrase change makes a new one); absent means 0. */
  masterEpoch?: number;
  /**
   * The older masters by epoch, sealed to this master's public key: client secrets sealed
   * to an older master still open, and a passphrase change costs one sealing, not two per
   * client.
   */
  previous?: Uint8Array;
}

/**
 * The audit log's head (sequence and link hash of the last entry written with an anchor),
 * sealed with the anchor: whoever holds only the vault key can cut rows but not move it back.
 */
export interface AuditHeadMeta {
  key: 'audit-head';
  epoch: number;
  sealed: Uint8Array;
}

/**
 * The new-client form's unsaved input. There is no client yet, so no client key: it is
 * sealed with the vault key (renderer/vault/form-drafts.ts).
 */
export interface NewClientDraftMeta {
  key: 'new-client-draft';
  sealed: Uint8Array;
}

/** The backup key, sealed with the vault key (renderer/vault/backup-key.ts). */
export interface BackupKeyMeta {
  key: 'backup-key';
  sealed: Uint8Array;
}

/** The backup setting: how many backups rotation keeps (renderer/vault/backup-service.ts). */
export interface BackupSettingsMeta {
  key: 'backup-settings';
  keep: number;
}

/**
 * Office sync's state (renderer/vault/sync-store.ts): its own key wrapped by the vault key,
 * and the state sealed with that key (identity, queue, cursor).
 */
export interface SyncMeta {
  key: 'sync';
  wrappedKey: Uint8Array;
  sealed: Uint8Array;
}

/**
 * The erasure ledger (erasure-ledger.ts): every line, sealed with the vault key, and a MAC by
 * the anchor over them, so the vault key alone can neither forge nor drop a line.
 */
export interface ErasureLedgerMeta {
  key: 'erasure-ledger';
  sealed: Uint8Array;
  /** Anchor epoch of `mac`; absent when written without an anchor (never by erasure.ts). */
  epoch?: number;
  mac?: Uint8Array;
}

export type MetaRow =
  | BackupKeyMeta
  | BackupSettingsMeta
  | SyncMeta
  | VaultMeta
  | ErasureLedgerMeta
  | LockoutMeta
  | SettingsMeta
  | CompartmentMeta
  | AuditHeadMeta
  | QuickUnlockMeta
  | NewClientDraftMeta;

export interface ClientKeyRow {
  clientId: string;
  /** The client's data keys by epoch (shared/crypto/key-chain.ts), sealed with the vault key. */
  sealed: Uint8Array;
}

export interface RecordRow {
  /** Random, or for a singleton an opaque tag (Vault.singletonId). */
  id: string;
  clientId: string;
  /** An opaque tag of the kind (Vault.kindTag), never the kind's name. */
  kind: string;
  sealed: Uint8Array;
  /** The epoch of the client key it is sealed with; absent means 0. */
  e?: number;
}

/** One row per save: which fields changed, stamped with an HLC, for a later sync. */
export interface ChangeRow {
  seq?: number;
  id: string;
  clientId: string;
  recordId: string;
  sealed: Uint8Array;
  e?: number;
}

/** One encrypted slice of a document; large files never sit whole in memory or in one row. */
export interface ChunkRow {
  id: string;
  clientId: string;
  docId: string;
  index: number;
  sealed: Uint8Array;
  /** Epoch of the client key; absent for 0 and for a sealed document's own content key. */
  e?: number;
}

/** One entry of the append-only audit log, sealed with the vault key; seq is the position. */
export interface AuditRow {
  seq: number;
  sealed: Uint8Array;
  /** Epoch of the audit key (and of the anchor behind `mac`); absent means 0. */
  e?: number;
  /** Anchor MAC over the link hash: present when written after an unlock with the passphrase. */
  mac?: Uint8Array;
}

/** Every transaction of the vault waits for the disk (see KoersDb). */
export const STRICT_DURABILITY = 'strict' as const;

export class KoersDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  clientKeys!: EntityTable<ClientKeyRow, 'clientId'>;
  records!: EntityTable<RecordRow, 'id'>;
  changes!: EntityTable<ChangeRow, 'seq'>;
  chunks!: EntityTable<ChunkRow, 'id'>;
  audit!: EntityTable<AuditRow, 'seq'>;

  /** `deps`: where the database lives (vault-store.ts: a storage bucket of its own). */
  constructor(name = 'koers', deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    // "Opgeslagen" must mean on disk: since Chromium 121 IndexedDB's default durability is
    // relaxed, and `complete` fires before the data is flushed. A battery that dies right
    // after the message would lose the entry; strict waits for the flush.
    super(name, { chromeTransactionDurability: STRICT_DURABILITY, ...deps });
    this.version(1).stores({
      meta: 'key',
      clientKeys: 'clientId',
      records: 'id, clientId, kind, [clientId+kind]',
      changes: '++seq, clientId, recordId',
    });
    this.version(2).stores({
      chunks: 'id, clientId, docId, [docId+index]',
    });
    this.version(3).stores({
      audit: 'seq',
    });
  }
}

/**
 * Whether an IndexedDB database of this name exists. Asks the list of databases where there
 * is one (Chromium, fake-indexeddb): Dexie.exists opens the database to find out.
 */
export async function databaseExists(name: string): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return Dexie.exists(name);
  return (await indexedDB.databases()).some((d) => d.name === name);
}

/** Deletes a whole database by name (the demo vault's, on "remove"). */
export const deleteDatabase = (name: string): Promise<void> => Dexie.delete(name);
