import type { KoersBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/** Only the preload's contextBridge API; the renderer has no other way into the main process. */
export function electronPlatform(bridge: KoersBridge): Platform {
  return {
    kind: 'electron',
    onLockRequest: (cb) => bridge.onLockRequest(cb),
  };
}
