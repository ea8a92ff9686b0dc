import {
  BackupError,
  LEDGER_FILE_NAME,
  type BackupErrorCode,
} from '../../shared/backup/backup-format';
import { restoreBackup, type RestoreSummary } from '../vault/backup-restore';
import { deriveKeyInWorker } from '../vault/kdf-client';
import { platform } from '../platform';
import type { BackupFolderPort } from '../platform/platform';
import { isDemo } from './profile';
import { vaultDb } from './vault-instance';

// Apart from state/backups.ts: the first screen restores before any session exists, and must
// not pull the session's services into its script.

export type BackupErrorKey = BackupErrorCode | 'unreachable' | 'failed';

/** The message code for a failure: the BackupError's own, or a generic one. */
export function backupErrorCode(e: unknown): BackupErrorKey {
  if (e instanceof BackupError) return e.code;
  return 'failed';
}

export type { RestoreSummary };

/**
 * The backup folder, unless this is the demo vault: its made-up dossiers must never rotate a
 * coach's real backups out of the folder.
 */
export const backupFolderPort = (): BackupFolderPort | undefined =>
  isDemo() ? undefined : platform.backupFolder;

async function* blobPieces(blob: Blob): AsyncIterable<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/**
 * "Back-up terugzetten" on the first screen: into this profile's empty database, with the
 * passphrase of the backed-up vault. The erasure ledger comes from the backup folder where
 * one is chosen, or from the file the coach picked beside the backup.
 */
export async function restoreFromFile(
  backup: Blob,
  ledgerFile: Blob | null,
  passphrase: string,
): Promise<RestoreSummary> {
  let ledger: Uint8Array | null = ledgerFile
    ? new Uint8Array(await ledgerFile.arrayBuffer())
    : null;
  const port = backupFolderPort();
  if (!ledger && port) {
    const folder = await port.status().catch(() => null);
    if (folder?.chosen && folder.reachable)
      ledger = await port.folder.readSmall(LEDGER_FILE_NAME).catch(() => null);
  }
  return restoreBackup({
    db: vaultDb,
    source: blobPieces(backup),
    passphrase,
    deriveKey: deriveKeyInWorker,
    ledger,
  });
}
