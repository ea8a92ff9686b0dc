import type { KoersBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/** Only the preload's contextBridge API; the renderer has no other way into the main process. */
export function electronPlatform(bridge: KoersBridge): Platform {
  return {
    kind: 'electron',
    // The shell denies every new window; a copy is saved through the dialog instead.
    canOpenInNewTab: false,
    onLockRequest: (cb) => bridge.onLockRequest(cb),
    async saveFile(name, content) {
      const data = content instanceof Blob ? new Uint8Array(await content.arrayBuffer()) : content;
      // The main process only accepts a bare file name; the dialog picks the folder.
      const safeName = name.replace(/[/\\:*?"<>|\p{Cc}]/gu, '_').trim() || 'koers-bestand';
      // The renderer is not cross-origin isolated, so no SharedArrayBuffer can reach here.
      const r = await bridge.saveFile({
        suggestedName: safeName,
        data: data as Uint8Array<ArrayBuffer>,
      });
      return { saved: r.saved };
    },
    setContentProtection: (enabled) => bridge.setContentProtection(enabled),
    quickUnlock: {
      status: () => bridge.quickUnlock.status(),
      async enable(key) {
        await bridge.quickUnlock.enable({ secret: key as Uint8Array<ArrayBuffer> });
      },
      async unlock() {
        return (await bridge.quickUnlock.unlock())?.secret ?? null;
      },
      async disable() {
        await bridge.quickUnlock.disable();
      },
      lockScreen: (shown) => bridge.quickUnlock.lockScreen({ shown }),
    },
  };
}
