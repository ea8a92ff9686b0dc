import { browserOffice } from './browser-office';
import type { Platform } from './platform';

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
};
