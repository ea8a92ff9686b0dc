// The one application window. Its webPreferences are the heart of the renderer's isolation:
// the page gets no Node, runs in the OS sandbox, and reaches main only through the preload's
// contract (see test/unit/electron/window.test.ts for each setting's proof).
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '../shared/ipc/contract';
import { MIN_WINDOW_SIZE, saveWindowState, type WindowState } from './window-state';

export const APP_START_URL = `${APP_ORIGIN}/index.html`;

// Matches the renderer's background, so there is no white flash before the first paint.
export const WINDOW_BACKGROUND = '#f6f7f9';

export interface MainWindowConfig {
  preloadPath: string;
  isPackaged: boolean;
  state: WindowState;
}

export function mainWindowOptions(config: MainWindowConfig): BrowserWindowConstructorOptions {
  const { state } = config;
  return {
    title: 'Koers',
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on ready-to-show: no half-painted window, and no flash of an unstyled lock screen.
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: config.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A user's machine has no use for DevTools, and an attacker with the keyboard a lot.
      devTools: !config.isPackaged,
      // The spellchecker reads every word typed into a dossier, and on Linux and Windows
      // downloads its dictionaries from Google. The page turns it off too (index.html).
      spellcheck: false,
    },
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface CreateMainWindowOptions extends MainWindowConfig {
  stateFile: string;
}

export function createMainWindow(
  BrowserWindowCtor: WindowConstructor,
  options: CreateMainWindowOptions,
): BrowserWindow {
  const win = new BrowserWindowCtor(mainWindowOptions(options));
  // Privacy by default: dossiers stay out of screenshots and screen shares until the renderer
  // explicitly allows it (setContentProtection over IPC). No effect on Linux.
  win.setContentProtection(true);
  if (options.state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    try {
      const bounds = win.getNormalBounds();
      saveWindowState(options.stateFile, { ...bounds, maximized: win.isMaximized() });
    } catch {
      // Losing the window position is not worth blocking the close.
    }
  });
  win.loadURL(APP_START_URL).catch((error: unknown) => {
    console.error('Koers: the renderer failed to load', error);
  });
  return win;
}
