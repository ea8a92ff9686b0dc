import nacl from 'tweetnacl';
import { concat, utf8 } from './bytes';

const BLOCK = 128; // SHA-512 block size
export const MAC_LENGTH = 32;

/**
 * HMAC-SHA-512 truncated to 32 bytes (RFC 2104 over tweetnacl's SHA-512). A plain hash of
 * key||data would be open to length extension; HMAC is not.
 */
export function hmac(key: Uint8Array, data: Uint8Array): Uint8Array {
  const k = key.length > BLOCK ? nacl.hash(key) : key;
  const inner = new Uint8Array(BLOCK);
  const outer = new Uint8Array(BLOCK);
  for (let i = 0; i < BLOCK; i++) {
    const b = k[i] ?? 0;
    inner[i] = b ^ 0x36;
    outer[i] = b ^ 0x5c;
  }
  const innerHash = nacl.hash(concat(inner, data));
  const out = nacl.hash(concat(outer, innerHash)).slice(0, MAC_LENGTH);
  inner.fill(0);
  outer.fill(0);
  return out;
}

/** A MAC over a label and several fields, each length-prefixed so fields cannot be shifted. */
export function macFields(key: Uint8Array, label: string, ...fields: (string | Uint8Array)[]) {
  const parts: Uint8Array[] = [];
  for (const f of [label, ...fields]) {
    const bytes = typeof f === 'string' ? utf8(f) : f;
    parts.push(
      new Uint8Array([bytes.length >>> 24, bytes.length >>> 16, bytes.length >>> 8, bytes.length]),
      bytes,
    );
  }
  return hmac(key, concat(...parts));
}

/** Constant-time comparison, so a MAC check does not leak how many bytes matched. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
