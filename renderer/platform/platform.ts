export type LockReason = 'suspend' | 'lock-screen' | 'menu';

/**
 * What the UI needs from its host. The Electron adapter goes through the preload bridge;
 * the browser adapter (npm run web, e2e tests) does without OS events.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  /** The OS or the app menu asks to lock (sleep, screen lock, menu item). */
  onLockRequest(cb: (reason: LockReason) => void): () => void;
}
