import { describe, expect, it } from 'vitest';
import type { KoersBridge } from '../../../../shared/ipc/contract';
import { electronPlatform } from '../../../../renderer/platform/electron';
import { downloadSink } from '../../../../renderer/platform/browser';

const NAME = 'koers-backup-20261130-081500.koersbackup';

describe('backups through the Electron bridge', () => {
  it('writes through a handle and reads back in pieces until an empty one', async () => {
    const files = new Map<string, Uint8Array>();
    const open = new Map<string, { name: string; parts: number[] }>();
    const calls: string[] = [];
    const backup: KoersBridge['backup'] = {
      status: async () => ({ chosen: true, reachable: true, path: '/media/usb' }),
      chooseFolder: async () => ({ chosen: true, reachable: true, path: '/media/usb' }),
      list: async () => [...files.keys()],
      begin: async (name) => {
        calls.push(`begin ${name}`);
        open.set('h', { name, parts: [] });
        return 'h';
      },
      write: async (handle, data) => void open.get(handle)?.parts.push(...data),
      commit: async (handle) => {
        const w = open.get(handle);
        if (w) files.set(w.name, new Uint8Array(w.parts));
        calls.push('commit');
      },
      abort: async () => void calls.push('abort'),
      read: async (name, offset, length) => {
        calls.push(`read ${offset}`);
        return (files.get(name) ?? new Uint8Array()).slice(offset, offset + Math.min(length, 3));
      },
      readSmall: async (name) => files.get(name) ?? null,
      remove: async (name) => void files.delete(name),
    };
    const p = electronPlatform({ platform: 'electron', backup } as unknown as KoersBridge);
    const folder = p.backupFolder?.folder;
    if (!folder) throw new Error('no folder port');
    const sink = await folder.create(NAME);
    await sink.write(new Uint8Array([1, 2, 3, 4]));
    await sink.write(new Uint8Array([5]));
    expect(await folder.list()).toEqual([]);
    await sink.commit();
    const back: number[] = [];
    for await (const piece of folder.read(NAME)) back.push(...piece);
    expect(back).toEqual([1, 2, 3, 4, 5]);
    expect(calls).toEqual([`begin ${NAME}`, 'commit', 'read 0', 'read 3', 'read 5']);
    expect((await p.backupFolder?.status())?.path).toBe('/media/usb');
  });
});

describe('a backup as a browser download', () => {
  it('offers the file only when committed, whole; an aborted one is never offered', async () => {
    const saved: { name: string; bytes: number[] }[] = [];
    const save = async (name: string, blob: Blob) =>
      void saved.push({ name, bytes: [...new Uint8Array(await blob.arrayBuffer())] });
    const sink = downloadSink(NAME, save);
    await sink.write(new Uint8Array([1, 2]));
    await sink.write(new Uint8Array([3]));
    expect(saved).toEqual([]);
    await sink.commit();
    expect(saved).toEqual([{ name: NAME, bytes: [1, 2, 3] }]);

    const aborted = downloadSink(NAME, save);
    await aborted.write(new Uint8Array([9]));
    await aborted.abort();
    expect(saved).toHaveLength(1);
  });
});
