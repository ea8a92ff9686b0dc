import { secretCopy } from './bytes';
import { VaultError } from './errors';

/**
 * Keys by epoch. A passphrase change starts a new epoch: new writes use the newest key,
 * older keys stay (sealed under the new vault key) so older rows still open. An old copy of
 * the profile therefore holds no key for anything written after the change.
 * Layout: repeated [epoch u32 big-endian][key 32].
 */
export type KeyChain = Map<number, Uint8Array>;

const KEY = 32;

export function encodeKeyChain(chain: KeyChain): Uint8Array {
  const out = new Uint8Array(chain.size * (4 + KEY));
  let at = 0;
  for (const [epoch, key] of [...chain].sort((a, b) => a[0] - b[0])) {
    if (key.length !== KEY) throw new Error('Key chain holds 32-byte keys only');
    out.set([epoch >>> 24, (epoch >>> 16) & 0xff, (epoch >>> 8) & 0xff, epoch & 0xff], at);
    out.set(key, at + 4);
    at += 4 + KEY;
  }
  return out;
}

/** Copies every key out of `bytes` (which the caller may then wipe). */
export function decodeKeyChain(bytes: Uint8Array): KeyChain {
  // A legacy single key (no epoch prefix) is epoch 0.
  if (bytes.length === KEY) return new Map([[0, secretCopy(bytes)]]);
  if (bytes.length === 0 || bytes.length % (4 + KEY) !== 0)
    throw new VaultError('unsupported-format', 'Not a key chain');
  const chain: KeyChain = new Map();
  for (let at = 0; at < bytes.length; at += 4 + KEY) {
    const epoch =
      (((bytes[at] ?? 0) << 24) |
        ((bytes[at + 1] ?? 0) << 16) |
        ((bytes[at + 2] ?? 0) << 8) |
        (bytes[at + 3] ?? 0)) >>>
      0;
    chain.set(epoch, secretCopy(bytes.subarray(at + 4, at + 4 + KEY)));
  }
  return chain;
}

export const newestEpoch = (chain: KeyChain): number => Math.max(...chain.keys());

export function wipeChain(chain: KeyChain | null | undefined): void {
  if (!chain) return;
  for (const key of chain.values()) key.fill(0);
  chain.clear();
}
