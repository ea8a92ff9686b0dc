// Wires the main process together. Takes the Electron API as an argument so the whole startup
// sequence runs in vitest against test/fixtures/fake-electron.ts; main.ts passes the real one.
import { spawn as nodeSpawn } from 'node:child_process';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { forbiddenSwitchesPresent } from './debug-switches';
import { PRIVACY_AUTHORITY_URL } from './external-links';
import { createBackupFolders } from './backup-folder';
import { createFileDialogs } from './file-dialogs';
import { createOfficeProxy } from './office-proxy';
import { registerIpcHandlers } from './ipc';
import { createInvokeHandlers } from './ipc-handlers';
import { forwardLockEvents, sendLockRequest } from './lock-events';
import { watchLogindLock, type SpawnFn } from './logind-lock';
import { buildMenuTemplate, installMenu } from './menu';
import { guardNavigation, openExternalIfAllowed } from './navigation';
import { denyPermissions } from './permissions';
import { registerAppScheme, serveAppScheme } from './protocol';
import { createQuickUnlock } from './quick-unlock';
import { claimSingleInstance, focusWindow } from './single-instance';
import { restrictWebRtc } from './webrtc';
import { createMainWindow } from './window';
import { loadWindowState } from './window-state';

export type KoersElectron = Pick<
  typeof import('electron'),
  | 'app'
  | 'BrowserWindow'
  | 'dialog'
  | 'ipcMain'
  | 'Menu'
  | 'net'
  | 'powerMonitor'
  | 'protocol'
  | 'safeStorage'
  | 'screen'
  | 'session'
  | 'shell'
  | 'systemPreferences'
>;

export interface StartOptions {
  /** Folder holding main.cjs and preload.cjs (dist/electron). */
  mainDir: string;
  platform?: NodeJS.Platform;
  /** The raw command line, checked for forbidden switches; process.argv by default. */
  argv?: readonly string[];
  /** Starts the logind monitor (Linux screen lock); child_process.spawn by default. */
  spawn?: SpawnFn;
}

export interface KoersMain {
  /** The application window, once created. */
  window(): BrowserWindow | null;
  /** Resolves when startup after 'ready' has finished (or failed and quit). */
  ready: Promise<void>;
}

export function startKoers(electron: KoersElectron, options: StartOptions): KoersMain | null {
  const { app } = electron;
  const platform = options.platform ?? process.platform;
  let mainWindow: BrowserWindow | null = null;

  if (app.isPackaged) {
    const forbidden = forbiddenSwitchesPresent(
      app.commandLine,
      options.argv ?? process.argv,
      platform,
    );
    if (forbidden.length > 0) {
      console.error(`Koers: refusing to start with debugging switches: ${forbidden.join(', ')}`);
      app.exit(1);
      return null;
    }
  }

  if (!claimSingleInstance(app, () => focusWindow(mainWindow))) return null;

  // Sandbox every renderer, including any a future change forgets to configure.
  app.enableSandbox();
  registerAppScheme(electron.protocol);

  const openExternal = (url: string) => electron.shell.openExternal(url);
  // Applied to every webContents Electron creates, not only the ones this file makes.
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, openExternal);
    restrictWebRtc(contents);
  });

  const rendererDir = path.join(options.mainDir, '..', 'renderer');
  const preloadPath = path.join(options.mainDir, 'preload.cjs');

  const openWindow = (): BrowserWindow => {
    const stateFile = path.join(app.getPath('userData'), 'window-state.json');
    const workAreas = electron.screen.getAllDisplays().map((d) => d.workArea);
    const win = createMainWindow(electron.BrowserWindow, {
      preloadPath,
      isPackaged: app.isPackaged,
      state: loadWindowState(stateFile, workAreas),
      stateFile,
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    return win;
  };

  const requestLock = (reason: 'suspend' | 'lock-screen' | 'menu') =>
    sendLockRequest(mainWindow?.webContents ?? null, reason);

  const ready = app
    .whenReady()
    .then(() => {
      serveAppScheme(electron.protocol, rendererDir);
      denyPermissions(electron.session.defaultSession);

      registerIpcHandlers(
        electron.ipcMain,
        createInvokeHandlers({
          app,
          platform,
          windowFor: (sender) => electron.BrowserWindow.fromWebContents(sender),
          fileDialogs: createFileDialogs({
            dialog: electron.dialog,
            defaultDirectory: () => app.getPath('documents'),
          }),
          quickUnlock: createQuickUnlock({
            safeStorage: electron.safeStorage,
            platform,
            file: path.join(app.getPath('userData'), 'quick-unlock.bin'),
            systemPreferences: electron.systemPreferences,
          }),
          backups: createBackupFolders({
            dialog: electron.dialog,
            configFile: path.join(app.getPath('userData'), 'backup-folder.json'),
          }),
          office: createOfficeProxy({
            fetch: (url, init) => electron.net.fetch(url, init),
            configFile: path.join(app.getPath('userData'), 'office-origin.json'),
          }),
        }),
      );

      forwardLockEvents(electron.powerMonitor, requestLock);
      // powerMonitor has no 'lock-screen' on Linux: ask logind instead.
      const logind = watchLogindLock({
        platform,
        spawn: options.spawn ?? nodeSpawn,
        requestLock,
        sessionId: process.env.XDG_SESSION_ID,
      });
      app.on('will-quit', () => logind.stop());

      installMenu(
        electron.Menu,
        buildMenuTemplate(
          { platform, isPackaged: app.isPackaged },
          {
            lock: () => requestLock('menu'),
            about: () => {
              const aboutOptions = {
                type: 'info' as const,
                title: 'Over Koers',
                message: `Koers ${app.getVersion()}`,
                detail: 'Versleuteld cliëntdossier voor re-integratiecoaches en jobcoaches.',
              };
              const shown = mainWindow
                ? electron.dialog.showMessageBox(mainWindow, aboutOptions)
                : electron.dialog.showMessageBox(aboutOptions);
              shown.catch(() => undefined);
            },
            openPrivacyAuthority: () => {
              openExternalIfAllowed(PRIVACY_AUTHORITY_URL, openExternal);
            },
          },
        ),
      );

      openWindow();
    })
    .catch((error: unknown) => {
      // Half a security setup is worse than none visible: do not run without all of it.
      console.error('Koers: startup failed', error);
      app.exit(1);
    });

  app.on('activate', () => {
    // macOS keeps the app alive without windows; the dock icon brings one back.
    if (mainWindow === null && app.isReady()) openWindow();
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });

  return { window: () => mainWindow, ready };
}
