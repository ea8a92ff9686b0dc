import nacl from 'tweetnacl';

/** An Ed25519 signing pair (the device's sync identity: every office request is signed). */
export interface SigningKeyPair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

export const newSigningKeyPair = (): SigningKeyPair => nacl.sign.keyPair();

/** A detached Ed25519 signature (64 bytes). */
export const signDetached = (message: Uint8Array, secretKey: Uint8Array): Uint8Array =>
  nacl.sign.detached(message, secretKey);

export const verifyDetached = (
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
): boolean => nacl.sign.detached.verify(message, signature, publicKey);

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (the wire format of protocol.ts); shared/ has no btoa. */
export function toBase64(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = ((b[i] ?? 0) << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] ?? '';
    out += ALPHABET[(n >> 12) & 63] ?? '';
    out += i + 1 < b.length ? (ALPHABET[(n >> 6) & 63] ?? '') : '=';
    out += i + 2 < b.length ? (ALPHABET[n & 63] ?? '') : '=';
  }
  return out;
}

export function fromBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) throw new RangeError('Not base64');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of clean) {
    acc = (acc << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  return out;
}
