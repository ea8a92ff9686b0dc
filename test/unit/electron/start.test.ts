import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, IPC_CHANNELS, type InvokeChannel } from '../../../shared/ipc/contract';
import { startKoers, type KoersElectron } from '../../../electron/start';
import * as electron from '../../fixtures/fake-electron';
import {
  FakeBrowserWindow,
  FakeMenu,
  fakeApp,
  fakeDefaultSession,
  fakeDialog,
  fakeIpcMain,
  fakePowerMonitor,
  fakeProtocol,
  fakeSystemPreferences,
  makeEvent,
  makeInvokeEvent,
  resetFakeElectron,
} from '../../fixtures/fake-electron';
import { fakeSpawn } from '../../fixtures/fake-spawn';

const fake: KoersElectron = electron;

/** A dist/ folder like the build makes: electron/ next to renderer/. */
function distDir(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'koers-dist-'));
  mkdirSync(path.join(dist, 'electron'));
  mkdirSync(path.join(dist, 'renderer'));
  writeFileSync(path.join(dist, 'renderer', 'index.html'), '<title>Koers</title>');
  return dist;
}

async function started(options: { platform?: NodeJS.Platform } = {}) {
  const dist = distDir();
  // A fake spawn: on Linux, startup runs `gdbus monitor` (electron/logind-lock.ts).
  const koers = startKoers(fake, {
    mainDir: path.join(dist, 'electron'),
    spawn: fakeSpawn().spawn,
    ...options,
  });
  fakeApp.markReady();
  await koers?.ready;
  const win = FakeBrowserWindow.instances[0];
  if (koers === null || win === undefined) throw new Error('Koers did not start');
  return { koers, win, dist };
}

function menuItem(label: string): MenuItemConstructorOptions | undefined {
  const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [
      i,
      ...(Array.isArray(i.submenu) ? walk(i.submenu as MenuItemConstructorOptions[]) : []),
    ]);
  return walk(FakeMenu.applicationMenu?.template ?? []).find((i) => i.label === label);
}

beforeEach(() => {
  resetFakeElectron();
  const home = mkdtempSync(path.join(tmpdir(), 'koers-home-'));
  fakeApp.paths.set('userData', home);
  fakeApp.paths.set('documents', home);
});

describe('startup before ready', () => {
  it('claims the single-instance lock, sandboxes all renderers and registers koers://', () => {
    startKoers(fake, { mainDir: path.join(distDir(), 'electron') });
    expect(fakeApp.calls.requestSingleInstanceLock).toBe(1);
    expect(fakeApp.calls.enableSandbox).toEqual([{ beforeReady: true }]);
    expect(fakeProtocol.registeredBeforeReady).toBe(true);
    expect(FakeBrowserWindow.instances).toEqual([]);
  });

  it('a second instance quits and sets nothing up', async () => {
    fakeApp.singleInstanceLockGranted = false;
    expect(startKoers(fake, { mainDir: path.join(distDir(), 'electron') })).toBeNull();
    fakeApp.markReady();
    await Promise.resolve();
    expect(fakeApp.calls.quit).toBe(1);
    expect(fakeApp.calls.enableSandbox).toEqual([]);
    expect(fakeProtocol.privilegedSchemes).toEqual([]);
    expect(fakeIpcMain.handlers.size).toBe(0);
    expect(FakeBrowserWindow.instances).toEqual([]);
  });

  it('a packaged build refuses to start with remote debugging switches', () => {
    fakeApp.isPackaged = true;
    fakeApp.switches.add('remote-debugging-port');
    expect(startKoers(fake, { mainDir: path.join(distDir(), 'electron') })).toBeNull();
    expect(fakeApp.calls.exit).toEqual([1]);
    expect(fakeApp.calls.requestSingleInstanceLock).toBe(0);
  });

  it('a development build tolerates them (for debugging Koers itself)', () => {
    fakeApp.switches.add('remote-debugging-port');
    expect(startKoers(fake, { mainDir: path.join(distDir(), 'electron') })).not.toBeNull();
  });
});

