import { Inflate } from 'fflate';
import { rangeFile, sliceRange, type ArchiveSource, type FileLike } from './archive-source';
import { Crc32 } from './crc32';
import {
  ArchiveError,
  findEnd,
  LOCAL,
  parseDirectory,
  u16,
  u32,
  type ArchiveEnd,
  type ArchiveEntry,
  type ArchiveLimits,
} from './zip-reader';

/**
 * The ZIP reader of zip-reader.ts over an ArchiveSource (a chosen File): the end record and
 * the central directory are read and checked first, then each entry is streamed in slices.
 * Only a slice, never an entry or the archive, is in memory at a time, so an import's memory
 * does not grow with its documents (issue 12).
 */
export interface OpenedArchive {
  source: ArchiveSource;
  end: ArchiveEnd;
  entries: ArchiveEntry[];
}

/** Far above a real export's directory (about 100 bytes per file), far below harm. */
export const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
/** A stored entry is read this much at a time. */
const STORED_SLICE = 1024 * 1024;
/**
 * Compressed input per inflate step. Small, because one step's output is at most about
 * 1,000 times its input (deflate's limit) and is held until it is passed on.
 */
const DEFLATED_SLICE = 16 * 1024;

export async function openArchive(
  source: ArchiveSource,
  limits: ArchiveLimits,
): Promise<OpenedArchive> {
  const size = source.size;
  if (size < 22) throw new ArchiveError('not-a-zip', 'Too short for a ZIP');
  const tailStart = Math.max(0, size - 22 - 0xffff);
  const tail = await source.read(tailStart, size);
  const head = await source.read(0, Math.min(4, size));
  const end = findEnd(tail, tailStart, size, head, limits);
  if (end.eocd - end.cdOffset > MAX_DIRECTORY_BYTES)
    throw new ArchiveError('too-large', 'Central directory too large');
  const cd =
    end.cdOffset >= tailStart
      ? tail.subarray(end.cdOffset - tailStart, end.eocd - tailStart)
      : await source.read(end.cdOffset, end.eocd);
  return { source, end, entries: parseDirectory(cd, end, limits) };
}

/** Where an entry's (compressed) data lies, from its local header. */
async function dataRange(archive: OpenedArchive, entry: ArchiveEntry): Promise<[number, number]> {
  const { source, end } = archive;
  const o = entry.offset;
  const header = o + 30 <= source.size ? await source.read(o, o + 30) : new Uint8Array(0);
  if (header.length < 30 || u32(header, 0) !== LOCAL)
    throw new ArchiveError('corrupt', 'Bad local header');
  const start = o + 30 + u16(header, 26) + u16(header, 28);
  const stop = start + entry.compressedSize;
  if (stop > end.cdOffset || stop > source.size)
    throw new ArchiveError('truncated', 'Entry data out of range');
  return [start, stop];
}

/**
 * Streams one entry's bytes to `onData`, a piece at a time, each piece passed on before the
 * next is read. Stops as soon as the output passes the size the directory declared (a zip
 * bomb costs at most one step's output), and fails unless size and CRC match at the end, so
 * a changed byte anywhere is refused. What `onData` received is then not to be trusted.
 */
export async function streamEntry(
  archive: OpenedArchive,
  entry: ArchiveEntry,
  onData: (piece: Uint8Array) => void | Promise<void>,
): Promise<void> {
  const [start, stop] = await dataRange(archive, entry);
  const crc = new Crc32();
  let filled = 0;
  const pass = async (piece: Uint8Array) => {
    filled += piece.length;
    if (filled > entry.size)
      throw new ArchiveError('corrupt', `${entry.name} inflates beyond its declared size`);
    crc.update(piece);
    await onData(piece);
  };
  if (entry.method === 0) {
    for (let at = start; at < stop; at += STORED_SLICE)
      await pass(await archive.source.read(at, Math.min(stop, at + STORED_SLICE)));
  } else {
    const inflater = new Inflater(archive.source, start, stop, entry);
    for (let piece = await inflater.next(); piece; piece = await inflater.next()) await pass(piece);
  }
  if (filled !== entry.size) throw new ArchiveError('corrupt', `${entry.name} has the wrong size`);
  if (crc.digest() !== entry.crc)
    throw new ArchiveError('corrupt', `${entry.name} fails its checksum`);
}

