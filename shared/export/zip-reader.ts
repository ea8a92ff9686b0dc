import { Inflate } from 'fflate';
import { Crc32 } from './crc32';

/** Why an archive is refused; the UI turns each into a Dutch sentence. */
export type ArchiveErrorCode =
  | 'not-a-zip'
  | 'truncated'
  | 'too-many-entries'
  | 'too-large'
  | 'unsafe-name'
  | 'duplicate-name'
  | 'unsupported'
  | 'corrupt';

export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export interface ArchiveLimits {
  maxEntries: number;
  /** Per file, after inflating. */
  maxFileBytes: number;
  /** All files together, after inflating. */
  maxTotalBytes: number;
  /** Per file by name (e.g. dossier.json), stricter than maxFileBytes. */
  maxBytesFor?: Record<string, number>;
}

export interface ArchiveEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export const u16 = (b: Uint8Array, o: number) => (b[o] as number) | ((b[o + 1] as number) << 8);
export const u32 = (b: Uint8Array, o: number) => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;

/**
 * A name we would write to disk or show: relative, no "..", no backslashes or drive
 * letters, no control characters. Anything else is refused, not cleaned up.
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 400) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name)) return false;
  if (/\p{Cc}/u.test(name)) return false;
  return name
    .split('/')
    .every(
      (part, i, all) => part !== '..' && part !== '.' && (part !== '' || i === all.length - 1),
    );
}

/** Where the end record says the central directory is. */
export interface ArchiveEnd {
  /** Offset of the end-of-central-directory record. */
  eocd: number;
  count: number;
  cdOffset: number;
}

/**
 * Finds the end record in the archive's last bytes (`tail`, which starts at `tailStart` of
 * an archive of `size` bytes; `head` is its first 4 bytes, to tell truncated from not a ZIP)
 * and checks it against the limits.
 */
export function findEnd(
  tail: Uint8Array,
  tailStart: number,
  size: number,
  head: Uint8Array,
  limits: ArchiveLimits,
): ArchiveEnd {
  if (size < 22) throw new ArchiveError('not-a-zip', 'Too short for a ZIP');
  let at = -1;
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 0xffff); i--) {
    if (u32(tail, i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) {
    const looksLikeZip = head.length >= 4 && u32(head, 0) === LOCAL;
    throw new ArchiveError(looksLikeZip ? 'truncated' : 'not-a-zip', 'No end of central directory');
  }
  const eocd = tailStart + at;
  const count = u16(tail, at + 10);
  const cdSize = u32(tail, at + 12);
  const cdOffset = u32(tail, at + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ArchiveError('unsupported', 'ZIP64');
  if (count > limits.maxEntries) throw new ArchiveError('too-many-entries', `${count} entries`);
  if (cdOffset + cdSize > eocd)
    throw new ArchiveError('truncated', 'Central directory out of range');
  return { eocd, count, cdOffset };
}

/**
 * The central directory's entries, checked against the limits before anything is inflated.
 * `cd` holds the archive's bytes from `end.cdOffset` up to the end record.
 */
export function parseDirectory(cd: Uint8Array, end: ArchiveEnd, limits: ArchiveLimits) {
  const { count, cdOffset } = end;
  const stop = end.eocd - cdOffset;
  const entries: ArchiveEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > stop || u32(cd, p) !== CENTRAL)
      throw new ArchiveError('corrupt', 'Bad central entry');
    const flags = u16(cd, p + 8);
    const method = u16(cd, p + 10);
    const crc = u32(cd, p + 16);
    const compressedSize = u32(cd, p + 20);
    const size = u32(cd, p + 24);
    const nameLen = u16(cd, p + 28);
    const extraLen = u16(cd, p + 30);
    const commentLen = u16(cd, p + 32);
    const offset = u32(cd, p + 42);
    if (p + 46 + nameLen > stop) throw new ArchiveError('corrupt', 'Bad central entry');
    let name: string;
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(
        cd.subarray(p + 46, p + 46 + nameLen),
      );
    } catch {
      throw new ArchiveError('unsafe-name', 'A file name is not UTF-8');
    }
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new ArchiveError('unsupported', 'Encrypted entry');
    if (method !== 0 && method !== 8) throw new ArchiveError('unsupported', `Method ${method}`);
    if (!isSafeEntryName(name)) throw new ArchiveError('unsafe-name', 'Unsafe file name');
    if (names.has(name)) throw new ArchiveError('duplicate-name', 'Duplicate file name');
    names.add(name);
    const max = Math.min(limits.maxFileBytes, limits.maxBytesFor?.[name] ?? Infinity);
    if (size > max) throw new ArchiveError('too-large', `${name} is too large`);
    total += size;
    if (total > limits.maxTotalBytes) throw new ArchiveError('too-large', 'Archive too large');
    if (method === 0 && compressedSize !== size)
      throw new ArchiveError('corrupt', 'Stored size mismatch');
    if (offset + 30 > cdOffset) throw new ArchiveError('corrupt', 'Entry out of range');
    entries.push({ name, method, crc, compressedSize, size, offset });
  }
  return entries;
}

/**
 * The central directory of a ZIP in memory, checked against the limits before anything is
 * inflated. Only what Koers writes is accepted: no ZIP64, no encryption, store or deflate.
 * (zip-stream.ts reads the same from a File, piece by piece.)
 */
export function listEntries(zip: Uint8Array, limits: ArchiveLimits): ArchiveEntry[] {
  const end = findEnd(zip, 0, zip.length, zip.subarray(0, 4), limits);
  return parseDirectory(zip.subarray(end.cdOffset, end.eocd), end, limits);
}

/**
 * One entry's bytes. Inflates in slices and stops as soon as the output passes the size the
 * directory declared: a zip bomb that lies about its size costs at most that much memory.
 * The CRC must match, so a changed byte anywhere in the data is refused.
 */
export function readEntry(zip: Uint8Array, entry: ArchiveEntry, cdOffset = zip.length): Uint8Array {
  const o = entry.offset;
  if (u32(zip, o) !== LOCAL) throw new ArchiveError('corrupt', 'Bad local header');
  const start = o + 30 + u16(zip, o + 26) + u16(zip, o + 28);
  const end = start + entry.compressedSize;
  if (end > cdOffset || end > zip.length)
    throw new ArchiveError('truncated', 'Entry data out of range');
  const data = zip.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data.slice();
  } else {
    out = new Uint8Array(entry.size);
    let filled = 0;
    let failed: ArchiveError | null = null;
    const inflate = new Inflate((chunk) => {
      if (failed) return;
      if (filled + chunk.length > entry.size) {
        failed = new ArchiveError('corrupt', `${entry.name} inflates beyond its declared size`);
        return;
      }
      out.set(chunk, filled);
      filled += chunk.length;
    });
    const SLICE = 64 * 1024;
    try {
      for (let i = 0; i < data.length && !failed; i += SLICE) {
        inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
      }
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch {
      throw new ArchiveError('corrupt', `${entry.name} does not inflate`);
    }
    if (failed) throw failed;
    if (filled !== entry.size)
      throw new ArchiveError('corrupt', `${entry.name} has the wrong size`);
  }
  if (new Crc32().update(out).digest() !== entry.crc)
    throw new ArchiveError('corrupt', `${entry.name} fails its checksum`);
  return out;
}

/** Every entry, checked and inflated; throws ArchiveError on the first problem. */
export function readArchive(zip: Uint8Array, limits: ArchiveLimits): Map<string, Uint8Array> {
  const entries = listEntries(zip, limits);
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    files.set(entry.name, readEntry(zip, entry));
  }
  return files;
}
