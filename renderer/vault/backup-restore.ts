import { wipe } from '../../shared/crypto/bytes';
import { VaultError } from '../../shared/crypto/errors';
import {
  BackupError,
  fromBase64,
  type BackupEnd,
  type BackupHeader,
} from '../../shared/backup/backup-format';
import type { ErasureEntry } from '../../shared/domain/erasure';
import { deriveBackupKeys, openBackupKey } from './backup-key';
import { erasedBy, openLedger, survives } from './backup-ledger';
import { readBackup } from './backup-stream';
import { defaultCodec, type Codec } from './codec';
import type { KoersDb, VaultMeta } from './db';
import { VAULT_KEY_ID, type DeriveKey } from './vault-keys';

export interface RestoreOptions {
  /** The fresh vault's database: a restore never goes over a vault that exists. */
  db: KoersDb;
  source: AsyncIterable<Uint8Array>;
  /** The passphrase of the vault the backup was made of, as it was then. */
  passphrase: string;
  deriveKey: DeriveKey;
  /** The erasure ledger file beside the backups, when there is one. */
  ledger?: Uint8Array | null;
  codec?: Codec;
}

export interface RestoreSummary {
  createdAt: string;
  rows: number;
  /** Clients the ledger removed from this restore (erased after the backup was made). */
  droppedClients: number;
  droppedRows: number;
  /** The ledger lines replayed, for the restored vault's own ledger. */
  ledger: ErasureEntry[];
}

/** The backup key of a backup, from its header and the passphrase of its day. */
export async function backupKeyFromPassphrase(
  header: BackupHeader,
  passphrase: string,
  deriveKey: DeriveKey,
  codec: Codec = defaultCodec,
): Promise<Uint8Array> {
  let kdfSalt: Uint8Array;
  let wrapped: Uint8Array;
  let wrappedB: Uint8Array;
  try {
    kdfSalt = fromBase64(header.kdf.salt);
    wrapped = fromBase64(header.wrappedVaultKey);
    wrappedB = fromBase64(header.wrappedBackupKey);
  } catch {
    throw new BackupError('not-a-backup', 'A key field in the header is damaged');
  }
  const kek = await deriveKey(passphrase, { ...header.kdf, salt: kdfSalt });
  let vaultKey: Uint8Array;
  try {
    const { body } = codec.open(kek, VAULT_KEY_ID, wrapped);
    vaultKey = body.slice();
    body.fill(0);
  } catch (e) {
    // The header is not authenticated yet: a wrong passphrase and a changed header look
    // alike here. Either way nothing is restored.
    if (e instanceof VaultError) throw new BackupError('wrong-passphrase', 'Wrong passphrase');
    throw e;
  } finally {
    wipe(kek);
  }
  try {
    return openBackupKey(codec, vaultKey, wrappedB);
  } catch {
    throw new BackupError('tampered', 'The backup key does not open');
  } finally {
    wipe(vaultKey);
  }
}

/**
 * Restores a backup into a fresh vault. The erasure ledger is opened first and replayed on
 * the way in: rows and keys of an erased client or item are never written. The vault's own
 * row is written last, after the whole file has been proven; until then the database holds no
 * vault, and on any failure it is emptied again.
 */
export async function restoreBackup(o: RestoreOptions): Promise<RestoreSummary> {
  const codec = o.codec ?? defaultCodec;
  if (await o.db.meta.get('vault')) throw new BackupError('vault-exists', 'A vault exists here');
  let vaultRow: VaultMeta | null = null;
  let ledger: ErasureEntry[] = [];
  let erased = erasedBy([]);
  const dropped = new Set<string>();
  let rows = 0;
  let droppedRows = 0;
  let end: BackupEnd;
  let header: BackupHeader;
  try {
    ({ header, end } = await readBackup(o.source, {
      async macKeyFor(h) {
        const b = await backupKeyFromPassphrase(h, o.passphrase, o.deriveKey, codec);
        const keys = deriveBackupKeys(b);
        wipe(b);
        try {
          if (o.ledger) ledger = openLedger(codec, keys.ledger, o.ledger);
        } finally {
          wipe(keys.ledger);
        }
        erased = erasedBy(ledger);
        return keys.mac;
      },
      async onHeader(h) {
        const known = new Set(o.db.tables.map((t) => t.name));
        const unknown = h.tables.filter((t) => !known.has(t));
        if (h.dbVersion > o.db.verno || unknown.length > 0)
          throw new BackupError('newer-format', `Made by a newer Koers (${unknown.join(', ')})`);
        await o.db.transaction('rw', o.db.tables, async () => {
          for (const t of o.db.tables) await t.clear();
        });
      },
      async onRows(table, list) {
        const keep: Record<string, unknown>[] = [];
        for (const row of list) {
          if (!survives(table, row, erased)) {
            droppedRows++;
            if (typeof row.clientId === 'string') dropped.add(row.clientId);
            continue;
          }
          if (table === 'meta' && row.key === 'vault') vaultRow = row as unknown as VaultMeta;
          else keep.push(row);
        }
        rows += list.length;
        if (keep.length) await o.db.table(table).bulkPut(keep);
      },
    }));
  } catch (e) {
    await emptyAll(o.db);
    throw e;
  }
  if (!vaultRow) {
    await emptyAll(o.db);
    throw new BackupError('not-a-backup', 'The backup holds no vault');
  }
  await o.db.meta.put(vaultRow);
  void end;
  return {
    createdAt: header.createdAt,
    rows,
    droppedClients: [...dropped].filter((id) => erased.clients.has(id)).length,
    droppedRows,
    ledger,
  };
}

async function emptyAll(db: KoersDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
}
