// Linux screen lock through logind (electron/logind-lock.ts): `gdbus monitor` lines in, lock
// requests out. The lines are copied from gdbus 2.8x on a systemd 25x session.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LockReason } from '../../../shared/ipc/contract';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import {
  GDBUS_ARGS,
  lockReasonForLine,
  sessionObjectPath,
  watchLogindLock,
} from '../../../electron/logind-lock';
import { startKoers, type KoersElectron } from '../../../electron/start';
import * as electron from '../../fixtures/fake-electron';
import { FakeBrowserWindow, fakeApp, resetFakeElectron } from '../../fixtures/fake-electron';
import { fakeSpawn } from '../../fixtures/fake-spawn';

const OWN = '/org/freedesktop/login1/session/_32';
const LOCK_LINE = `${OWN}: org.freedesktop.login1.Session.Lock ()`;
const HINT_LINE = `${OWN}: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <true>}, @as [])`;
const SLEEP_LINE =
  '/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)';

function watch(
  spawnOptions: Parameters<typeof fakeSpawn>[0] = {},
  platform: NodeJS.Platform = 'linux',
) {
  const spawn = fakeSpawn(spawnOptions);
  const requested: LockReason[] = [];
  const logged: string[] = [];
  const handle = watchLogindLock({
    platform,
    spawn: spawn.spawn,
    requestLock: (reason) => requested.push(reason),
    sessionId: '2',
    log: (m) => logged.push(m),
  });
  return { ...spawn, requested, logged, handle };
}

describe('logind object paths', () => {
  it.each([
    ['2', '/org/freedesktop/login1/session/_32'],
    ['c1', '/org/freedesktop/login1/session/c1'],
    ['12', '/org/freedesktop/login1/session/_312'],
    ['a-b', '/org/freedesktop/login1/session/a_2db'],
    ['', '/org/freedesktop/login1/session/_'],
  ])('session %j lives at %s', (id, expected) => {
    expect(sessionObjectPath(id)).toBe(expected);
  });
});

describe('reading gdbus monitor lines', () => {
  it.each([
    [LOCK_LINE, 'lock-screen'],
    [HINT_LINE, 'lock-screen'],
    [SLEEP_LINE, 'suspend'],
  ] as const)('%s asks for %s', (line, reason) => {
    expect(lockReasonForLine(line, OWN)).toBe(reason);
  });

  it.each([
    'Monitoring signals from all objects owned by org.freedesktop.login1',
    'The name org.freedesktop.login1 is owned by :1.4',
    '/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (false,)',
    `${OWN}: org.freedesktop.login1.Session.Unlock ()`,
    `${OWN}: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <false>}, @as [])`,
    `${OWN}: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'IdleHint': <true>}, @as [])`,
    '/org/freedesktop/login1/session/_33: org.freedesktop.login1.Session.Lock ()',
    '/org/freedesktop/login1/user/_1000: org.freedesktop.login1.Session.Lock ()',
    "/org/freedesktop/login1: org.freedesktop.login1.Manager.SessionNew ('3', objectpath '/org/freedesktop/login1/session/_33')",
    '',
  ])('ignores %j', (line) => {
    expect(lockReasonForLine(line, OWN)).toBeNull();
  });

  it('takes any session lock when it does not know its own session', () => {
    expect(
      lockReasonForLine(
        '/org/freedesktop/login1/session/_33: org.freedesktop.login1.Session.Lock ()',
        null,
      ),
    ).toBe('lock-screen');
  });
});

