import nacl from 'tweetnacl';
import { concat, fromUtf8, secretCopy, utf8 } from './bytes';
import { VaultError } from './errors';

/**
 * The identity a sealed blob must carry. secretbox has no associated data, so these go
 * inside the plaintext and are compared on open: a ciphertext copied into another row
 * (other id, other client, other kind) is refused even though it decrypts.
 */
export interface SealedIdentity {
  id: string;
  clientId: string;
  kind: string;
}

export interface SealedHeader extends SealedIdentity {
  /** Schema version of the body, for migrations. */
  v: number;
}

const FORMAT_SECRETBOX = 1;
const FORMAT_PADDED = 3;
const NONCE = nacl.secretbox.nonceLength;

/**
 * The size a plaintext of n bytes is padded to, so a stored size says little: at least
 * 512 bytes, powers of two up to 64 KiB, then whole multiples of 64 KiB. No record's or
 * document's size can then be read to within 4 KiB beyond its bucket.
 */
export function paddedLength(n: number): number {
  if (n <= 512) return 512;
  if (n <= 0x10000) return 2 ** Math.ceil(Math.log2(n));
  return Math.ceil(n / 0x10000) * 0x10000;
}

/**
 * Layout: [format 3][nonce 24][secretbox([u16 header length][header JSON][u32 body length]
 * [body][zero padding to paddedLength])]. Format 1 (no length, no padding) still opens.
 */
export function seal(key: Uint8Array, header: SealedHeader, body: Uint8Array): Uint8Array {
  const headerBytes = utf8(JSON.stringify(header));
  if (headerBytes.length > 0xffff) throw new Error('Sealed header too large');
  const used = 2 + headerBytes.length + 4 + body.length;
  const plain = new Uint8Array(paddedLength(used));
  plain.set([headerBytes.length >> 8, headerBytes.length & 0xff], 0);
  plain.set(headerBytes, 2);
  const at = 2 + headerBytes.length;
  plain.set(
    [
      body.length >>> 24,
      (body.length >>> 16) & 0xff,
      (body.length >>> 8) & 0xff,
      body.length & 0xff,
    ],
    at,
  );
  plain.set(body, at + 4);
  const nonce = nacl.randomBytes(NONCE);
  const box = nacl.secretbox(plain, nonce, key);
  plain.fill(0);
  return concat(new Uint8Array([FORMAT_PADDED]), nonce, box);
}

export function open(
  key: Uint8Array,
  expected: SealedIdentity,
  sealed: Uint8Array,
): { header: SealedHeader; body: Uint8Array } {
  const format = sealed[0];
  if (
    sealed.length < 1 + NONCE + nacl.secretbox.overheadLength ||
    (format !== FORMAT_SECRETBOX && format !== FORMAT_PADDED)
  ) {
    throw new VaultError(
      'unsupported-format',
      `Record ${expected.id} is not in a known sealed format`,
    );
  }
  const plain = nacl.secretbox.open(sealed.subarray(1 + NONCE), sealed.subarray(1, 1 + NONCE), key);
  if (!plain) {
    throw new VaultError(
      'tampered',
      `Record ${expected.id} failed authentication (altered or wrong key)`,
    );
  }
  const headerLength = ((plain[0] ?? 0) << 8) | (plain[1] ?? 0);
  let header: SealedHeader;
  try {
    header = JSON.parse(fromUtf8(plain.subarray(2, 2 + headerLength))) as SealedHeader;
  } catch {
    plain.fill(0);
    throw new VaultError('unsupported-format', `Record ${expected.id} has an unreadable header`);
  }
  if (
    header.id !== expected.id ||
    header.clientId !== expected.clientId ||
    header.kind !== expected.kind
  ) {
    plain.fill(0);
    throw new VaultError('misplaced', `Record ${expected.id} holds data sealed for another row`);
  }
  // The rest of the buffer is the header (ids only) and zero padding: zero-filling `body`
  // after use wipes everything secret that was decrypted.
  const at = 2 + headerLength;
  if (format === FORMAT_SECRETBOX) return { header, body: plain.subarray(at) };
  const bodyLength =
    (((plain[at] ?? 0) << 24) |
      ((plain[at + 1] ?? 0) << 16) |
      ((plain[at + 2] ?? 0) << 8) |
      (plain[at + 3] ?? 0)) >>>
    0;
  if (at + 4 + bodyLength > plain.length)
    throw new VaultError('unsupported-format', `Record ${expected.id} has a bad length`);
  return { header, body: plain.subarray(at + 4, at + 4 + bodyLength) };
}

/** A new key, held outside the JS heap (see secretCopy). */
export function randomKey(): Uint8Array {
  const fresh = nacl.randomBytes(nacl.secretbox.keyLength);
  const key = secretCopy(fresh);
  fresh.fill(0);
  return key;
}
export const randomBytes = (n: number): Uint8Array => nacl.randomBytes(n);
