import type { ArchiveSink } from '../../../shared/export/zip-writer';

/**
 * Collects the archive as a Blob, piece by piece, for the platform's save: a download in a
 * browser, the native save dialog in the desktop app. Each piece is copied into the Blob's
 * own storage (the browser's blob store, outside this page's heap) as it arrives, so the
 * page's memory does not grow with the documents and the exporter can wipe its buffers.
 */
export function blobSink(): ArchiveSink & { blob(): Blob; size: number } {
  let parts: Blob[] = [];
  let size = 0;
  return {
    async write(chunk) {
      parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
      size += chunk.length;
      // Fold often, so the list of parts stays short for a large export.
      if (parts.length >= 64) parts = [new Blob(parts)];
    },
    blob: () => new Blob(parts, { type: 'application/zip' }),
    get size() {
      return size;
    },
  };
}
