import { macFields } from './mac';

/**
 * An incremental HMAC-SHA-256 (hash-wasm's WebAssembly): a backup of hundreds of MB is
 * authenticated frame by frame without ever holding it whole. tweetnacl's SHA-512 in plain
 * JS would cost several times as long on the same bytes.
 */
export interface StreamMac {
  /** The MAC over the concatenation of `parts`. */
  mac(...parts: Uint8Array[]): Uint8Array;
}

export async function streamMac(key: Uint8Array): Promise<StreamMac> {
  const { createHMAC, createSHA256 } = await import('hash-wasm');
  const h = await createHMAC(createSHA256(), key);
  return {
    mac(...parts) {
      h.init();
      for (const p of parts) h.update(p);
      return h.digest('binary');
    },
  };
}

/** A sub-key for one purpose, so one root key never serves two (HMAC over a label). */
export const subKey = (root: Uint8Array, label: string): Uint8Array => macFields(root, label);
