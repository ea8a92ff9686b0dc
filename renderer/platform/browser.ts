import type { Platform } from './platform';

export const browserPlatform: Platform = {
  kind: 'browser',
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
