// What each contract channel does. Sender and payload checks happen before these run (ipc.ts);
// here every handler acts only on the window that asked.
import type { App, BrowserWindow, IpcMainInvokeEvent, WebContents } from 'electron';
import type { InvokeHandlers } from './ipc';
import type { createFileDialogs } from './file-dialogs';
import type { createQuickUnlock } from './quick-unlock';
import type { createBackupFolders } from './backup-folder';
import type { createOfficeProxy } from './office-proxy';
import { IPC_CHANNELS } from '../shared/ipc/contract';

export interface InvokeHandlerDeps {
  app: Pick<App, 'getVersion'>;
  platform: NodeJS.Platform;
  windowFor: (sender: WebContents) => BrowserWindow | null;
  fileDialogs: ReturnType<typeof createFileDialogs>;
  quickUnlock: ReturnType<typeof createQuickUnlock>;
  backups: ReturnType<typeof createBackupFolders>;
  office: ReturnType<typeof createOfficeProxy>;
}

export function createInvokeHandlers(deps: InvokeHandlerDeps): InvokeHandlers {
  const requireWindow = (event: IpcMainInvokeEvent): BrowserWindow => {
    const win = deps.windowFor(event.sender);
    if (win === null) throw new Error('No window for this request');
    return win;
  };
  return {
    [IPC_CHANNELS.setContentProtection]: ({ enabled }, event) => {
      requireWindow(event).setContentProtection(enabled);
      return undefined;
    },
    [IPC_CHANNELS.getAppInfo]: () => ({
      version: deps.app.getVersion(),
      platform: deps.platform,
    }),
    [IPC_CHANNELS.saveFile]: (request, event) =>
      deps.fileDialogs.saveFile(requireWindow(event), request),
    [IPC_CHANNELS.openFile]: (request, event) =>
      deps.fileDialogs.openFile(requireWindow(event), request),
    [IPC_CHANNELS.quickUnlockStatus]: () => deps.quickUnlock.status(),
    [IPC_CHANNELS.quickUnlockEnable]: (request) => deps.quickUnlock.enable(request),
    [IPC_CHANNELS.quickUnlockUnlock]: () => deps.quickUnlock.unlock(),
    [IPC_CHANNELS.quickUnlockDisable]: () => deps.quickUnlock.disable(),
    [IPC_CHANNELS.quickUnlockLockScreen]: ({ shown }) => {
      deps.quickUnlock.lockScreen(shown);
      return undefined;
    },
    [IPC_CHANNELS.backupStatus]: () => deps.backups.status(),
    [IPC_CHANNELS.backupChooseFolder]: (_request, event) =>
      deps.backups.choose(requireWindow(event)),
    [IPC_CHANNELS.backupList]: () => deps.backups.list(),
    [IPC_CHANNELS.backupBegin]: async ({ name }) => ({ handle: await deps.backups.begin(name) }),
    [IPC_CHANNELS.backupWrite]: async ({ handle, data }) => {
      await deps.backups.write(handle, data);
      return undefined;
    },
    [IPC_CHANNELS.backupCommit]: async ({ handle }) => {
      await deps.backups.commit(handle);
      return undefined;
    },
    [IPC_CHANNELS.backupAbort]: async ({ handle }) => {
      await deps.backups.abort(handle);
      return undefined;
    },
    [IPC_CHANNELS.backupRead]: ({ name, offset, length }) =>
      deps.backups.read(name, offset, length),
    [IPC_CHANNELS.backupReadSmall]: ({ name }) => deps.backups.readSmall(name),
    [IPC_CHANNELS.backupRemove]: async ({ name }) => {
      await deps.backups.remove(name);
      return undefined;
    },
    [IPC_CHANNELS.officeRequest]: (request) => deps.office.request(request),
    [IPC_CHANNELS.officePin]: ({ origin }) => ({ origin: deps.office.pin(origin) }),
    [IPC_CHANNELS.officeUnpin]: () => {
      deps.office.unpin();
      return { origin: null };
    },
  };
}
