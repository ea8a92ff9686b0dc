import type { KoersBridge } from '../../shared/ipc/contract';
import { BRIDGE_KEY } from '../../shared/ipc/bridge-key';
import { browserPlatform, requestPersistentStorage } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './platform';

export type { Platform, LockReason } from './platform';

const bridge = (window as unknown as Record<string, KoersBridge | undefined>)[BRIDGE_KEY];

/** Electron when the preload exposed its bridge; the browser adapter otherwise (npm run web). */
export const platform: Platform =
  bridge?.platform === 'electron' ? electronPlatform(bridge) : browserPlatform;

// At boot. A browser decides by itself; Electron's permission handler grants it to koers://app
// only (electron/permissions.ts).
void requestPersistentStorage();
