import { argon2id } from 'hash-wasm';

/** Stored in clear beside the vault: the parameters are not secret, the passphrase is. */
export interface KdfParams {
  alg: 'argon2id';
  /** Memory in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: Uint8Array;
}

export const KEY_LENGTH = 32;

export async function deriveKey(passphrase: string, p: KdfParams): Promise<Uint8Array> {
  return argon2id({
    password: passphrase.normalize('NFC'),
    salt: p.salt,
    iterations: p.iterations,
    parallelism: p.parallelism,
    memorySize: p.memoryKiB,
    hashLength: KEY_LENGTH,
    outputType: 'binary',
  });
}

/**
 * The floor of every calibration, whatever the machine reports: 64 MiB and 2 passes. A fast
 * laptop (or a clock that runs fast, or a busy one that makes a derivation look slow) must
 * never talk the search down to a cost a GPU rig shrugs off. The passphrase policy's
 * time-to-crack estimate assumes at least this cost.
 */
export const KDF_FLOOR = { memoryKiB: 64 * 1024, iterations: 2 } as const;

export interface CalibrationOptions {
  /**
   * Accepted window for one derivation, in ms. Narrower than the 0.5–1 s goal on purpose,
   * so that run-to-run noise on a busy laptop keeps the real unlock inside it.
   */
  targetMs?: [number, number];
  now: () => number;
  salt: Uint8Array;
  /** Never go below this memory cost, whatever the machine; never below KDF_FLOOR either. */
  minMemoryKiB?: number;
  maxMemoryKiB?: number;
  /** Injected in tests so the search can be checked against a known cost model. */
  derive?: (params: KdfParams) => Promise<unknown>;
}

/**
 * Picks Argon2id parameters that cost 0.5–1 s on this machine (aiming at 0.6–0.9 s). Memory is the lever that
 * hurts an attacker's GPUs most, so it is raised first; passes only after memory hits the cap.
 * Never below KDF_FLOOR: on a slow machine unlocking then takes longer than a second.
 */
export async function calibrateKdf(
  o: CalibrationOptions,
): Promise<{ params: KdfParams; measuredMs: number }> {
  const [low, high] = o.targetMs ?? [600, 900];
  const minMemory = Math.max(o.minMemoryKiB ?? 0, KDF_FLOOR.memoryKiB);
  const maxMemory = Math.max(o.maxMemoryKiB ?? 256 * 1024, minMemory);
  let params: KdfParams = {
    alg: 'argon2id',
    memoryKiB: minMemory,
    iterations: 3,
    parallelism: 1,
    salt: o.salt,
  };
  for (let round = 0; round < 6; round++) {
    const start = o.now();
    await (o.derive ?? ((p: KdfParams) => deriveKey('calibration', p)))(params);
    const ms = o.now() - start;
    if (ms >= low && ms <= high) return { params, measuredMs: ms };
    if (ms > high) {
      if (params.iterations > KDF_FLOOR.iterations)
        params = { ...params, iterations: params.iterations - 1 };
      else return { params, measuredMs: ms };
      continue;
    }
    const factor = Math.min(4, (low + high) / 2 / Math.max(ms, 1));
    const wantedMemory = Math.round((params.memoryKiB * factor) / 1024) * 1024;
    if (wantedMemory <= maxMemory)
      params = { ...params, memoryKiB: Math.max(wantedMemory, params.memoryKiB + 1024) };
    else if (params.memoryKiB < maxMemory) params = { ...params, memoryKiB: maxMemory };
    else params = { ...params, iterations: Math.ceil(params.iterations * factor) };
    if (round === 5) return { params, measuredMs: ms };
  }
  return { params, measuredMs: NaN };
}
