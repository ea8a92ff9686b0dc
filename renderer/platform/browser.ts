import type { BackupSink } from '../../shared/backup/backup-ports';
import { browserOffice } from './browser-office';
import type { Platform } from './platform';

/** Folded into a Blob every few MB, so the pieces leave the page's heap as they come. */
const FOLD_BYTES = 8 * 1024 * 1024;

/**
 * A backup as a download: the pieces go into a Blob (kept by the browser outside the page's
 * heap) and are offered as a file only once the backup is complete; an abort offers nothing.
 */
export function downloadSink(
  name: string,
  save: (name: string, blob: Blob) => Promise<unknown> = (n, b) =>
    browserPlatform.saveFile(n, b, 'application/octet-stream'),
): BackupSink {
  let blob = new Blob([]);
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const fold = () => {
    blob = new Blob([blob, ...pending]);
    pending = [];
    pendingBytes = 0;
  };
  return {
    async write(bytes) {
      pending.push(bytes.slice() as Uint8Array<ArrayBuffer>);
      pendingBytes += bytes.length;
      if (pendingBytes >= FOLD_BYTES) fold();
    },
    async commit() {
      fold();
      await save(name, blob);
    },
    async abort() {
      pending = [];
      blob = new Blob([]);
    },
  };
}

/**
 * Asks the browser to keep the vault's storage: without it, IndexedDB is "best effort" and a
 * browser short of disk space may evict it, encrypted dossiers and all. Chromium decides
 * without a prompt (installed, bookmarked or much-used sites get it); a refusal changes
 * nothing else. Returns whether storage is persistent.
 */
export async function requestPersistentStorage(
  // Outside a page (the unit tests import this module in Node) there is no navigator.
  storage: Pick<StorageManager, 'persist'> | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (storage === undefined) return false;
  try {
    // Answers true at once when already granted, so no need to ask persisted() first.
    return await storage.persist();
  } catch {
    return false;
  }
}

export const browserPlatform: Platform = {
  kind: 'browser',
  office: browserOffice,
  canOpenInNewTab: true,
  // A browser tab gets no suspend or screen-lock events; the idle timer still applies.
  onLockRequest: () => () => undefined,
  async saveFile(name, data, mimeType) {
    const blob =
      data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>], { type: mimeType });
    const url = URL.createObjectURL(blob);
    try {
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.rel = 'noopener';
      a.click();
    } finally {
      // The download has taken its copy within a moment; slow hosts get a second.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
    return { saved: true };
  },
  downloadSink: (name) => downloadSink(name),
};
