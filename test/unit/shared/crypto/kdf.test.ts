import { describe, expect, it } from 'vitest';
import { calibrateKdf, deriveKey } from '../../../../shared/crypto/kdf';
import { randomBytes } from '../../../../shared/crypto/envelope';

describe('Argon2id key derivation', () => {
  const params = {
    alg: 'argon2id' as const,
    memoryKiB: 1024,
    iterations: 1,
    parallelism: 1,
    salt: randomBytes(16),
  };

  it('is deterministic for the same passphrase and salt, different otherwise', async () => {
    const a = await deriveKey('een lange wachtwoordzin', params);
    const b = await deriveKey('een lange wachtwoordzin', params);
    const c = await deriveKey('een lange wachtwoordzin!', params);
    const d = await deriveKey('een lange wachtwoordzin', { ...params, salt: randomBytes(16) });
    expect(a).toHaveLength(32);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(d))).toBe(false);
  });

  it('treats composed and decomposed accents alike (NFC)', async () => {
    const composed = await deriveKey('café-wachtwoordzin', params);
    const decomposed = await deriveKey('cafe\u0301-wachtwoordzin', params);
    expect(Buffer.from(composed).equals(Buffer.from(decomposed))).toBe(true);
  });

  it('calibration raises memory until one derivation costs 0.5–1 s, then stops', async () => {
    // Cost model: 1 ms per MiB per pass (64 MiB × 3 = 192 ms: too fast, so memory must grow), measured through a fake clock.
    let t = 0;
    const calls: { memoryKiB: number; iterations: number }[] = [];
    const { params: chosen, measuredMs } = await calibrateKdf({
      salt: randomBytes(16),
      now: () => t,
      derive: async (p) => {
        calls.push({ memoryKiB: p.memoryKiB, iterations: p.iterations });
        t += (p.memoryKiB / 1024) * p.iterations;
      },
    });
    expect(measuredMs).toBeGreaterThanOrEqual(600);
    expect(measuredMs).toBeLessThanOrEqual(900);
    expect(chosen.memoryKiB).toBeGreaterThan(64 * 1024);
    expect(chosen.memoryKiB).toBeLessThanOrEqual(256 * 1024);
    expect(calls.length).toBeGreaterThan(1);
  });

  it('calibration on a slow machine lowers passes but never below the 64 MiB / 2-pass floor', async () => {
    let t = 0;
    const { params: chosen } = await calibrateKdf({
      salt: randomBytes(16),
      now: () => t,
      derive: async (p) => {
        t += (p.memoryKiB / 1024) * p.iterations * 20;
      },
    });
    expect(chosen.memoryKiB).toBe(64 * 1024);
    expect(chosen.iterations).toBe(2);
  });

  // Security review, issue 9: whatever the clock and the bench say, never under 64 MiB and
  // 2 passes. The fake derivation costs nothing, so the test stays fast.
  it.each([
    ['a clock that runs fast (every derivation looks like 5 s)', 5000],
    ['a busy machine (every derivation looks like 1.2 s)', 1200],
    ['a very fast machine (every derivation looks like 0 ms)', 0],
  ])('calibration keeps the floor on %s', async (_name, msPerDerive) => {
    let t = 0;
    const { params: chosen } = await calibrateKdf({
      salt: randomBytes(16),
      now: () => t,
      minMemoryKiB: 8 * 1024,
      derive: async () => {
        t += msPerDerive;
      },
    });
    expect(chosen.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(chosen.iterations).toBeGreaterThanOrEqual(2);
  });

  it('calibration never takes a lower memory floor from its caller', async () => {
    let t = 0;
    const { params: chosen } = await calibrateKdf({
      salt: randomBytes(16),
      now: () => t,
      minMemoryKiB: 1024,
      maxMemoryKiB: 1024,
      derive: async (p) => {
        t += (p.memoryKiB / 1024) * p.iterations * 4;
      },
    });
    expect(chosen.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(chosen.iterations).toBeGreaterThanOrEqual(2);
  });
});
