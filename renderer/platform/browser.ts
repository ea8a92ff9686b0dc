import type { Platform } from './platform';

export const browserPlatform: Platform = {
  kind: 'browser',
  // A browser tab gets no suspend or screen-lock events; the idle timer still applies.
  onLockRequest: () => () => undefined,
  async saveFile(name, data, mimeType) {
    const url = URL.createObjectURL(
      new Blob([data as Uint8Array<ArrayBuffer>], { type: mimeType }),
    );
    try {
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.rel = 'noopener';
      a.click();
    } finally {
      // Revoked on the next task: the download has taken its copy by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
    return { saved: true };
  },
};
