import { fromUtf8, utf8, wipe } from '../../shared/crypto/bytes';
import { randomKey, type SealedIdentity } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import type { GroupChange } from '../../shared/sync/protocol';
import type { SentState } from '../../shared/sync/projection';
import type { Codec } from './codec';
import type { SyncMeta } from './db';
import type { Vault } from './vault';

/** The device's office identity, kept sealed: its two key pairs' secrets never leave it. */
export interface Enrolment {
  /** Origin of the office service, e.g. "https://kantoor.example.nl". */
  officeUrl: string;
  deviceId: string;
  coachId: string;
  coachName: string;
  officeName: string;
  fingerprint: string;
  /** Base64. */
  signPublicKey: string;
  signSecretKey: string;
  boxPublicKey: string;
  boxSecretKey: string;
  /** ISO timestamp. */
  enrolledAt: string;
}

/**
 * Everything sync keeps between rounds, sealed in one meta row: the identity, what was last
 * queued per client and field (so only changes go), the queue itself (what waits while
 * offline, with the values it carries), the pull cursor and the back-off.
 */
export interface SyncState {
  enrolment: Enrolment | null;
  /** officeClientId -> group -> field -> last value queued (or received) and its stamp. */
  sent: Record<string, SentState>;
  /** Changes not yet accepted by the office, oldest first. */
  queue: GroupChange[];
  /** The office's sequence to pull after. */
  pullSince: number;
  /** The sync's own HLC (stamps for derived fields): never behind what it has seen. */
  hlc: { wall: number; counter: number };
  /** ms since the epoch of the last round that reached the office. */
  lastSyncAt: number | null;
  /** Rounds failed in a row: drives the back-off. */
  failures: number;
  /** ms since the epoch before which no automatic retry is made. */
  retryAt: number | null;
  lastError: SyncErrorCode | null;
}

export type SyncErrorCode =
  'offline' | 'refused' | 'revoked' | 'clock' | 'server' | 'bad-response' | 'not-enrolled';

export const emptySyncState = (): SyncState => ({
  enrolment: null,
  sent: {},
  queue: [],
  pullSince: 0,
  hlc: { wall: 0, counter: 0 },
  lastSyncAt: null,
  failures: 0,
  retryAt: null,
  lastError: null,
});

const SYNC_KEY_ID: SealedIdentity = { id: 'sync-key', clientId: '-', kind: 'sync-key' };
const SYNC_STATE_ID: SealedIdentity = { id: 'sync-state', clientId: '-', kind: 'sync-state' };

/**
 * The sync state's own random key, wrapped by the vault key (like the index key): a passphrase
 * change re-wraps 32 bytes (rewrapSyncKey) instead of re-sealing the state. Everything in the
 * state, the queue's values and the device's secret keys included, is sealed with it.
 */
export class SyncStore {
  constructor(
    private readonly vault: Vault,
    private readonly codec: Codec,
  ) {}

  async load(): Promise<SyncState> {
    const row = (await this.vault.database.meta.get('sync')) as SyncMeta | undefined;
    if (!row) return emptySyncState();
    const key = this.openKey(row);
    try {
      const { body } = this.codec.open(key, SYNC_STATE_ID, row.sealed);
      return { ...emptySyncState(), ...(JSON.parse(fromUtf8(body)) as Partial<SyncState>) };
    } finally {
      wipe(key);
    }
  }

  async save(state: SyncState): Promise<void> {
    const db = this.vault.database;
    const existing = (await db.meta.get('sync')) as SyncMeta | undefined;
    const key = existing ? this.openKey(existing) : randomKey();
    try {
      const row: SyncMeta = {
        key: 'sync',
        wrappedKey: existing?.wrappedKey ?? this.vault.sealVaultBytes(SYNC_KEY_ID, key.slice()),
        sealed: this.codec.seal(key, { ...SYNC_STATE_ID, v: 1 }, utf8(JSON.stringify(state))),
      };
      await db.meta.put(row);
    } finally {
      wipe(key);
    }
  }

  /** Forgets the enrolment and everything queued (the coach leaves the office). */
  async clear(): Promise<void> {
    await this.vault.database.meta.delete('sync');
  }

  private openKey(row: SyncMeta): Uint8Array {
    try {
      return this.vault.openVaultBytes(SYNC_KEY_ID, row.wrappedKey);
    } catch (e) {
      if (e instanceof VaultError) throw e;
      throw new VaultError('tampered', 'The sync key does not open');
    }
  }
}

/** For a passphrase change: the sync key re-wrapped from the old vault key to the new one. */
export function rewrapSyncKey(
  codec: Codec,
  row: SyncMeta,
  oldVaultKey: Uint8Array,
  newVaultKey: Uint8Array,
): SyncMeta {
  const key = codec.open(oldVaultKey, SYNC_KEY_ID, row.wrappedKey).body;
  try {
    return { ...row, wrappedKey: codec.seal(newVaultKey, { ...SYNC_KEY_ID, v: 1 }, key) };
  } finally {
    wipe(key);
  }
}
