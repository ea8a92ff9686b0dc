import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupDirectory, createBackupFolders } from '../../../electron/backup-folder';
import { BrowserWindow, dialog, fakeDialog, resetFakeElectron } from '../../fixtures/fake-electron';
import { tempDir } from '../../fixtures/backup-folders';

const NAME = 'koers-backup-20261130-081500.koersbackup';
const OLDER = 'koers-backup-20261129-081500.koersbackup';

beforeEach(() => resetFakeElectron());

describe('choosing the backup folder', () => {
  it('remembers the folder from the native dialog in main, and a cancel keeps it', async () => {
    const chosen = tempDir();
    const configFile = path.join(tempDir('koers-userdata-'), 'backup-folder.json');
    const folders = createBackupFolders({ dialog, configFile });
    const win = new BrowserWindow({});
    expect(await folders.status()).toEqual({ chosen: false, reachable: false });
    await expect(folders.list()).rejects.toThrow('nog geen map');

    fakeDialog.nextOpen = { canceled: false, filePaths: [chosen] };
    expect(await folders.choose(win)).toEqual({ chosen: true, reachable: true, path: chosen });
    expect(fakeDialog.openCalls[0]?.options.properties).toContain('openDirectory');
    expect(JSON.parse(readFileSync(configFile, 'utf8'))).toEqual({ dir: chosen });

    fakeDialog.nextOpen = { canceled: true, filePaths: [] };
    expect((await folders.choose(win)).path).toBe(chosen);
  });

  it('reports a chosen folder that is gone (a USB stick pulled out) as unreachable', async () => {
    const configFile = path.join(tempDir('koers-userdata-'), 'backup-folder.json');
    writeFileSync(configFile, JSON.stringify({ dir: '/media/koers-usb-die-er-niet-is' }));
    const folders = createBackupFolders({ dialog, configFile });
    expect(await folders.status()).toMatchObject({ chosen: true, reachable: false });
  });

  it('writes through handles: nothing is listed before commit, an abort leaves nothing', async () => {
    const chosen = tempDir();
    const configFile = path.join(tempDir('koers-userdata-'), 'backup-folder.json');
    const folders = createBackupFolders({ dialog, configFile });
    fakeDialog.nextOpen = { canceled: false, filePaths: [chosen] };
    await folders.choose(new BrowserWindow({}));

    const h = await folders.begin(NAME);
    await folders.write(h, new Uint8Array([1, 2, 3]));
    expect(await folders.list()).toEqual([]);
    await folders.commit(h);
    expect(await folders.list()).toEqual([NAME]);
    expect([...(await folders.read(NAME, 1, 10))]).toEqual([2, 3]);
    if (process.platform !== 'win32')
      expect(statSync(path.join(chosen, NAME)).mode & 0o077).toBe(0);

    const aborted = await folders.begin(OLDER);
    await folders.write(aborted, new Uint8Array([9]));
    await folders.abort(aborted);
    expect(readdirSync(chosen)).toEqual([NAME]);
    await expect(folders.write(aborted, new Uint8Array([1]))).rejects.toThrow('Onbekende');
    expect(await folders.readSmall('koers-verwijderlogboek.koersledger')).toBeNull();
  });
});

/** Starts the child writer and resolves once it has bytes on disk. */
function startChild(dir: string, name: string) {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const child = spawn(tsx, ['test/fixtures/backup-writer-child.ts', dir, name], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const writing = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('writing')) resolve();
    });
    child.on('exit', (code) =>
      reject(new Error(`child ended (${code}) before writing: ${stderr}`)),
    );
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  return { child, writing, exited };
}

describe('a process killed mid-backup', () => {
  it('leaves the earlier backups byte for byte, lists no partial file, and the next backup sweeps it', async () => {
    const dir = tempDir();
    const older = new Uint8Array(300_000).map((_, i) => i & 0xff);
    writeFileSync(path.join(dir, OLDER), older);
    // The same name as the one being written: a rewrite (dropClient) killed half-way.
    const same = new Uint8Array(100_000).fill(7);
    writeFileSync(path.join(dir, NAME), same);

    const { child, writing, exited } = startChild(dir, NAME);
    await writing;
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const files = readdirSync(dir);
    expect(files.some((f) => f.endsWith('.partial'))).toBe(true); // it was mid-write
    const folder = backupDirectory(dir);
    expect((await folder.list()).sort()).toEqual([OLDER, NAME].sort());
    expect(readFileSync(path.join(dir, OLDER)).equals(Buffer.from(older))).toBe(true);
    expect(readFileSync(path.join(dir, NAME)).equals(Buffer.from(same))).toBe(true);

    const next = await folder.begin('koers-backup-20261201-081500.koersbackup');
    await next.write(new Uint8Array([1]));
    await next.commit();
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(existsSync(path.join(dir, OLDER))).toBe(true);
  });
});
