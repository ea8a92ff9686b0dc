import nacl from 'tweetnacl';

/**
 * SHA-512 of the bytes (tweetnacl's). For chaining and fingerprints, never as a MAC: a plain
 * hash of key||data is open to length extension (mac.ts has the HMAC).
 */
export const sha512 = (data: Uint8Array): Uint8Array => nacl.hash(data);

/** An incremental SHA-256 (hash-wasm's WebAssembly), for files too large to hold at once. */
export interface Sha256Stream {
  update(data: Uint8Array): void;
  hex(): string;
}

export async function sha256Stream(): Promise<Sha256Stream> {
  const { createSHA256 } = await import('hash-wasm');
  const h = await createSHA256();
  h.init();
  return { update: (d) => void h.update(d), hex: () => h.digest('hex') };
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const h = await sha256Stream();
  h.update(data);
  return h.hex();
}
