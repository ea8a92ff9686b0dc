import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  saveWindowState,
} from '../../../electron/window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const file = () => path.join(mkdtempSync(path.join(tmpdir(), 'koers-state-')), 'window.json');

describe('window state', () => {
  it('round-trips through the file', () => {
    const f = file();
    saveWindowState(f, { x: 100, y: 50, width: 1200, height: 800, maximized: false });
    expect(loadWindowState(f, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('falls back to defaults for a missing, corrupt or out-of-range file', () => {
    const defaults = { ...DEFAULT_WINDOW_SIZE, maximized: false };
    expect(loadWindowState(file(), screen)).toEqual(defaults);
    const corrupt = file();
    writeFileSync(corrupt, '{"width": 12');
    expect(loadWindowState(corrupt, screen)).toEqual(defaults);
    const tiny = file();
    writeFileSync(tiny, JSON.stringify({ width: 10, height: 10, maximized: false }));
    expect(loadWindowState(tiny, screen)).toEqual(defaults);
  });

  it('forgets the position when no display shows the window any more', () => {
    const f = file();
    saveWindowState(f, { x: 3000, y: 200, width: 1200, height: 800, maximized: true });
    expect(loadWindowState(f, screen)).toEqual({ width: 1200, height: 800, maximized: true });
    expect(loadWindowState(f, [...screen, { x: 1920, y: 0, width: 2560, height: 1440 }])).toEqual({
      x: 3000,
      y: 200,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });
});
