import { randomBytes, timingSafeEqual } from 'node:crypto';
import { deriveKey, type KdfParams } from '../../../shared/crypto/kdf.ts';
import { Refusal } from '../http/refusal.ts';

/** Argon2id cost for staff passphrases; tests pass a cheap one (see OfficeConfig.kdf). */
export interface StaffKdfCost {
  memoryKiB: number;
  iterations: number;
}
export const STAFF_KDF_COST: StaffKdfCost = { memoryKiB: 64 * 1024, iterations: 3 };

export const MIN_PASSPHRASE_LENGTH = 12;

interface StoredKdf {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: string;
}

export async function hashPassphrase(
  passphrase: string,
  cost: StaffKdfCost,
): Promise<{ passHash: string; kdf: string }> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new Refusal(
      400,
      'weak-passphrase',
      `A passphrase has at least ${MIN_PASSPHRASE_LENGTH} characters`,
    );
  const params: KdfParams = { alg: 'argon2id', ...cost, parallelism: 1, salt: randomBytes(16) };
  const key = await deriveKey(passphrase, params);
  const stored: StoredKdf = {
    ...cost,
    parallelism: 1,
    salt: Buffer.from(params.salt).toString('hex'),
  };
  return { passHash: Buffer.from(key).toString('hex'), kdf: JSON.stringify(stored) };
}

export async function passphraseMatches(
  passphrase: string,
  passHash: string,
  kdf: string,
): Promise<boolean> {
  const p = JSON.parse(kdf) as StoredKdf;
  const key = await deriveKey(passphrase, {
    alg: 'argon2id',
    memoryKiB: p.memoryKiB,
    iterations: p.iterations,
    parallelism: p.parallelism,
    salt: Buffer.from(p.salt, 'hex'),
  });
  const want = Buffer.from(passHash, 'hex');
  return want.length === key.length && timingSafeEqual(want, key);
}
