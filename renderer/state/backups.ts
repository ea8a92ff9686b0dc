import { create } from 'zustand';
import { BackupError, backupFileName } from '../../shared/backup/backup-format';
import { platform } from '../platform';
import type { BackupFolderStatus } from '../platform/platform';
import { backupErrorCode, backupFolderPort, type BackupErrorKey } from './backup-restore';
import { services } from './services';

export { backupErrorCode, type BackupErrorKey };

/** What the settings screen shows about backups; the automatic one at unlock reports here. */
export interface BackupState {
  /** null in a browser (downloads, no folder). */
  folder: BackupFolderStatus | null;
  keep: number;
  /** Newest first. */
  backups: { name: string; at: Date }[];
  running: boolean;
  /** The last backup made in this session (automatic or on demand). */
  lastMade: { name: string; at: Date } | null;
  /** Why the last attempt failed, as a message code (backupErrorCode). */
  error: BackupErrorKey | null;
}

export const useBackups = create<BackupState>(() => ({
  folder: null,
  keep: 14,
  backups: [],
  running: false,
  lastMade: null,
  error: null,
}));

/** Reads the folder's state and the setting afresh (the settings screen, after each action). */
export async function refreshBackups(): Promise<void> {
  const port = backupFolderPort();
  const keep = await services().backups.keep();
  if (!port) return useBackups.setState({ folder: null, keep, backups: [] });
  const folder = await port.status();
  let backups: BackupState['backups'] = [];
  if (folder.chosen && folder.reachable)
    backups = await services()
      .backups.list()
      .catch(() => []);
  useBackups.setState({ folder, keep, backups });
}

async function run<T>(job: () => Promise<T>): Promise<T> {
  useBackups.setState({ running: true, error: null });
  try {
    return await job();
  } catch (e) {
    useBackups.setState({ error: backupErrorCode(e) });
    throw e;
  } finally {
    useBackups.setState({ running: false });
  }
}

/** "Nu een back-up maken": into the folder, or (in a browser) as a download. */
export async function backupNow(): Promise<void> {
  await run(async () => {
    const at = new Date();
    const port = backupFolderPort();
    if (port) {
      const folder = await port.status();
      if (!folder.chosen) throw new BackupError('no-folder', 'No backup folder chosen');
      if (!folder.reachable) throw new BackupError('no-folder', 'The folder cannot be reached');
      const { name } = await services().backups.backupNow();
      useBackups.setState({ lastMade: { name, at } });
    } else if (platform.downloadSink) {
      const name = backupFileName(at);
      await services().backups.backupTo(platform.downloadSink(name));
      useBackups.setState({ lastMade: { name, at } });
    }
  });
  await refreshBackups();
}

export async function chooseBackupFolder(): Promise<void> {
  await backupFolderPort()?.choose();
  await refreshBackups();
}

export async function saveBackupKeep(n: number): Promise<number> {
  const keep = await services().backups.setKeep(n);
  useBackups.setState({ keep });
  return keep;
}

/**
 * At unlock, at most daily: a backup when a folder is chosen and none was made today. Never
 * in the way of the coach: a failure is reported in the settings, not thrown.
 */
export async function backupAtUnlock(): Promise<void> {
  const port = backupFolderPort();
  if (!port) return;
  try {
    const folder = await port.status();
    if (!folder.chosen) return;
    if (!folder.reachable) return useBackups.setState({ folder, error: 'unreachable' });
    const made = await services().backups.backupIfDue();
    if (made) useBackups.setState({ lastMade: { name: made.name, at: new Date() }, error: null });
  } catch (e) {
    useBackups.setState({ error: backupErrorCode(e) });
  }
}
