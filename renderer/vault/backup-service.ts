import { wipe } from '../../shared/crypto/bytes';
import { streamMac } from '../../shared/crypto/stream-mac';
import {
  backupDue,
  BackupError,
  backupFileName,
  backupsNewestFirst,
  backupTime,
  clampKept,
  DEFAULT_BACKUPS_KEPT,
  LEDGER_FILE_NAME,
  rotationVictims,
} from '../../shared/backup/backup-format';
import type { ErasureLedgerReader } from '../../shared/domain/erasure';
import { deriveBackupKeys, ensureBackupKey } from './backup-key';
import { erasedBy, openLedger, sealLedger, survives, type Erased } from './backup-ledger';
import { FrameWriter, readBackup, type BackupSink } from './backup-stream';
import { writeBackup, type BackupResult } from './backup-writer';
import { defaultCodec, type Codec } from './codec';
import type { BackupSettingsMeta } from './db';
import type { Vault } from './vault';

import type { BackupFolder } from '../../shared/backup/backup-ports';

export type { BackupFolder };

/** Until ERASURE's ledger is wired in (services.ts), a vault with no erasures. */
export const NO_ERASURES: ErasureLedgerReader = { list: async () => [] };

export interface BackupServiceDeps {
  /** The chosen folder, or null (a browser, or none chosen yet). */
  folder: () => BackupFolder | null;
  ledger: ErasureLedgerReader;
  now?: () => number;
  codec?: Codec;
}

export interface BackupListing {
  name: string;
  at: Date;
}

