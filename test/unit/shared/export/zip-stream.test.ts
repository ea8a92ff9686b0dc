import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  blobSource,
  bytesSource,
  type ArchiveSource,
} from '../../../../shared/export/archive-source';
import { ArchiveError, type ArchiveLimits } from '../../../../shared/export/zip-reader';
import {
  entryFile,
  MAX_DIRECTORY_BYTES,
  openArchive,
  streamEntry,
} from '../../../../shared/export/zip-stream';

const LIMITS: ArchiveLimits = {
  maxEntries: 100,
  maxFileBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
};
const MiB = 1024 * 1024;
/** Byte equality without vitest's element-by-element diff (slow on megabytes). */
const same = (a: Uint8Array | undefined, b: Uint8Array) =>
  a !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

/** Bytes that look like a document: random, so deflate cannot shrink them. */
function noise(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Text-like bytes that deflate shrinks a lot. */
const prose = (size: number) =>
  new TextEncoder()
    .encode('Gesprek op kantoor over de sollicitaties. '.repeat(size / 40 + 1))
    .slice(0, size);

/** A source that remembers its largest single read and the total read. */
function counting(source: ArchiveSource) {
  const seen = { largest: 0, total: 0 };
  const wrapped: ArchiveSource = {
    size: source.size,
    read: (start, end) => {
      seen.largest = Math.max(seen.largest, end - start);
      seen.total += end - start;
      return source.read(start, end);
    },
  };
  return { source: wrapped, seen };
}

async function streamed(source: ArchiveSource): Promise<Record<string, Uint8Array>> {
  const archive = await openArchive(source, LIMITS);
  const out: Record<string, Uint8Array> = {};
  for (const entry of archive.entries) {
    const pieces: Uint8Array[] = [];
    await streamEntry(archive, entry, (p) => void pieces.push(p.slice()));
    out[entry.name] = new Uint8Array(Buffer.concat(pieces));
  }
  return out;
}

describe('reading an archive piece by piece from a File', () => {
  const files = {
    'dossier.json': prose(300_000),
    'documenten/scan.pdf': noise(3 * MiB + 123, 7),
    'documenten/leeg.pdf': new Uint8Array(0),
  };
  const stored = zipSync(files, { level: 0 });
  const deflated = zipSync(files, { level: 6 });

  it('gives the same bytes as a whole-archive unzip, stored or deflated, from a Blob', async () => {
    for (const zip of [stored, deflated]) {
      const got = await streamed(blobSource(new Blob([zip])));
      const want = unzipSync(zip);
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
      for (const [name, bytes] of Object.entries(want))
        expect(same(got[name], bytes), name).toBe(true);
    }
  });

  it('never reads more than a slice of a 3 MiB document at once, and never the whole archive', async () => {
    for (const zip of [stored, deflated]) {
      const { source, seen } = counting(bytesSource(zip));
      await streamed(source);
      // The end record's search window (64 KiB) or one stored slice (1 MiB), never 3 MiB.
      expect(seen.largest).toBeLessThanOrEqual(MiB);
      expect(seen.largest).toBeLessThan(zip.length / 3);
    }
  });

  it('serves a deflated document as a file: any slice, in any order, equals the original', async () => {
    const archive = await openArchive(bytesSource(deflated), LIMITS);
    const entry = archive.entries.find((e) => e.name === 'documenten/scan.pdf');
    if (!entry) throw new Error('fixture');
    expect(entry.method).toBe(8);
    const file = await entryFile(archive, entry);
    const original = files['documenten/scan.pdf'];
    expect(file.size).toBe(original.length);
    const slice = async (a?: number, b?: number) =>
      new Uint8Array(await file.slice(a, b).arrayBuffer());
    // As the document store reads: the head, the tail (DOCX check), then chunk after chunk.
    expect(same(await slice(0, 16), original.slice(0, 16))).toBe(true);
    expect(same(await slice(original.length - 70_000), original.slice(-70_000))).toBe(true);
    for (let at = 0; at < original.length; at += MiB - 1024)
      expect(same(await slice(at, at + MiB - 1024), original.slice(at, at + MiB - 1024))).toBe(
        true,
      );
    expect(same(await slice(-5), original.slice(-5))).toBe(true);
  });

  it('serves a stored document as a range of the archive', async () => {
    const archive = await openArchive(bytesSource(stored), LIMITS);
    const entry = archive.entries.find((e) => e.name === 'documenten/scan.pdf');
    if (!entry) throw new Error('fixture');
    const file = await entryFile(archive, entry);
    const original = files['documenten/scan.pdf'];
    expect(new Uint8Array(await file.slice(MiB, MiB + 10).arrayBuffer())).toEqual(
      original.slice(MiB, MiB + 10),
    );
    expect(same(new Uint8Array(await file.slice(0).arrayBuffer()), original)).toBe(true);
  });

  it('refuses a changed byte in a document, stored or deflated', async () => {
    for (const zip of [stored, deflated]) {
      const archive = await openArchive(bytesSource(zip), LIMITS);
      const entry = archive.entries.find((e) => e.name === 'documenten/scan.pdf');
      if (!entry) throw new Error('fixture');
      const changed = zip.slice();
      const at = entry.offset + 30 + 'documenten/scan.pdf'.length + 1000;
      changed[at] = (changed[at] as number) ^ 1;
      const again = await openArchive(bytesSource(changed), LIMITS);
      const e2 = again.entries.find((e) => e.name === entry.name);
      if (!e2) throw new Error('fixture');
      await expect(streamEntry(again, e2, () => undefined)).rejects.toBeInstanceOf(ArchiveError);
    }
  });

  it('refuses a central directory larger than any export has, before reading it', async () => {
    // An end record that claims its directory starts at byte 0 of a large file.
    const size = MAX_DIRECTORY_BYTES + 1024;
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, 1, true);
    v.setUint16(10, 1, true);
    v.setUint32(12, 46, true);
    v.setUint32(16, 0, true);
    const reads: number[] = [];
    const source: ArchiveSource = {
      size,
      read: (a, b) => {
        reads.push(b - a);
        return Promise.resolve(
          b === size
            ? new Uint8Array([...new Uint8Array(b - a - 22), ...end])
            : new Uint8Array(b - a),
        );
      },
    };
    await expect(openArchive(source, LIMITS)).rejects.toSatisfy(
      (e) => e instanceof ArchiveError && e.code === 'too-large',
    );
    expect(Math.max(...reads)).toBeLessThanOrEqual(22 + 0xffff);
  });
});
