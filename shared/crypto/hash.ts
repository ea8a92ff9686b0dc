import nacl from 'tweetnacl';

/**
 * SHA-512 of the bytes (tweetnacl's). For chaining and fingerprints, never as a MAC: a plain
 * hash of key||data is open to length extension (mac.ts has the HMAC).
 */
export const sha512 = (data: Uint8Array): Uint8Array => nacl.hash(data);