/** Backups to a folder: at most daily at unlock, on demand, rotated, and kept erasure-clean. */
export class BackupService {
  private readonly now: () => number;
  private readonly codec: Codec;
  /** One backup or rewrite at a time: two writers on one folder would race on rotation. */
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly vault: Vault,
    private readonly deps: BackupServiceDeps,
  ) {
    this.now = deps.now ?? Date.now;
    this.codec = deps.codec ?? defaultCodec;
  }

  async keep(): Promise<number> {
    const row = (await this.vault.database.meta.get('backup-settings')) as
      BackupSettingsMeta | undefined;
    return row?.keep ?? DEFAULT_BACKUPS_KEPT;
  }

  async setKeep(n: number): Promise<number> {
    const keep = clampKept(n);
    const row: BackupSettingsMeta = { key: 'backup-settings', keep };
    await this.vault.database.meta.put(row);
    return keep;
  }

  private folder(): BackupFolder {
    const f = this.deps.folder();
    if (!f) throw new BackupError('no-folder', 'No backup folder chosen');
    return f;
  }

  async list(): Promise<BackupListing[]> {
    return backupsNewestFirst(await this.folder().list()).map((name) => ({
      name,
      at: backupTime(name) as Date,
    }));
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.running.then(job, job);
    this.running = next.catch(() => undefined);
    return next;
  }

  /** A backup now, into the folder; then the ledger beside it, then rotation. */
  backupNow(): Promise<BackupResult & { name: string }> {
    return this.serial(async () => {
      const folder = this.folder();
      const at = new Date(this.now());
      const name = backupFileName(at);
      const result = await writeBackup(this.vault, await folder.create(name), {
        now: at,
        codec: this.codec,
      });
      await this.writeLedgerFile(folder);
      for (const old of rotationVictims(await folder.list(), await this.keep()))
        await folder.remove(old);
      return { ...result, name };
    });
  }

  /** At unlock: a backup when the folder is there and none was made today. */
  async backupIfDue(): Promise<(BackupResult & { name: string }) | null> {
    const folder = this.deps.folder();
    if (!folder) return null;
    if (!backupDue(await folder.list(), new Date(this.now()))) return null;
    return this.backupNow();
  }

  /** A backup into any sink (the browser's download). */
  backupTo(sink: BackupSink): Promise<BackupResult> {
    return this.serial(() =>
      writeBackup(this.vault, sink, { now: new Date(this.now()), codec: this.codec }),
    );
  }

  private async keys() {
    const b = await ensureBackupKey(
      this.vault.database,
      this.codec,
      this.vault.keyring.requireVaultKey(),
    );
    const keys = deriveBackupKeys(b.key);
    wipe(b.key);
    return keys;
  }

  /** The vault's ledger, sealed, beside the backups (replaced whole, atomically). */
  async writeLedgerFile(folder: BackupFolder = this.folder()): Promise<void> {
    const keys = await this.keys();
    const entries = await this.deps.ledger.list();
    const bytes = sealLedger(this.codec, keys.ledger, entries, new Date(this.now()).toISOString());
    wipe(keys.ledger, keys.mac);
    const sink = await folder.create(LEDGER_FILE_NAME);
    try {
      await sink.write(bytes);
      await sink.commit();
    } catch (e) {
      await sink.abort().catch(() => undefined);
      throw e;
    }
  }

  /** The ledger file as it is now, opened (for a check, or a restore's summary). */
  async readLedgerFile(): Promise<ReturnType<typeof openLedger> | null> {
    const bytes = await this.folder().readSmall(LEDGER_FILE_NAME);
    if (!bytes) return null;
    const keys = await this.keys();
    try {
      return openLedger(this.codec, keys.ledger, bytes);
    } finally {
      wipe(keys.ledger, keys.mac);
    }
  }

  /**
   * For ERASURE, right after a client's ledger line is written and its rows and keys are
   * gone: the ledger file is rewritten, then every backup in the folder without that
   * client's keys and rows (each through a temporary file, so a kill leaves either the old
   * or the new one). Backups not made by this vault are left alone. Does nothing without a
   * reachable folder: the ledger's replay at restore still drops the client.
   */
  dropClient(clientId: string): Promise<{ rewritten: number }> {
    return this.drop({ clients: new Set([clientId]), items: new Set() });
  }

  /** The same for one erased item (a document, a logbook entry). */
  dropItem(itemId: string): Promise<{ rewritten: number }> {
    return this.drop({ clients: new Set(), items: new Set([itemId]) });
  }

  private drop(erased: Erased): Promise<{ rewritten: number }> {
    return this.serial(async () => {
      const folder = this.deps.folder();
      if (!folder) return { rewritten: 0 };
      let names: string[];
      try {
        names = backupsNewestFirst(await folder.list());
      } catch {
        return { rewritten: 0 }; // unreachable now; the ledger covers it at restore
      }
      await this.writeLedgerFile(folder);
      // Everything in the ledger, not only this erasure: a rewrite that failed earlier is
      // made good now.
      const all = erasedBy(await this.deps.ledger.list());
      for (const id of erased.clients) all.clients.add(id);
      for (const id of erased.items) all.items.add(id);
      let rewritten = 0;
      for (const name of names) if (await this.rewrite(folder, name, all)) rewritten++;
      return { rewritten };
    });
  }

  /** One backup again without what `erased` names; false when nothing changed or it is not this vault's. */
  private async rewrite(folder: BackupFolder, name: string, erased: Erased): Promise<boolean> {
    const keys = await this.keys();
    wipe(keys.ledger);
    let sink: BackupSink | null = null;
    let out: FrameWriter | null = null;
    const rows: Record<string, number> = {};
    let changed = false;
    try {
      await readBackup(folder.read(name), {
        macKeyFor: async () => keys.mac,
        async onHeader(h) {
          sink = await folder.create(name);
          out = new FrameWriter(sink, await streamMac(keys.mac));
          await out.start();
          await out.header(h);
        },
        async onRows(table, list) {
          const keep = list.filter((r) => survives(table, r, erased));
          if (keep.length !== list.length) changed = true;
          if (keep.length === 0 || !out) return;
          rows[table] = (rows[table] ?? 0) + keep.length;
          await out.rows(table, keep);
        },
      });
      const writer = out as FrameWriter | null;
      const target = sink as BackupSink | null;
      if (!writer || !target) return false;
      if (!changed) {
        await target.abort();
        return false;
      }
      await writer.end({ frames: writer.frames, rows });
      await target.commit();
      return true;
    } catch (e) {
      await (sink as BackupSink | null)?.abort().catch(() => undefined);
      if (e instanceof BackupError && e.code === 'tampered') return false; // not ours
      throw e;
    } finally {
      wipe(keys.mac);
    }
  }
}
