/**
 * The only places a decrypted document leaves the vault, and only on the coach's click.
 * Object URLs live briefly and are all revoked when the dossier closes (lock included); a
 * download or an opened tab that already started keeps its own reference to the bytes.
 *
 * In the browser a "save" is a download under the original name (made portable): the browser decides the
 * folder (or asks, per its setting). The desktop app shows its native save dialog.
 */
import { portableFileName } from '../../../shared/domain/documents';
import { platform } from '../../platform';

const live = new Set<string>();

function temporaryUrl(blob: Blob, lifetimeMs: number): string {
  const url = URL.createObjectURL(blob);
  live.add(url);
  setTimeout(() => revoke(url), lifetimeMs);
  return url;
}

function revoke(url: string): void {
  URL.revokeObjectURL(url);
  live.delete(url);
}

export function revokeAllCopies(): void {
  for (const url of [...live]) revoke(url);
}

export async function saveCopy(blob: Blob, storedName: string): Promise<void> {
  // Names attached before names were made portable may still hold ":" or "CON": the copy
  // gets a name every OS accepts, whatever was stored.
  const fileName = portableFileName(storedName);
  if (platform.kind === 'electron') {
    // The native save dialog: the coach picks the folder, or cancels.
    await platform.saveFile(fileName, blob, blob.type);
    return;
  }
  const a = document.createElement('a');
  a.href = temporaryUrl(blob, 30_000);
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Opens in a new tab, with the type taken from the content at attach time, never the name. */
export function openCopy(blob: Blob): void {
  window.open(temporaryUrl(blob, 60_000), '_blank', 'noopener');
}
