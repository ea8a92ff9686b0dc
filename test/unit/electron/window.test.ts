import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { APP_START_URL, createMainWindow, mainWindowOptions } from '../../../electron/window';
import { BrowserWindow, FakeBrowserWindow, resetFakeElectron } from '../../fixtures/fake-electron';

const state = { width: 1280, height: 820, maximized: false };

beforeEach(() => resetFakeElectron());

describe('main window options', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security', () => {
    const prefs = mainWindowOptions({
      preloadPath: '/p/preload.cjs',
      isPackaged: true,
      state,
    }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/p/preload.cjs',
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
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('turns the spellchecker off, packaged or not', () => {
    for (const isPackaged of [true, false]) {
      const prefs = mainWindowOptions({ preloadPath: 'p', isPackaged, state }).webPreferences;
      expect(prefs?.spellcheck).toBe(false);
    }
  });

  it('turns DevTools off in packaged builds only', () => {
    const packaged = mainWindowOptions({ preloadPath: 'p', isPackaged: true, state });
    const dev = mainWindowOptions({ preloadPath: 'p', isPackaged: false, state });
    expect(packaged.webPreferences?.devTools).toBe(false);
    expect(dev.webPreferences?.devTools).toBe(true);
  });

  it('starts hidden with a background colour, at the remembered size and place', () => {
    const options = mainWindowOptions({
      preloadPath: 'p',
      isPackaged: true,
      state: { x: 5, y: 6, width: 1000, height: 700, maximized: false },
    });
    expect(options).toMatchObject({ show: false, x: 5, y: 6, width: 1000, height: 700 });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('lets the OS place the window when no position is remembered', () => {
    const options = mainWindowOptions({ preloadPath: 'p', isPackaged: true, state });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });
});

describe('createMainWindow', () => {
  const stateFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'koers-win-')), 'w.json');

  it('loads the app from koers://app and shows only on ready-to-show', () => {
    const win = createMainWindow(BrowserWindow, {
      preloadPath: 'p',
      isPackaged: true,
      state,
      stateFile: stateFile(),
    });
    const fake = FakeBrowserWindow.fromWebContents(win.webContents);
    expect(fake?.loadedUrls).toEqual([APP_START_URL]);
    expect(APP_START_URL).toBe('koers://app/index.html');
    expect(fake?.shown).toBe(false);
    fake?.emit('ready-to-show');
    expect(fake?.shown).toBe(true);
  });

  it('hides the window from screen capture by default', () => {
    createMainWindow(BrowserWindow, {
      preloadPath: 'p',
      isPackaged: true,
      state,
      stateFile: stateFile(),
    });
    expect(FakeBrowserWindow.instances[0]?.contentProtection).toBe(true);
  });

  it('remembers size, position and maximised state on close', () => {
    const file = stateFile();
    createMainWindow(BrowserWindow, {
      preloadPath: 'p',
      isPackaged: true,
      state: { ...state, maximized: true },
      stateFile: file,
    });
    const fake = FakeBrowserWindow.instances[0];
    expect(fake?.maximized).toBe(true);
    fake?.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 40,
      y: 60,
      width: 1300,
      height: 860,
      maximized: true,
    });
  });
});
