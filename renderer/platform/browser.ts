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
      // The download has taken its copy within a moment; slow hosts get a second.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
    return { saved: true };
  },
};
