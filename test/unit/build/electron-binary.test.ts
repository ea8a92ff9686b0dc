import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MISSING_ELECTRON_MESSAGE,
  executableName,
  findElectronBinary,
} from '../../../build/electron-binary.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = '/fake/node_modules/electron';

/** A file system holding exactly these files (path → content). */
const fs = (files: Record<string, string>) => ({
  exists: (p: string) => p in files,
  readText: (p: string) => {
    const text = files[p];
    if (text === undefined) throw new Error(`ENOENT ${p}`);
    return text;
  },
});

describe('findElectronBinary', () => {
  it('finds the executable that path.txt names inside dist/', () => {
    const files = fs({ [`${pkg}/path.txt`]: 'electron', [`${pkg}/dist/electron`]: '' });
    expect(findElectronBinary({ electronDir: pkg, env: {}, platform: 'linux', ...files })).toEqual({
      found: true,
      path: `${pkg}/dist/electron`,
    });
  });

  it('reports the binary missing when the package is there but was never downloaded', () => {
    // What this project's machines have: the npm package, no path.txt, no dist/.
    expect(findElectronBinary({ electronDir: pkg, env: {}, platform: 'linux', ...fs({}) })).toEqual(
      { found: false, lookedFor: `${pkg}/dist/electron` },
    );
  });

  it('reports it missing when path.txt is left but dist/ is gone', () => {
    const files = fs({ [`${pkg}/path.txt`]: 'electron' });
    expect(
      findElectronBinary({ electronDir: pkg, env: {}, platform: 'linux', ...files }).found,
    ).toBe(false);
  });

  it('reports it missing when the electron package itself is absent', () => {
    expect(
      findElectronBinary({ electronDir: null, env: {}, platform: 'linux', ...fs({}) }),
    ).toEqual({ found: false, lookedFor: null });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH, and does not fall back to dist/ when it points nowhere', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' };
    const there = fs({ '/opt/electron-45/electron': '', [`${pkg}/dist/electron`]: '' });
    expect(findElectronBinary({ electronDir: pkg, env, platform: 'linux', ...there })).toEqual({
      found: true,
      path: '/opt/electron-45/electron',
    });
    const onlyDist = fs({ [`${pkg}/dist/electron`]: '' });
    expect(findElectronBinary({ electronDir: pkg, env, platform: 'linux', ...onlyDist })).toEqual({
      found: false,
      lookedFor: '/opt/electron-45/electron',
    });
  });

  it("names each platform's executable as electron/install.js does", () => {
    expect(executableName('linux')).toBe('electron');
    expect(executableName('win32')).toBe('electron.exe');
    expect(executableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(executableName('aix')).toBeNull();
    const mac = fs({ [`${pkg}/dist/Electron.app/Contents/MacOS/Electron`]: '' });
    expect(
      findElectronBinary({ electronDir: pkg, env: {}, platform: 'darwin', ...mac }).found,
    ).toBe(true);
  });
});

describe('npm start without an Electron binary', () => {
  let empty: string | undefined;
  afterEach(() => {
    if (empty) rmSync(empty, { recursive: true, force: true });
  });

  it('says so in one line, Dutch and English, points to npm run web and exits non-zero', () => {
    // The override points at an empty folder: missing, and no download is attempted.
    empty = mkdtempSync(path.join(tmpdir(), 'koers-no-electron-'));
    const run = spawnSync(process.execPath, [path.join(root, 'build', 'start.mjs')], {
      cwd: root,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MISSING_ELECTRON_MESSAGE);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(MISSING_ELECTRON_MESSAGE).toMatch(/niet geïnstalleerd.*not installed/);
    expect(MISSING_ELECTRON_MESSAGE.match(/npm run web/g)).toHaveLength(2);
  });
});
