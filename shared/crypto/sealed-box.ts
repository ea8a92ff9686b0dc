import nacl from 'tweetnacl';
import { concat, secretCopy } from './bytes';
import { VaultError } from './errors';

const FORMAT_SEALED_BOX = 2;
const PUBLIC = nacl.box.publicKeyLength;
const NONCE = nacl.box.nonceLength;

/**
 * Anonymous public-key sealing: whoever holds the public key can seal, only the secret key
 * opens. The special-category compartment uses it so a coach can write a sealed logbook
 * entry without opening the compartment, while reading it back needs the passphrase.
 * Layout: [format 2][ephemeral public key 32][nonce 24][box(plain)].
 */
export function sealTo(publicKey: Uint8Array, plain: Uint8Array): Uint8Array {
  const eph = nacl.box.keyPair();
  const nonce = nacl.randomBytes(NONCE);
  const box = nacl.box(plain, nonce, publicKey, eph.secretKey);
  eph.secretKey.fill(0);
  return concat(new Uint8Array([FORMAT_SEALED_BOX]), eph.publicKey, nonce, box);
}

export function openSealed(secretKey: Uint8Array, sealed: Uint8Array): Uint8Array {
  if (
    sealed.length < 1 + PUBLIC + NONCE + nacl.box.overheadLength ||
    sealed[0] !== FORMAT_SEALED_BOX
  ) {
    throw new VaultError('unsupported-format', 'Not a sealed box');
  }
  const plain = nacl.box.open(
    sealed.subarray(1 + PUBLIC + NONCE),
    sealed.subarray(1 + PUBLIC, 1 + PUBLIC + NONCE),
    sealed.subarray(1, 1 + PUBLIC),
    secretKey,
  );
  if (!plain) throw new VaultError('tampered', 'Sealed box failed authentication');
  return plain;
}

/**
 * A key pair whose secret key is the given 32 bytes (so it can be stored as one key). The
 * secret key returned is the caller's own array: tweetnacl's copy is wiped here.
 */
export function keyPairFromSecret(secretKey: Uint8Array): {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
} {
  const pair = nacl.box.keyPair.fromSecretKey(secretKey);
  pair.secretKey.fill(0);
  return { publicKey: pair.publicKey, secretKey };
}

/** A new key pair; its secret key is held outside the JS heap (see secretCopy). */
export function newBoxKeyPair(): { publicKey: Uint8Array; secretKey: Uint8Array } {
  const pair = nacl.box.keyPair();
  const secretKey = secretCopy(pair.secretKey);
  pair.secretKey.fill(0);
  return { publicKey: pair.publicKey, secretKey };
}
