import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_WORDS } from '../../../../shared/sync/fingerprint-words.ts';
import {
  fingerprintFromBase64,
  fingerprintPhrase,
  fromBase64,
} from '../../../../shared/sync/fingerprint.ts';

const seq = (f: (i: number) => number) => new Uint8Array(32).map((_, i) => f(i));

describe('fingerprint phrase', () => {
  it('has 256 distinct short words, one per byte value', () => {
    expect(FINGERPRINT_WORDS).toHaveLength(256);
    expect(new Set(FINGERPRINT_WORDS).size).toBe(256);
    for (const w of FINGERPRINT_WORDS) expect(w).toMatch(/^[a-z]{2,5}$/);
  });

  it('is fixed for given keys (known answer: SHA-256 of sign‖box starts cb d3 aa be 6d 5a 91 25)', async () => {
    const phrase = await fingerprintPhrase(
      seq((i) => i),
      seq((i) => 255 - i),
    );
    expect(phrase).toBe('sok tak pad ree keel hout mast deel');
    const w = (byte: number) => FINGERPRINT_WORDS[byte];
    expect(phrase.split(' ')).toEqual([0xcb, 0xd3, 0xaa, 0xbe, 0x6d, 0x5a, 0x91, 0x25].map(w));
  });

  it('changes when either key changes, or when the two are swapped', async () => {
    const a = seq((i) => i);
    const b = seq((i) => 255 - i);
    const base = await fingerprintPhrase(a, b);
    expect(await fingerprintPhrase(b, a)).not.toBe(base);
    expect(
      await fingerprintPhrase(
        a,
        seq((i) => (i === 31 ? 1 : 255 - i)),
      ),
    ).not.toBe(base);
  });

  it('reads the base64 of the wire protocol as Node does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        async (s, b) => {
          const s64 = Buffer.from(s).toString('base64');
          expect(fromBase64(s64)).toEqual(new Uint8Array(s));
          expect(await fingerprintFromBase64(s64, Buffer.from(b).toString('base64'))).toBe(
            await fingerprintPhrase(s, b),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses keys of the wrong length', async () => {
    await expect(fingerprintPhrase(new Uint8Array(31), new Uint8Array(32))).rejects.toThrow();
  });
});
