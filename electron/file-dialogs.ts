// Files enter and leave the app only through native dialogs the user confirms: the renderer
// proposes a name or filters, never a path, so it cannot read or write anywhere on its own.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import {
  MAX_FILE_BYTES,
  type OpenFileRequest,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/ipc/contract';

export interface FileDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** Folder the save dialog starts in, e.g. the user's documents. */
  defaultDirectory: () => string;
}

export function createFileDialogs(deps: FileDialogDeps) {
  return {
    async saveFile(parent: BrowserWindow, request: SaveFileRequest): Promise<SaveFileResult> {
      const result = await deps.dialog.showSaveDialog(parent, {
        title: 'Bestand opslaan',
        defaultPath: path.join(deps.defaultDirectory(), request.suggestedName),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return { saved: false };
      // Exports hold personal data: readable by the user only, where the OS supports modes.
      await writeFile(result.filePath, request.data, { mode: 0o600 });
      return { saved: true, path: result.filePath };
    },

    async openFile(parent: BrowserWindow, request: OpenFileRequest): Promise<OpenFileResult> {
      const result = await deps.dialog.showOpenDialog(parent, {
        title: 'Bestand openen',
        properties: ['openFile'],
        ...(request.filters ? { filters: request.filters } : {}),
      });
      const filePath = result.filePaths[0];
      if (result.canceled || filePath === undefined) return null;
      const info = await stat(filePath);
      if (!info.isFile()) throw new Error('Het gekozen item is geen bestand.');
      if (info.size > MAX_FILE_BYTES) throw new Error('Het bestand is te groot om te openen.');
      const data = await readFile(filePath);
      return {
        name: path.basename(filePath),
        data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      };
    },
  };
}