describe('startup after ready', () => {
  it('serves the renderer from dist/renderer with the CSP', async () => {
    await started();
    const res = await fakeProtocol.request('koers://app/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('installs the permission handlers and every IPC handler', async () => {
    await started();
    expect(fakeDefaultSession.permissionRequestHandler).not.toBeNull();
    expect(fakeDefaultSession.checkPermission('media', 'koers://app')).toBe(false);
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('opens one window with the preload from dist/electron', async () => {
    const { win, dist } = await started();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(win.options.webPreferences?.preload).toBe(path.join(dist, 'electron', 'preload.cjs'));
    expect(win.loadedUrls).toEqual(['koers://app/index.html']);
  });

  it('keeps DevTools off when packaged', async () => {
    fakeApp.isPackaged = true;
    const { win } = await started();
    expect(win.options.webPreferences?.devTools).toBe(false);
    expect(menuItem('Ontwikkelhulpmiddelen')).toBeUndefined();
  });

  it('guards navigation of the window it creates', async () => {
    const { win } = await started();
    expect(win.webContents.attemptNavigation('https://evil.example/').defaultPrevented).toBe(true);
    expect(win.webContents.attemptWindowOpen('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it.each(['suspend', 'lock-screen'] as const)('asks the window to lock on %s', async (event) => {
    const { win } = await started();
    fakePowerMonitor.emit(event);
    expect(win.webContents.sent).toEqual([{ channel: IPC_CHANNELS.lockRequest, args: [event] }]);
  });

  it('asks the window to lock from the menu', async () => {
    const { win } = await started();
    (menuItem('Vergrendelen')?.click as (() => void) | undefined)?.();
    expect(win.webContents.sent).toEqual([{ channel: IPC_CHANNELS.lockRequest, args: ['menu'] }]);
  });

  it('shows the about box in Dutch', async () => {
    await started();
    (menuItem('Over Koers')?.click as (() => void) | undefined)?.();
    expect(fakeDialog.messageBoxes[0]).toMatchObject({
      title: 'Over Koers',
      message: 'Koers 0.1.0',
    });
  });

  it('lets the app frame toggle content protection of its own window', async () => {
    const { win } = await started();
    expect(win.contentProtection).toBe(true);
    await fakeIpcMain.invoke(
      IPC_CHANNELS.setContentProtection,
      makeInvokeEvent(win.webContents.mainFrame, win.webContents),
      { enabled: false },
    );
    expect(win.contentProtection).toBe(false);
  });

  it('releases the quick-unlock key over IPC only to the lock screen, once, after Touch ID on a Mac', async () => {
    fakeSystemPreferences.touchIdAvailable = true;
    const { win } = await started({ platform: 'darwin' });
    const call = (channel: InvokeChannel, ...args: unknown[]) =>
      fakeIpcMain.invoke(
        channel,
        makeInvokeEvent(win.webContents.mainFrame, win.webContents),
        ...args,
      );
    const q = new Uint8Array(32).fill(3);
    await call(IPC_CHANNELS.quickUnlockEnable, { secret: q });
    expect(await call(IPC_CHANNELS.quickUnlockUnlock)).toBeNull();
    expect(fakeSystemPreferences.touchIdPrompts).toEqual([]);
    await call(IPC_CHANNELS.quickUnlockLockScreen, { shown: true });
    expect(await call(IPC_CHANNELS.quickUnlockUnlock)).toEqual({ secret: q });
    expect(fakeSystemPreferences.touchIdPrompts).toHaveLength(1);
    expect(await call(IPC_CHANNELS.quickUnlockUnlock)).toBeNull();
  });

  it('reports app info', async () => {
    const { win } = await started({ platform: 'win32' });
    expect(
      await fakeIpcMain.invoke(
        IPC_CHANNELS.getAppInfo,
        makeInvokeEvent(win.webContents.mainFrame, win.webContents),
      ),
    ).toEqual({ version: '0.1.0', platform: 'win32' });
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { win } = await started();
    win.minimized = true;
    fakeApp.emit('second-instance', makeEvent({}), [], '/');
    expect(win.minimized).toBe(false);
    expect(win.focusCount).toBe(1);
  });

  it('quits when the window closes, except on macOS', async () => {
    const linux = await started({ platform: 'linux' });
    linux.win.close();
    fakeApp.emit('window-all-closed');
    expect(fakeApp.calls.quit).toBe(1);

    resetFakeElectron();
    fakeApp.paths.set('userData', mkdtempSync(path.join(tmpdir(), 'koers-home-')));
    const mac = await started({ platform: 'darwin' });
    mac.win.close();
    fakeApp.emit('window-all-closed');
    expect(fakeApp.calls.quit).toBe(0);
    fakeApp.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });
});

describe('main.ts', () => {
  it('starts Koers with the electron module', async () => {
    // A fresh module graph, so main.ts runs again; read the fake it actually got.
    vi.resetModules();
    await import('../../../electron/main');
    const fresh = await import('../../fixtures/fake-electron');
    expect(fresh.fakeApp.calls.requestSingleInstanceLock).toBe(1);
    expect(fresh.fakeProtocol.privilegedSchemes.map((s) => s.scheme)).toEqual(['koers']);
  });
});
