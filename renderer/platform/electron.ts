import type { KoersBridge } from '../../shared/ipc/contract';
import type { BackupFolder, BackupSink } from '../../shared/backup/backup-ports';
import { electronOffice } from './electron-office';
import type { Platform } from './platform';

/** Pieces read over IPC: large enough to keep the calls few, small enough to stay flat. */
const READ_PIECE = 4 * 1024 * 1024;

/** The folder as the main process offers it, by backup name only. */
function bridgeFolder(backup: KoersBridge['backup']): BackupFolder {
  return {
    list: () => backup.list(),
    async create(name): Promise<BackupSink> {
      const handle = await backup.begin(name);
      return {
        // Not cross-origin isolated: no SharedArrayBuffer reaches here.
        write: (bytes) => backup.write(handle, bytes as Uint8Array<ArrayBuffer>),
        commit: () => backup.commit(handle),
        abort: () => backup.abort(handle),
      };
    },
    async *read(name) {
      for (let offset = 0; ;) {
        const piece = await backup.read(name, offset, READ_PIECE);
        if (piece.length === 0) return;
        offset += piece.length;
        yield piece;
      }
    },
    readSmall: (name) => backup.readSmall(name),
    remove: (name) => backup.remove(name),
  };
}

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
    backupFolder: {
      status: () => bridge.backup.status(),
      choose: () => bridge.backup.chooseFolder(),
      folder: bridgeFolder(bridge.backup),
    },
    office: electronOffice(bridge.office),
  };
}
