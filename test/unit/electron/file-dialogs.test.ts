import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFileDialogs } from '../../../electron/file-dialogs';
import { BrowserWindow, dialog, fakeDialog, resetFakeElectron } from '../../fixtures/fake-electron';

const dir = () => mkdtempSync(path.join(tmpdir(), 'koers-files-'));

beforeEach(() => resetFakeElectron());

describe('file dialogs', () => {
  it('save: proposes the name in the default folder and writes only after confirmation', async () => {
    const documents = dir();
    const target = path.join(dir(), 'gekozen.zip');
    const files = createFileDialogs({ dialog, defaultDirectory: () => documents });
    const win = new BrowserWindow({});

    expect(
      await files.saveFile(win, { suggestedName: 'export.zip', data: new Uint8Array([1]) }),
    ).toEqual({
      saved: false,
    });
    expect(fakeDialog.saveCalls[0]?.options.defaultPath).toBe(path.join(documents, 'export.zip'));
    expect(fakeDialog.saveCalls[0]?.parent).toBe(win);

    fakeDialog.nextSave = { canceled: false, filePath: target };
    const result = await files.saveFile(win, {
      suggestedName: 'export.zip',
      data: new Uint8Array([7, 8, 9]),
    });
    expect(result).toEqual({ saved: true, path: target });
    expect([...readFileSync(target)]).toEqual([7, 8, 9]);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o077).toBe(0);
  });

  it('open: returns null on cancel and the chosen file otherwise', async () => {
    const source = path.join(dir(), 'brief.pdf');
    writeFileSync(source, Buffer.from('%PDF-1.7'));
    const files = createFileDialogs({ dialog, defaultDirectory: dir });
    const win = new BrowserWindow({});

    expect(await files.openFile(win, {})).toBeNull();
    fakeDialog.nextOpen = { canceled: false, filePaths: [source] };
    const opened = await files.openFile(win, { filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(opened?.name).toBe('brief.pdf');
    expect(Buffer.from(opened?.data ?? []).toString()).toBe('%PDF-1.7');
    expect(fakeDialog.openCalls[1]?.options).toMatchObject({
      properties: ['openFile'],
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('open: refuses a directory', async () => {
    const files = createFileDialogs({ dialog, defaultDirectory: dir });
    fakeDialog.nextOpen = { canceled: false, filePaths: [dir()] };
    await expect(files.openFile(new BrowserWindow({}), {})).rejects.toThrow(/geen bestand/);
  });

  it('save: a cancelled dialog writes nothing', async () => {
    const documents = dir();
    const files = createFileDialogs({ dialog, defaultDirectory: () => documents });
    await files.saveFile(new BrowserWindow({}), {
      suggestedName: 'x.txt',
      data: new Uint8Array([1]),
    });
    expect(existsSync(path.join(documents, 'x.txt'))).toBe(false);
  });
});
