// The object the preload exposes as window.koers. Built from the shared contract, so it offers
// exactly the contract's functions: no generic invoke(channel), no ipcRenderer, no event objects
// (an IpcRendererEvent would hand the page ipcRenderer itself).
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  IPC_CHANNELS,
  lockReasonSchema,
  schemasFor,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
  type KoersBridge,
  type LockReason,
} from '../shared/ipc/contract';

type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createKoersBridge(ipc: BridgeIpc): KoersBridge {
  async function call<C extends InvokeChannel>(
    channel: C,
    ...request: [InvokeRequest<C>] | []
  ): Promise<InvokeResponse<C>> {
    const contract = schemasFor(channel);
    // Checked here too so the renderer gets a precise error without a round trip; main checks
    // again because it cannot trust this side.
    const checked = contract.request.parse(request[0]);
    const reply: unknown =
      request.length === 0 ? await ipc.invoke(channel) : await ipc.invoke(channel, checked);
    return contract.response.parse(reply);
  }

  const quickUnlock: KoersBridge['quickUnlock'] = Object.freeze({
    status: () => call(IPC_CHANNELS.quickUnlockStatus),
    enable: (request) => call(IPC_CHANNELS.quickUnlockEnable, request),
    unlock: () => call(IPC_CHANNELS.quickUnlockUnlock),
    disable: () => call(IPC_CHANNELS.quickUnlockDisable),
    lockScreen: async (request) => {
      await call(IPC_CHANNELS.quickUnlockLockScreen, request);
    },
  });

  const backup: KoersBridge['backup'] = Object.freeze({
    status: () => call(IPC_CHANNELS.backupStatus),
    chooseFolder: () => call(IPC_CHANNELS.backupChooseFolder),
    list: () => call(IPC_CHANNELS.backupList),
    begin: async (name: string) => (await call(IPC_CHANNELS.backupBegin, { name })).handle,
    write: async (handle: string, data: Uint8Array<ArrayBuffer>) => {
      await call(IPC_CHANNELS.backupWrite, { handle, data });
    },
    commit: async (handle: string) => {
      await call(IPC_CHANNELS.backupCommit, { handle });
    },
    abort: async (handle: string) => {
      await call(IPC_CHANNELS.backupAbort, { handle });
    },
    read: (name: string, offset: number, length: number) =>
      call(IPC_CHANNELS.backupRead, { name, offset, length }),
    readSmall: (name: string) => call(IPC_CHANNELS.backupReadSmall, { name }),
    remove: async (name: string) => {
      await call(IPC_CHANNELS.backupRemove, { name });
    },
  });

  const office: KoersBridge['office'] = Object.freeze({
    request: (request) => call(IPC_CHANNELS.officeRequest, request),
    pin: (origin: string) => call(IPC_CHANNELS.officePin, { origin }),
    unpin: () => call(IPC_CHANNELS.officeUnpin),
  });

  return Object.freeze({
    platform: 'electron' as const,
    onLockRequest(callback: (reason: LockReason) => void): () => void {
      const listener = (_event: IpcRendererEvent, reason: unknown) => {
        const parsed = lockReasonSchema.safeParse(reason);
        if (parsed.success) callback(parsed.data);
      };
      ipc.on(IPC_CHANNELS.lockRequest, listener);
      return () => {
        ipc.removeListener(IPC_CHANNELS.lockRequest, listener);
      };
    },
    setContentProtection: async (enabled: boolean) => {
      await call(IPC_CHANNELS.setContentProtection, { enabled });
    },
    getAppInfo: () => call(IPC_CHANNELS.getAppInfo),
    saveFile: (request) => call(IPC_CHANNELS.saveFile, request),
    openFile: (request) => call(IPC_CHANNELS.openFile, request),
    quickUnlock,
    backup,
    office,
  } satisfies KoersBridge);
}
