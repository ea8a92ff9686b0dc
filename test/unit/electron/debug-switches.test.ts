// A packaged Koers refuses to start with a switch that debugs it, runs its child processes
// under another program, or logs the page's console (electron/debug-switches.ts).
import path from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FORBIDDEN_SWITCHES,
  forbiddenSwitchesPresent,
  switchNamesIn,
} from '../../../electron/debug-switches';
import { startKoers, type KoersElectron } from '../../../electron/start';
import * as electron from '../../fixtures/fake-electron';
import { fakeApp, resetFakeElectron } from '../../fixtures/fake-electron';

const fake: KoersElectron = electron;
const EXE = '/opt/Koers/koers';
const noSwitches = { hasSwitch: () => false };

const launcherSwitches = [
  'renderer-cmd-prefix',
  'gpu-launcher',
  'utility-cmd-prefix',
  'browser-subprocess-path',
  'enable-logging',
] as const;

function mainDir(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'koers-dist-'));
  mkdirSync(path.join(dist, 'electron'));
  mkdirSync(path.join(dist, 'renderer'));
  writeFileSync(path.join(dist, 'renderer', 'index.html'), '<title>Koers</title>');
  return path.join(dist, 'electron');
}

beforeEach(() => {
  resetFakeElectron();
  vi.restoreAllMocks();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  fakeApp.paths.set('userData', mkdtempSync(path.join(tmpdir(), 'koers-home-')));
});

describe('forbidden debug and launcher switches', () => {
  it.each(launcherSwitches)('lists --%s', (name) => {
    expect(FORBIDDEN_SWITCHES).toContain(name);
  });

  describe.each(launcherSwitches)('--%s', (name) => {
    const forms = [
      `--${name}`,
      `--${name}=/tmp/evil.sh`,
      `--${name}=gdb --args`,
      `-${name}`,
      `-${name}=x`,
    ];

    it.each(forms)('is found in %s', (arg) => {
      expect(forbiddenSwitchesPresent(noSwitches, [EXE, arg], 'linux')).toEqual([name]);
    });

    it('is found through app.commandLine too', () => {
      const commandLine = { hasSwitch: (s: string) => s === name };
      expect(forbiddenSwitchesPresent(commandLine, [EXE], 'linux')).toEqual([name]);
    });

    it.each([`--${name}`, `--${name}=C:\\evil.exe`, `/${name.toUpperCase()}=x`])(
      'is found in %s on Windows',
      (arg) => {
        expect(forbiddenSwitchesPresent(noSwitches, [EXE, arg], 'win32')).toEqual([name]);
      },
    );

    it.each(forms)('a packaged build exits on %s', (arg) => {
      fakeApp.isPackaged = true;
      const koers = startKoers(fake, { mainDir: mainDir(), argv: [EXE, arg], platform: 'linux' });
      expect(koers).toBeNull();
      expect(fakeApp.calls.exit).toEqual([1]);
      expect(fakeApp.calls.requestSingleInstanceLock).toBe(0);
    });
  });

  it('ignores look-alikes, the executable and anything after a bare --', () => {
    const argv = [
      '/opt/--enable-logging/koers',
      '--enable-logging-extra',
      '--no-enable-logging-x',
      'enable-logging',
      '--',
      '--renderer-cmd-prefix=gdb',
    ];
    expect(forbiddenSwitchesPresent(noSwitches, argv, 'linux')).toEqual([]);
    expect(switchNamesIn(argv, 'linux')).toEqual(['enable-logging-extra', 'no-enable-logging-x']);
  });

  it('a development build starts with them (for debugging Koers itself)', () => {
    const koers = startKoers(fake, {
      mainDir: mainDir(),
      argv: [EXE, '--enable-logging', '--renderer-cmd-prefix=gdb'],
      platform: 'linux',
    });
    expect(koers).not.toBeNull();
  });

  it('a packaged build starts with ordinary switches', () => {
    fakeApp.isPackaged = true;
    const koers = startKoers(fake, {
      mainDir: mainDir(),
      argv: [EXE, '--no-sandbox-is-not-here', '--lang=nl'],
      platform: 'linux',
    });
    expect(koers).not.toBeNull();
    expect(fakeApp.calls.exit).toEqual([]);
  });
});
