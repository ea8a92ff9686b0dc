import { describe, expect, it } from 'vitest';
import { secretCopy } from '../../../../shared/crypto/bytes';
import { randomKey } from '../../../../shared/crypto/envelope';
import { keyPairFromSecret, newBoxKeyPair } from '../../../../shared/crypto/sealed-box';
import { defaultCodec, type Codec } from '../../../../renderer/vault/codec';
import { fastKdf, makeVault, PASS } from '../../../fixtures/test-vault';

/** A key in a buffer of its own (not a view into a larger or shared one). */
const ownBuffer = (k: Uint8Array) =>
  k.byteOffset === 0 && k.buffer.byteLength === k.length && k.length === 32;

describe('keys are bytes in buffers of their own (issue 9)', () => {
  it('secretCopy, randomKey and newBoxKeyPair hold secrets in their own ArrayBuffer', () => {
    const src = new Uint8Array(64).fill(7).subarray(16, 48);
    const copy = secretCopy(src);
    expect(ownBuffer(copy)).toBe(true);
    expect(Array.from(copy)).toEqual(Array.from(src));
    expect(ownBuffer(randomKey())).toBe(true);
    expect(ownBuffer(newBoxKeyPair().secretKey)).toBe(true);
  });

  it('keyPairFromSecret hands back the caller’s own secret, no extra copy', () => {
    const pair = newBoxKeyPair();
    expect(keyPairFromSecret(pair.secretKey).secretKey).toBe(pair.secretKey);
  });
});

describe('opened plaintext is zero-filled once parsed (issue 9)', () => {
  it('openRecord and the key unwrap leave every plaintext buffer the codec returned zeroed', async () => {
    const bodies: Uint8Array[] = [];
    const codec: Codec = {
      ...defaultCodec,
      open: (key, expected, sealed) => {
        const r = defaultCodec.open(key, expected, sealed);
        bodies.push(r.body);
        return r;
      },
    };
    const vault = makeVault(undefined, { codec });
    await vault.create(PASS, fastKdf());
    await vault.lock();
    await vault.unlock(PASS);
    const { key } = vault.newClientKey('c1');
    expect(ownBuffer(key)).toBe(true);
    const row = vault.sealRecord({
      id: 'r1',
      clientId: 'c1',
      kind: 'logbook' as const,
      data: { text: 'geheim' },
      clock: {},
    });
    expect(vault.openRecord<{ text: string }>(row).data.text).toBe('geheim');
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    for (const b of bodies) expect(b.every((x) => x === 0)).toBe(true);
  });

  it('lock wipes at once and settles after the writes its hooks started', async () => {
    const vault = makeVault();
    await vault.create(PASS, fastKdf());
    let written = false;
    vault.onBeforeLock(
      () =>
        new Promise<void>((r) =>
          setTimeout(() => {
            written = true;
            r();
          }, 20),
        ),
    );
    const settled = vault.lock();
    expect(vault.unlocked).toBe(false);
    expect(written).toBe(false);
    await settled;
    expect(written).toBe(true);
  });
});
