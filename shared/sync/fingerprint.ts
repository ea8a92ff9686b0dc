import { sha256Hex } from '../crypto/hash.ts';
import { FINGERPRINT_WORDS } from './fingerprint-words.ts';

/** Words in a phrase: 8 bytes of the hash, 64 bits, too many to find a lookalike key pair. */
export const FINGERPRINT_WORD_COUNT = 8;

/**
 * The phrase a coach (in Koers) and an administrator (at the office) compare at enrolment:
 * words from the SHA-256 of the device's Ed25519 signing key followed by its X25519 box key
 * (32 raw bytes each). Anyone who swapped either key on the way would show other words.
 */
export async function fingerprintPhrase(
  signPublicKey: Uint8Array,
  boxPublicKey: Uint8Array,
): Promise<string> {
  if (signPublicKey.length !== 32 || boxPublicKey.length !== 32)
    throw new Error('A fingerprint takes two 32-byte public keys');
  const both = new Uint8Array(64);
  both.set(signPublicKey, 0);
  both.set(boxPublicKey, 32);
  const hex = await sha256Hex(both);
  const words: string[] = [];
  for (let i = 0; i < FINGERPRINT_WORD_COUNT; i++) {
    const byte = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    words.push(FINGERPRINT_WORDS[byte] as string);
  }
  return words.join(' ');
}

/** The same from the base64 the wire protocol carries. */
export async function fingerprintFromBase64(signB64: string, boxB64: string): Promise<string> {
  return fingerprintPhrase(fromBase64(signB64), fromBase64(boxB64));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding, environment-free (no atob/Buffer in shared/). */
export function fromBase64(s: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new Error('Not base64');
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of clean) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