describe('watching logind', () => {
  it('runs gdbus monitor on the system bus for login1', () => {
    const { children } = watch();
    expect(children).toHaveLength(1);
    expect(children[0]?.command).toBe('gdbus');
    expect(children[0]?.args).toEqual(['monitor', '--system', '--dest', 'org.freedesktop.login1']);
    expect(GDBUS_ARGS).toEqual(children[0]?.args);
  });

  it('asks to lock when the session is locked, even when a line arrives in pieces', async () => {
    const { children, requested } = watch();
    const child = children[0];
    if (child === undefined) throw new Error('no child');
    await child.print('Monitoring signals from all objects owned by org.freedesktop.login1\n');
    await child.print(LOCK_LINE.slice(0, 30));
    expect(requested).toEqual([]);
    await child.print(`${LOCK_LINE.slice(30)}\n`);
    expect(requested).toEqual(['lock-screen']);
    await child.print(`${HINT_LINE}\n${SLEEP_LINE}\n`);
    expect(requested).toEqual(['lock-screen', 'lock-screen', 'suspend']);
  });

  it('does nothing and spawns nothing outside Linux', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { children, handle } = watch({}, platform);
      expect(children).toEqual([]);
      expect(() => handle.stop()).not.toThrow();
    }
  });

  it('survives a missing gdbus (ENOENT arrives as an error event)', async () => {
    const { handle, logged, requested } = watch({ fails: 'enoent' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(logged.join('\n')).toContain('ENOENT');
    expect(requested).toEqual([]);
    expect(() => handle.stop()).not.toThrow();
  });

  it('survives spawn throwing', () => {
    const { handle, logged } = watch({ fails: 'throws' });
    expect(logged.join('\n')).toContain('EACCES');
    expect(() => handle.stop()).not.toThrow();
  });

  it('kills the monitor when stopped, once', () => {
    const { children, handle } = watch();
    const child = children[0];
    if (child === undefined) throw new Error('no child');
    const kill = vi.spyOn(child, 'kill');
    handle.stop();
    handle.stop();
    expect(kill).toHaveBeenCalledTimes(1);
    expect(child.killed).toBe(true);
  });
});

describe('in the app', () => {
  const fake: KoersElectron = electron;

  beforeEach(() => {
    resetFakeElectron();
    fakeApp.paths.set('userData', mkdtempSync(path.join(tmpdir(), 'koers-home-')));
    fakeApp.paths.set('documents', fakeApp.getPath('userData'));
  });

  async function startedOn(platform: NodeJS.Platform) {
    const dist = mkdtempSync(path.join(tmpdir(), 'koers-dist-'));
    mkdirSync(path.join(dist, 'electron'));
    mkdirSync(path.join(dist, 'renderer'));
    writeFileSync(path.join(dist, 'renderer', 'index.html'), '<title>Koers</title>');
    const spawn = fakeSpawn();
    const koers = startKoers(fake, {
      mainDir: path.join(dist, 'electron'),
      platform,
      spawn: spawn.spawn,
    });
    fakeApp.markReady();
    await koers?.ready;
    const win = FakeBrowserWindow.instances[0];
    if (win === undefined) throw new Error('Koers did not start');
    return { win, children: spawn.children };
  }

  it('on Linux, a logind screen lock asks the window to lock; quitting kills gdbus', async () => {
    vi.stubEnv('XDG_SESSION_ID', '2');
    const { win, children } = await startedOn('linux');
    vi.unstubAllEnvs();
    const child = children[0];
    if (child === undefined) throw new Error('gdbus not started');
    await child.print(`${LOCK_LINE}\n`);
    expect(win.webContents.sent).toEqual([
      { channel: IPC_CHANNELS.lockRequest, args: ['lock-screen'] },
    ]);
    // Another user's session locking is not ours.
    await child.print(
      '/org/freedesktop/login1/session/_35: org.freedesktop.login1.Session.Lock ()\n',
    );
    expect(win.webContents.sent).toHaveLength(1);
    expect(child.killed).toBe(false);
    fakeApp.emit('will-quit');
    expect(child.killed).toBe(true);
  });

  it('starts no monitor on macOS or Windows', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      resetFakeElectron();
      fakeApp.paths.set('userData', mkdtempSync(path.join(tmpdir(), 'koers-home-')));
      const { children } = await startedOn(platform);
      expect(children).toEqual([]);
    }
  });
});
