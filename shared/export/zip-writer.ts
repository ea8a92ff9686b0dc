import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { sha256Stream } from '../crypto/hash';
import type { ManifestFile } from './manifest';

/** Where the archive's bytes go: a file the coach chose, a download, or memory in tests. */
export interface ArchiveSink {
  write(chunk: Uint8Array): Promise<void>;
}

export type FileSource = Uint8Array | AsyncIterable<Uint8Array>;

export interface AddOptions {
  /** Text compresses well; documents (PDF, DOCX, JPEG) are compressed already. */
  compress: boolean;
}

/**
 * Writes a ZIP as a stream: each file is pushed through in the pieces it arrives in and
 * the output goes to the sink before the next piece is read, so memory does not grow with
 * the documents. Every file's SHA-256 and size are taken on the way, for the manifest.
 */
export class ArchiveWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private ended = false;
  readonly files: ManifestFile[] = [];
  written = 0;

  constructor(
    private readonly sink: ArchiveSink,
    private readonly mtime: Date,
    // An AbortSignal; typed by what is used, as shared/ has no DOM types.
    private readonly signal?: { throwIfAborted(): void },
  ) {
    this.zip = new Zip((err, chunk, final) => {
      if (err) this.failure = err;
      else this.pending.push(chunk);
      if (final) this.ended = true;
    });
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunks = this.pending;
    this.pending = [];
    for (const chunk of chunks) {
      this.signal?.throwIfAborted();
      await this.sink.write(chunk);
      this.written += chunk.length;
    }
  }

  async add(path: string, source: FileSource, options: AddOptions): Promise<ManifestFile> {
    this.signal?.throwIfAborted();
    const entry = options.compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    const hash = await sha256Stream();
    let size = 0;
    const push = async (bytes: Uint8Array, final: boolean) => {
      hash.update(bytes);
      size += bytes.length;
      entry.push(bytes, final);
      await this.drain();
    };
    if (source instanceof Uint8Array) {
      await push(source, true);
    } else {
      // Each piece goes out before the next is asked for, so a source may wipe a piece as
      // soon as it is asked for the next one.
      for await (const piece of source) await push(piece, false);
      await push(new Uint8Array(0), true);
    }
    const file = { path, size, sha256: hash.hex() };
    this.files.push(file);
    return file;
  }

  async finish(): Promise<void> {
    this.zip.end();
    await this.drain();
    if (!this.ended) throw new Error('The archive did not end');
  }

  abort(): void {
    this.zip.terminate();
    this.pending = [];
  }
}