/**
 * An entry as a file the document store can read slice by slice: a stored entry is a range
 * of the archive; a deflated one is inflated on demand (from its start again when a slice
 * lies behind the last one). Call after streamEntry has checked the entry: the source is a
 * File, whose bytes cannot change unnoticed (Chromium refuses to read a changed file).
 */
export async function entryFile(archive: OpenedArchive, entry: ArchiveEntry): Promise<FileLike> {
  const [start, stop] = await dataRange(archive, entry);
  if (entry.method === 0) return rangeFile(archive.source, start, stop);
  return new InflatedFile(archive.source, start, stop, entry);
}

/** Inflates [start, stop) of a source a step at a time. */
class Inflater {
  private cursor: number;
  private readonly out: Uint8Array[] = [];
  private readonly inflate = new Inflate((chunk) => void this.out.push(chunk));
  private produced = 0;

  constructor(
    private readonly source: ArchiveSource,
    start: number,
    private readonly stop: number,
    private readonly entry: ArchiveEntry,
  ) {
    this.cursor = start;
    // An empty deflated entry still has to end its stream.
    if (start === stop) this.step(new Uint8Array(0), true);
  }

  private step(input: Uint8Array, final: boolean): void {
    try {
      this.inflate.push(input, final);
    } catch {
      throw new ArchiveError('corrupt', `${this.entry.name} does not inflate`);
    }
  }

  /** The next piece of output, or null at the end. */
  async next(): Promise<Uint8Array | null> {
    while (this.out.length === 0 && this.cursor < this.stop) {
      const to = Math.min(this.stop, this.cursor + DEFLATED_SLICE);
      const input = await this.source.read(this.cursor, to);
      this.cursor = to;
      this.step(input, to >= this.stop);
    }
    const piece = this.out.shift() ?? null;
    if (piece) {
      this.produced += piece.length;
      if (this.produced > this.entry.size)
        throw new ArchiveError('corrupt', `${this.entry.name} inflates beyond its declared size`);
    }
    return piece;
  }
}

class InflatedFile implements FileLike {
  readonly size: number;
  private inflater: Inflater;
  /** Output position of `held[0]`'s first byte. */
  private pos = 0;
  private held: Uint8Array[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: ArchiveSource,
    private readonly start: number,
    private readonly stop: number,
    private readonly entry: ArchiveEntry,
  ) {
    this.size = entry.size;
    this.inflater = new Inflater(source, start, stop, entry);
  }

  slice(from?: number, to?: number) {
    const [a, b] = sliceRange(this.size, from, to);
    return {
      arrayBuffer: (): Promise<ArrayBuffer> => {
        // One read at a time: each continues where the previous one stopped.
        const read = this.queue.then(() => this.read(a, b));
        this.queue = read.catch(() => undefined);
        return read.then((bytes) => bytes.buffer as ArrayBuffer);
      },
    };
  }

  private async read(a: number, b: number): Promise<Uint8Array> {
    if (a < this.pos) {
      this.inflater = new Inflater(this.source, this.start, this.stop, this.entry);
      this.pos = 0;
      this.held = [];
    }
    const out = new Uint8Array(b - a);
    let filled = 0;
    while (filled < out.length) {
      let piece = this.held.shift() ?? (await this.inflater.next());
      if (!piece) throw new ArchiveError('corrupt', `${this.entry.name} ends early`);
      const skip = Math.min(piece.length, a + filled - this.pos);
      piece = piece.subarray(skip);
      this.pos += skip;
      const take = Math.min(piece.length, out.length - filled);
      out.set(piece.subarray(0, take), filled);
      filled += take;
      this.pos += take;
      if (take < piece.length) this.held.unshift(piece.subarray(take));
    }
    return out;
  }
}
