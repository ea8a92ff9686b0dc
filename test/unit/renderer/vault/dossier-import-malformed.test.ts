import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ImportError, verifyExport } from '../../../../renderer/vault/dossier-import';
import {
  content,
  exportClient,
  fillDossier,
  openCompartment,
  session,
  type Session,
} from '../../../fixtures/full-dossier';
import { pdfBytes } from './files';

/** A small export, so a thousand checks stay quick. */
async function smallExport() {
  const a = await session();
  const client = await fillDossier(a, {
    documents: [{ name: 'cv.pdf', bytes: pdfBytes(3_000, 9) }],
  });
  await openCompartment(a, client.id);
  return (await exportClient(a, client.id)).zip;
}

async function counts(s: Session) {
  const out: Record<string, number> = {};
  for (const t of s.db.tables) out[t.name] = await t.count();
  return out;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Rewrites a file and its manifest line, so only the check under test can object. */
function withFile(zip: Uint8Array, path: string, bytes: Uint8Array): Uint8Array {
  const files = unzipSync(zip);
  files[path] = bytes as Uint8Array<ArrayBuffer>;
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
    files: { path: string; size: number; sha256: string }[];
  };
  manifest.files = manifest.files.map((f) =>
    f.path === path ? { ...f, size: bytes.length, sha256: sha(bytes) } : f,
  );
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

/** Sets the uncompressed size that the central directory declares for an entry. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const enc = new TextEncoder().encode(name);
  for (let i = 0; i < out.length - 46; i++) {
    if (out[i] !== 0x50 || out[i + 1] !== 0x4b || out[i + 2] !== 1 || out[i + 3] !== 2) continue;
    const n = (out[i + 28] as number) | ((out[i + 29] as number) << 8);
    if (
      n === enc.length &&
      Buffer.from(out.subarray(i + 46, i + 46 + n)).equals(Buffer.from(enc))
    ) {
      new DataView(out.buffer).setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central entry ${name}`);
}

const refusedWith = async (s: Session, zip: Uint8Array, code: string) => {
  const before = await counts(s);
  const error = await s.importer.import(zip).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, code).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
  expect(await counts(s)).toEqual(before);
};

describe('malformed archives', () => {
  it('each get their own refusal and change nothing', async () => {
    const zip = await smallExport();
    const b = await session();
    await refusedWith(b, zip.slice(0, Math.floor(zip.length / 2)), 'truncated');
    await refusedWith(b, zip.slice(0, zip.length - 30), 'truncated');
    await refusedWith(b, strToU8('%PDF-1.7 geen zip'), 'not-a-zip');
    await refusedWith(b, zipSync({ '../buiten.txt': strToU8('x') }), 'unsafe-name');
    await refusedWith(b, zipSync({ 'documenten/../../x.txt': strToU8('x') }), 'unsafe-name');
    await refusedWith(b, zipSync({ '/etc/passwd': strToU8('x') }), 'unsafe-name');
    await refusedWith(b, zipSync({ 'C:\\Windows\\x.txt': strToU8('x') }), 'unsafe-name');
    const many: Zippable = {};
    for (let i = 0; i < 10_000; i++) many[`documenten/${i}.txt`] = strToU8('x');
    await refusedWith(b, zipSync(many, { level: 0 }), 'too-many-entries');
    // A bomb that lies about its size: inflating stops at the declared size.
    const bomb = zipSync({ 'dossier.json': new Uint8Array(20 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    await refusedWith(b, declareSize(bomb, 'dossier.json', 1000), 'corrupt');
    // A 500 MB dossier.json is refused from its declared size, before inflating anything.
    await refusedWith(b, declareSize(zip, 'dossier.json', 500 * 1024 * 1024), 'too-large');
    const dossier = JSON.parse(new TextDecoder().decode(unzipSync(zip)['dossier.json'])) as object;
    await refusedWith(
      b,
      withFile(zip, 'dossier.json', strToU8(JSON.stringify({ ...dossier, schemaVersion: 2 }))),
      'unknown-version',
    );
    await refusedWith(b, withFile(zip, 'dossier.json', strToU8('{"niet": "af"')), 'not-json');
    await refusedWith(
      b,
      withFile(
        zip,
        'dossier.json',
        strToU8(JSON.stringify({ ...dossier, records: { onbekend: [] } })),
      ),
      'schema',
    );
    const noManifest = unzipSync(zip);
    delete noManifest['manifest.json'];
    await refusedWith(b, zipSync(noManifest), 'no-manifest');
    const extra = unzipSync(zip);
    extra['documenten/extra.pdf'] = pdfBytes(1000, 2);
    await refusedWith(b, zipSync(extra), 'changed');
  });

  it('a thousand fuzzed archives: never a crash, never a write, never different content', async () => {
    const zip = await smallExport();
    const original = content((await verifyExport(zip)).dossier);
    const b = await session();
    // The original is in already: an archive that still verifies can only be a duplicate.
    await b.importer.import(zip);
    const before = await counts(b);
    const mutation = fc.oneof(
      fc.record({
        op: fc.constant('flip' as const),
        at: fc.nat(),
        bit: fc.integer({ min: 0, max: 7 }),
      }),
      fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({
        op: fc.constant('insert' as const),
        at: fc.nat(),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      fc.record({
        op: fc.constant('set' as const),
        at: fc.nat(),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (ops) => {
        let bytes = zip.slice();
        for (const m of ops) {
          const at = m.at % Math.max(1, bytes.length);
          if (m.op === 'flip') bytes[at] = (bytes[at] as number) ^ (1 << m.bit);
          else if (m.op === 'set') bytes[at] = m.byte;
          else if (m.op === 'cut') bytes = bytes.slice(0, at);
          else bytes = Uint8Array.from([...bytes.subarray(0, at), m.byte, ...bytes.subarray(at)]);
        }
        try {
          const verified = await verifyExport(bytes);
          // Only bytes that carry no content (a timestamp in a header) may change unnoticed.
          expect(content(verified.dossier)).toEqual(original);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
          refused++;
        }
        await expect(b.importer.import(bytes)).rejects.toBeInstanceOf(ImportError);
      }),
      { numRuns: 1000, seed: 20261130 },
    );
    expect(await counts(b)).toEqual(before);
    expect(refused).toBeGreaterThan(900);
  });
});
