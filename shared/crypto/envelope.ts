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
const NONCE = nacl.secretbox.nonceLength;

/** Layout: [format 1][nonce 24][secretbox([u16 header length][header JSON][body])]. */
export function seal(key: Uint8Array, header: SealedHeader, body: Uint8Array): Uint8Array {
  const headerBytes = utf8(JSON.stringify(header));
  if (headerBytes.length > 0xffff) throw new Error('Sealed header too large');
  const plain = concat(
    new Uint8Array([headerBytes.length >> 8, headerBytes.length & 0xff]),
    headerBytes,
    body,
  );
  const nonce = nacl.randomBytes(NONCE);
  const box = nacl.secretbox(plain, nonce, key);
  plain.fill(0);
  return concat(new Uint8Array([FORMAT_SECRETBOX]), nonce, box);
}

export function open(
  key: Uint8Array,
  expected: SealedIdentity,
  sealed: Uint8Array,
): { header: SealedHeader; body: Uint8Array } {
  if (sealed.length < 1 + NONCE + nacl.secretbox.overheadLength || sealed[0] !== FORMAT_SECRETBOX) {
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
  // The rest of the buffer is the header (ids only): zero-filling `body` after use wipes
  // everything secret that was decrypted.
  return { header, body: plain.subarray(2 + headerLength) };
}

/** A new key, held outside the JS heap (see secretCopy). */
export function randomKey(): Uint8Array {
  const fresh = nacl.randomBytes(nacl.secretbox.keyLength);
  const key = secretCopy(fresh);
  fresh.fill(0);
  return key;
}
export const randomBytes = (n: number): Uint8Array => nacl.randomBytes(n);
