import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type KoersBridge, type LockReason } from '../../../shared/ipc/contract';
import { createKoersBridge } from '../../../electron/bridge';
import {
  FakeWebFrameMain,
  fakeIpcMain,
  fakeIpcRenderer,
  ipcRenderer,
  makeInvokeEvent,
  resetFakeElectron,
} from '../../fixtures/fake-electron';

beforeEach(() => resetFakeElectron());

/** Routes the bridge's invokes to fakeIpcMain as if from a frame at `url`. */
function routeTo(handler: (channel: string, ...args: unknown[]) => unknown) {
  fakeIpcMain.handlers.clear();
  fakeIpcRenderer.invokeHandler = async (channel, ...args) => {
    fakeIpcMain.handle(channel, (_event, ...received) => handler(channel, ...received));
    try {
      return await fakeIpcMain.invoke(
        channel,
        makeInvokeEvent(new FakeWebFrameMain('koers://app/index.html')),
        ...args,
      );
    } finally {
      fakeIpcMain.removeHandler(channel);
    }
  };
}

describe('preload', () => {
  it('exposes window.koers with exactly the contract functions', async () => {
    // A fresh module graph, so the preload runs again; read the fake it actually got.
    vi.resetModules();
    await import('../../../electron/preload');
    const { fakeContextBridge } = await import('../../fixtures/fake-electron');
    expect([...fakeContextBridge.exposed.keys()]).toEqual(['koers']);
    const bridge = fakeContextBridge.exposed.get('koers') as KoersBridge;
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'backup',
        'getAppInfo',
        'office',
        'onLockRequest',
        'openFile',
        'platform',
        'quickUnlock',
        'saveFile',
        'setContentProtection',
      ].sort(),
    );
    expect(Object.keys(bridge.quickUnlock).sort()).toEqual([
      'disable',
      'enable',
      'lockScreen',
      'status',
      'unlock',
    ]);
    // No generic fetch: one request function, to the pinned office only, and the pin.
    expect(Object.keys(bridge.office).sort()).toEqual(['pin', 'request', 'unpin']);
    expect(Object.isFrozen(bridge.office)).toBe(true);
    expect(bridge.platform).toBe('electron');
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});

describe('bridge', () => {
  it('passes lock requests on with only the reason, never the IPC event', () => {
    const bridge = createKoersBridge(ipcRenderer);
    const received: unknown[][] = [];
    const unsubscribe = bridge.onLockRequest((...args) => received.push(args));
    fakeIpcRenderer.deliver(IPC_CHANNELS.lockRequest, 'suspend');
    fakeIpcRenderer.deliver(IPC_CHANNELS.lockRequest, 'lock-screen');
    fakeIpcRenderer.deliver(IPC_CHANNELS.lockRequest, 'menu');
    expect(received).toEqual([['suspend'], ['lock-screen'], ['menu']]);
    unsubscribe();
    fakeIpcRenderer.deliver(IPC_CHANNELS.lockRequest, 'suspend');
    expect(received).toHaveLength(3);
    expect(fakeIpcRenderer.listenerCount(IPC_CHANNELS.lockRequest)).toBe(0);
  });

  it('ignores a lock message off the contract', () => {
    const bridge = createKoersBridge(ipcRenderer);
    const received: LockReason[] = [];
    bridge.onLockRequest((reason) => received.push(reason));
    fakeIpcRenderer.deliver(IPC_CHANNELS.lockRequest, 'reboot');
    fakeIpcRenderer.deliver(IPC_CHANNELS.lockRequest, { reason: 'suspend' });
    expect(received).toEqual([]);
  });

  it('sends each call on its contract channel with the validated payload', async () => {
    const seen: { channel: string; args: unknown[] }[] = [];
    routeTo((channel, ...args) => {
      seen.push({ channel, args });
      if (channel === IPC_CHANNELS.saveFile) return { saved: true, path: '/home/c/export.zip' };
      if (channel === IPC_CHANNELS.getAppInfo) return { version: '0.1.0', platform: 'linux' };
      return undefined;
    });
    const bridge = createKoersBridge(ipcRenderer);
    await bridge.setContentProtection(false);
    expect(await bridge.getAppInfo()).toEqual({ version: '0.1.0', platform: 'linux' });
    const data = new Uint8Array([1, 2, 3]);
    expect(await bridge.saveFile({ suggestedName: 'export.zip', data })).toEqual({
      saved: true,
      path: '/home/c/export.zip',
    });
    expect(seen).toEqual([
      { channel: IPC_CHANNELS.setContentProtection, args: [{ enabled: false }] },
      { channel: IPC_CHANNELS.getAppInfo, args: [] },
      { channel: IPC_CHANNELS.saveFile, args: [{ suggestedName: 'export.zip', data }] },
    ]);
  });

  it('rejects a malformed request before it leaves the renderer', async () => {
    const bridge = createKoersBridge(ipcRenderer);
    await expect(
      bridge.saveFile({ suggestedName: '../../.bashrc', data: new Uint8Array() }),
    ).rejects.toThrow();
    await expect(bridge.quickUnlock.enable({ secret: new Uint8Array(5) })).rejects.toThrow();
    expect(fakeIpcRenderer.invocations).toEqual([]);
  });

  it('rejects a reply off the contract', async () => {
    routeTo(() => ({ version: 1 }));
    const bridge = createKoersBridge(ipcRenderer);
    await expect(bridge.getAppInfo()).rejects.toThrow();
  });

  it('carries binary data both ways as Uint8Array', async () => {
    routeTo(() => ({ name: 'a.bin', data: new Uint8Array([9, 8]) }));
    const bridge = createKoersBridge(ipcRenderer);
    const opened = await bridge.openFile({});
    expect(opened?.data).toBeInstanceOf(Uint8Array);
    expect([...(opened?.data ?? [])]).toEqual([9, 8]);
  });
});
