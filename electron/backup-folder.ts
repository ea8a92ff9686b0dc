// The backup folder the coach chose (USB stick, network share). The renderer names files only
// by the fixed backup pattern (shared/ipc/contract.ts checks it); the folder itself is known to
// main alone, stored in userData. Every file is written under a temporary name, flushed, and
// renamed when complete: a kill, an unplugged stick or a full disk mid-write leaves the earlier
// backups as they were, and a partial file never carries a backup's name.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { BackupFolderStatus } from '../shared/ipc/contract';

const PARTIAL = '.partial';
/** The largest piece a read hands over IPC at once. */
export const BACKUP_READ_MAX = 8 * 1024 * 1024;
const LEDGER_MAX = 16 * 1024 * 1024;
/** Temporary files being written by this process: the sweep leaves them alone. */
const active = new Set<string>();

export interface BackupWrite {
  write(bytes: Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** One folder's files: what both the IPC handlers and the tests (and the kill test's child) use. */
export function backupDirectory(dir: string) {
  const file = (name: string) => path.join(dir, path.basename(name));

  async function syncDirectory(): Promise<void> {
    // Makes the rename itself durable; Windows cannot open a folder for this and needs not.
    let handle: FileHandle | null = null;
    try {
      handle = await open(dir, 'r');
      await handle.sync();
    } catch {
      // Best effort: the rename happened, only its flush to disk is not confirmed.
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  return {
    dir,
    async list(): Promise<string[]> {
      return (await readdir(dir)).filter((n) => !n.endsWith(PARTIAL));
    },

    /** Starts a file under a temporary name; leftovers of killed writes are swept first. */
    async begin(name: string): Promise<BackupWrite> {
      for (const old of await readdir(dir)) {
        const leftover = path.join(dir, old);
        if (old.endsWith(PARTIAL) && !active.has(leftover)) await rm(leftover, { force: true });
      }
      const temp = file(`${name}.${randomBytes(6).toString('hex')}${PARTIAL}`);
      const handle = await open(temp, 'wx', 0o600);
      active.add(temp);
      let done = false;
      return {
        async write(bytes) {
          await handle.write(bytes);
        },
        async commit() {
          if (done) return;
          done = true;
          try {
            await handle.sync();
            await handle.close();
            await rename(temp, file(name));
          } finally {
            active.delete(temp);
          }
          await syncDirectory();
        },
        async abort() {
          if (done) return;
          done = true;
          await handle.close().catch(() => undefined);
          await rm(temp, { force: true });
          active.delete(temp);
        },
      };
    },

    /** Up to `length` bytes from `offset`; empty at the end of the file. */
    async read(name: string, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
      const handle = await open(file(name), 'r');
      try {
        const buffer = new Uint8Array(Math.min(length, BACKUP_READ_MAX));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },

    async readSmall(name: string): Promise<Uint8Array<ArrayBuffer> | null> {
      try {
        const info = await stat(file(name));
        if (info.size > LEDGER_MAX) throw new Error('Bestand te groot.');
        return new Uint8Array(await readFile(file(name)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },

    async remove(name: string): Promise<void> {
      await rm(file(name), { force: true });
    },
  };
}

export type BackupDirectory = ReturnType<typeof backupDirectory>;

export interface BackupFolderDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  /** userData/backup-folder.json: where the chosen folder is remembered. */
  configFile: string;
}

/** The IPC side: the chosen folder, the writes in progress by handle. */
export function createBackupFolders(deps: BackupFolderDeps) {
  const writes = new Map<string, BackupWrite>();

  const chosen = (): string | null => {
    try {
      const parsed = JSON.parse(readFileSync(deps.configFile, 'utf8')) as { dir?: unknown };
      return typeof parsed.dir === 'string' && path.isAbsolute(parsed.dir) ? parsed.dir : null;
    } catch {
      return null;
    }
  };

  const directory = (): BackupDirectory => {
    const dir = chosen();
    if (!dir) throw new Error('Er is nog geen map voor back-ups gekozen.');
    return backupDirectory(dir);
  };

  async function status(): Promise<BackupFolderStatus> {
    const dir = chosen();
    if (!dir) return { chosen: false, reachable: false };
    try {
      return { chosen: true, path: dir, reachable: (await stat(dir)).isDirectory() };
    } catch {
      return { chosen: true, path: dir, reachable: false };
    }
  }

  return {
    status,
    async choose(parent: BrowserWindow): Promise<BackupFolderStatus> {
      const result = await deps.dialog.showOpenDialog(parent, {
        title: 'Map voor back-ups kiezen',
        properties: ['openDirectory', 'createDirectory'],
      });
      const dir = result.filePaths[0];
      if (!result.canceled && dir !== undefined) {
        mkdirSync(path.dirname(deps.configFile), { recursive: true });
        writeFileSync(deps.configFile, JSON.stringify({ dir }), { mode: 0o600 });
      }
      return status();
    },
    // async, so a missing folder is a rejected promise (an IPC error), not a throw.
    list: async () => directory().list(),
    async begin(name: string): Promise<string> {
      const handle = randomBytes(16).toString('hex');
      writes.set(handle, await directory().begin(name));
      return handle;
    },
    async write(handle: string, bytes: Uint8Array): Promise<void> {
      const w = writes.get(handle);
      if (!w) throw new Error('Onbekende back-up.');
      await w.write(bytes);
    },
    async commit(handle: string): Promise<void> {
      const w = writes.get(handle);
      writes.delete(handle);
      if (!w) throw new Error('Onbekende back-up.');
      await w.commit();
    },
    async abort(handle: string): Promise<void> {
      const w = writes.get(handle);
      writes.delete(handle);
      await w?.abort();
    },
    read: async (name: string, offset: number, length: number) =>
      directory().read(name, offset, length),
    readSmall: async (name: string) => directory().readSmall(name),
    remove: async (name: string) => directory().remove(name),
  };
}
