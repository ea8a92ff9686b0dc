import type { Platform } from './platform';

export const browserPlatform: Platform = {
  kind: 'browser',
  // A browser tab gets no suspend or screen-lock events; the idle timer still applies.
  onLockRequest: () => () => undefined,
};
