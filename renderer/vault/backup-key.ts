import { secretCopy } from '../../shared/crypto/bytes';
import { randomKey, type SealedIdentity } from '../../shared/crypto/envelope';
import { subKey } from '../../shared/crypto/stream-mac';
import type { Codec } from './codec';
import type { BackupKeyMeta, KoersDb } from './db';

/**
 * The backup key B: random, made at the first backup, sealed with the vault key in its own
 * meta row. It outlives key rotations (a passphrase change re-seals it, see
 * Vault.changePassphrase): the erasure ledger beside the backups is written with today's B
 * and must open when an old backup, restored with the passphrase of its day, yields B again.
 */
export const BACKUP_KEY_ID: SealedIdentity = {
  id: 'backup-key',
  clientId: '-',
  kind: 'backup-key',
};

const MAC_LABEL = 'koers/backup-mac/v1';
const LEDGER_LABEL = 'koers/backup-ledger/v1';

/** The keys derived from B: one MACs backup frames, one seals the ledger file. */
export interface BackupKeys {
  mac: Uint8Array;
  ledger: Uint8Array;
}

export function deriveBackupKeys(b: Uint8Array): BackupKeys {
  return { mac: subKey(b, MAC_LABEL), ledger: subKey(b, LEDGER_LABEL) };
}

export function openBackupKey(codec: Codec, vaultKey: Uint8Array, sealed: Uint8Array): Uint8Array {
  const { body } = codec.open(vaultKey, BACKUP_KEY_ID, sealed);
  const out = secretCopy(body);
  body.fill(0);
  return out;
}

/** B sealed with the vault key as stored, making it on first use. */
export async function ensureBackupKey(
  db: KoersDb,
  codec: Codec,
  vaultKey: Uint8Array,
): Promise<{ sealed: Uint8Array; key: Uint8Array }> {
  const stored = (await db.meta.get('backup-key')) as BackupKeyMeta | undefined;
  if (stored) return { sealed: stored.sealed, key: openBackupKey(codec, vaultKey, stored.sealed) };
  const key = randomKey();
  const sealed = codec.seal(vaultKey, { ...BACKUP_KEY_ID, v: 1 }, key);
  const row: BackupKeyMeta = { key: 'backup-key', sealed };
  await db.meta.put(row);
  return { sealed, key };
}

/**
 * The backup-key row re-sealed under a new vault key, for a key rotation to write in the same
 * transaction as the new vault key (null when there is no backup key yet). Without this, a
 * rotation would leave B sealed under a key that no longer exists.
 */
export async function resealBackupKey(
  db: KoersDb,
  codec: Codec,
  oldVaultKey: Uint8Array,
  newVaultKey: Uint8Array,
): Promise<BackupKeyMeta | null> {
  const row = (await db.meta.get('backup-key')) as BackupKeyMeta | undefined;
  if (!row) return null;
  const key = openBackupKey(codec, oldVaultKey, row.sealed);
  const sealed = codec.seal(newVaultKey, { ...BACKUP_KEY_ID, v: 1 }, key);
  key.fill(0);
  return { key: 'backup-key', sealed };
}
