import { describe, expect, it } from 'vitest';
import { open, randomKey, seal } from '../../../../shared/crypto/envelope';
import { utf8, fromUtf8 } from '../../../../shared/crypto/bytes';
import { VaultError } from '../../../../shared/crypto/errors';

const header = { id: 'r1', clientId: 'c1', kind: 'client', v: 1 };

function expectVaultError(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(VaultError);
    expect((e as VaultError).code).toBe(code);
    return e as VaultError;
  }
  throw new Error(`expected VaultError ${code}`);
}

describe('sealed envelope', () => {
  it('round-trips body and header', () => {
    const key = randomKey();
    const sealed = seal(key, header, utf8('Jan de Vries'));
    const { header: h, body } = open(key, header, sealed);
    expect(fromUtf8(body)).toBe('Jan de Vries');
    expect(h).toEqual(header);
  });

  it('uses a fresh nonce: sealing twice gives different bytes', () => {
    const key = randomKey();
    const a = seal(key, header, utf8('x'));
    const b = seal(key, header, utf8('x'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('does not contain the plaintext', () => {
    const sealed = seal(randomKey(), header, utf8('Jan de Vries'));
    expect(Buffer.from(sealed).includes(Buffer.from('Jan de Vries'))).toBe(false);
  });

  it('refuses a flipped bit anywhere in nonce or box', () => {
    const key = randomKey();
    const sealed = seal(key, header, utf8('Jan de Vries'));
    for (const at of [1, 10, 30, sealed.length - 1]) {
      const bad = sealed.slice();
      bad[at] = (bad[at] ?? 0) ^ 0x01;
      const err = expectVaultError(() => open(key, header, bad), 'tampered');
      expect(err.message).toContain('failed authentication');
    }
  });

  it('refuses a wrong key', () => {
    const sealed = seal(randomKey(), header, utf8('x'));
    expectVaultError(() => open(randomKey(), header, sealed), 'tampered');
  });

  it('refuses a ciphertext moved to another row, client or kind', () => {
    const key = randomKey();
    const sealed = seal(key, header, utf8('x'));
    expectVaultError(() => open(key, { ...header, id: 'r2' }, sealed), 'misplaced');
    expectVaultError(() => open(key, { ...header, clientId: 'c2' }, sealed), 'misplaced');
    expectVaultError(() => open(key, { ...header, kind: 'logbook' }, sealed), 'misplaced');
  });

  it('refuses an unknown format byte and truncated input', () => {
    const key = randomKey();
    const sealed = seal(key, header, utf8('x'));
    const other = sealed.slice();
    other[0] = 9;
    expectVaultError(() => open(key, header, other), 'unsupported-format');
    expectVaultError(() => open(key, header, sealed.subarray(0, 20)), 'unsupported-format');
  });
});
