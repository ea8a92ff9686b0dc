import { randomBytes } from '../../shared/crypto/envelope';
import { equalBytes } from '../../shared/crypto/mac';
import { streamMac } from '../../shared/crypto/stream-mac';
import { toHex } from '../../shared/crypto/bytes';
import {
  BACKUP_FORMAT,
  BackupError,
  FRAME_TARGET_BYTES,
  toBase64,
  type BackupHeader,
} from '../../shared/backup/backup-format';
import { deriveBackupKeys, ensureBackupKey } from './backup-key';
import { defaultCodec, type Codec } from './codec';
import type { KoersDb, VaultMeta } from './db';
import { FrameWriter, type BackupSink } from './backup-stream';
import type { Vault } from './vault';

/** Meta rows that belong to this device, not to the vault: never in a backup. */
const DEVICE_ONLY_META = new Set(['lockout', 'quick-unlock']);

/**
 * Tables in the order they are written. Keys after the rows they open, the vault's own row
 * last: a client created while the backup runs then has its key in the backup whenever its
 * rows are, and a restore that stops early leaves no vault behind.
 */
export function tableOrder(db: KoersDb): string[] {
  const late = ['clientKeys', 'meta'];
  const names = db.tables.map((t) => t.name);
  return [
    ...names.filter((n) => !late.includes(n)).sort(),
    ...late.filter((n) => names.includes(n)),
  ];
}

/** Reads in pages, so neither a table nor a document is ever whole in memory. */
const pageSize = (table: string): number => (table === 'chunks' ? 4 : 256);

const weight = (row: object): number => {
  let n = 64;
  for (const v of Object.values(row)) n += v instanceof Uint8Array ? v.length : 32;
  return n;
};

export async function* tableRows(db: KoersDb, name: string): AsyncGenerator<object[]> {
  const table = db.table(name);
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`Table ${name} has no simple primary key`);
  let last: unknown = undefined;
  for (;;) {
    const page: object[] = await (last === undefined
      ? table.orderBy(':id').limit(pageSize(name)).toArray()
      : table.where(':id').above(last).limit(pageSize(name)).toArray());
    if (page.length === 0) return;
    last = (page[page.length - 1] as Record<string, unknown>)[keyPath];
    yield name === 'meta'
      ? page.filter((r) => !DEVICE_ONLY_META.has(String((r as { key: string }).key)))
      : page;
  }
}

export interface BackupResult {
  bytes: number;
  rows: Record<string, number>;
}

/**
 * Streams the whole vault, as stored, into `sink`: encrypted rows and wrapped keys only, no
 * key in clear and nothing decrypted. Commits only once the end frame is written and the
 * vault's keys turned out unchanged meanwhile; on any failure the sink is aborted, so a
 * folder never shows a partial backup.
 */
export async function writeBackup(
  vault: Vault,
  sink: BackupSink,
  opts: { now: Date; codec?: Codec },
): Promise<BackupResult> {
  try {
    const result = await writeFrames(vault, sink, opts.now, opts.codec ?? defaultCodec);
    await sink.commit();
    return result;
  } catch (e) {
    await sink.abort().catch(() => undefined);
    throw e;
  }
}

async function writeFrames(
  vault: Vault,
  sink: BackupSink,
  now: Date,
  codec: Codec,
): Promise<BackupResult> {
  const db = vault.database;
  const vaultKey = vault.keyring.requireVaultKey();
  const meta = (await db.meta.get('vault')) as VaultMeta;
  const b = await ensureBackupKey(db, codec, vaultKey);
  const keys = deriveBackupKeys(b.key);
  b.key.fill(0);
  const out = new FrameWriter(sink, await streamMac(keys.mac));
  keys.mac.fill(0);
  keys.ledger.fill(0);
  const tables = tableOrder(db);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    createdAt: now.toISOString(),
    fileId: toHex(randomBytes(16)),
    dbVersion: db.verno,
    tables,
    kdf: { ...meta.kdf, salt: toBase64(meta.kdf.salt) },
    wrappedVaultKey: toBase64(meta.wrappedVaultKey),
    wrappedBackupKey: toBase64(b.sealed),
  };
  await out.start();
  await out.header(header);
  const rows: Record<string, number> = {};
  for (const table of tables) {
    let batch: object[] = [];
    let size = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await out.rows(table, batch);
      rows[table] = (rows[table] ?? 0) + batch.length;
      batch = [];
      size = 0;
    };
    for await (const page of tableRows(db, table)) {
      for (const row of page) {
        batch.push(row);
        size += weight(row);
        if (size >= FRAME_TARGET_BYTES || batch.length >= 512) await flush();
      }
    }
    await flush();
  }
  // A passphrase change or key rotation during the backup: the keys read first no longer
  // match the rows read last. Not kept; the next one will be whole.
  const after = (await db.meta.get('vault')) as VaultMeta | undefined;
  if (!after || !equalBytes(after.wrappedVaultKey, meta.wrappedVaultKey))
    throw new BackupError('changed-during-backup', 'The vault keys changed during the backup');
  await out.end({ frames: out.frames, rows });
  return { bytes: out.bytes, rows };
}
