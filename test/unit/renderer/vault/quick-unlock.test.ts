import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { createQuickUnlock } from '../../../../electron/quick-unlock';
import { resetFakeElectron, safeStorage } from '../../../fixtures/fake-electron';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(VaultError);
    return (e as VaultError).code;
  }
  return 'resolved';
}

const contains = (hay: Uint8Array, needle: Uint8Array): boolean =>
  Buffer.from(hay).includes(Buffer.from(needle));

async function enrolledVault() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const vaultKey = vault.keyring.requireVaultKey().slice();
  const q = await vault.enrollQuickUnlock(PASS);
  return { db, vault, vaultKey, q };
}

beforeEach(() => resetFakeElectron());

describe('quick unlock never hands out the vault key', () => {
  it('the key for the OS keystore is random, not the vault key, and the keystore file holds no trace of it', async () => {
    const { vault, vaultKey, q } = await enrolledVault();
    expect(q.byteLength).toBe(32);
    expect(Buffer.from(q).equals(Buffer.from(vaultKey))).toBe(false);

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'koers-qu-')), 'quick-unlock.bin');
    const main = createQuickUnlock({ safeStorage, platform: 'linux', file });
    await main.enable({ secret: q as Uint8Array<ArrayBuffer> });
    const onDisk = readFileSync(file);
    // The fake keystore only base64-encodes: so neither raw nor encoded forms may appear.
    const opened = Buffer.from(onDisk.toString().slice('sealed:'.length), 'base64').toString();
    const stored = new Uint8Array(Buffer.from(opened, 'base64'));
    expect(Buffer.from(stored).equals(Buffer.from(vaultKey))).toBe(false);
    expect(contains(stored, vaultKey)).toBe(false);
    expect(contains(onDisk, vaultKey)).toBe(false);
    expect(onDisk.toString()).not.toContain(Buffer.from(vaultKey).toString('base64'));

    // And the key stored alone cannot stand in for the vault key.
    await vault.lock();
    await vault.unlockWithQuickUnlockKey(stored);
    expect(vault.unlocked).toBe(true);
  });

  it('each use replaces the key: the one used before opens nothing', async () => {
    const { vault, q } = await enrolledVault();
    const copy = q.slice();
    await vault.lock();
    const next = await vault.unlockWithQuickUnlockKey(q);
    expect(Buffer.from(next).equals(Buffer.from(copy))).toBe(false);
    await vault.lock();
    expect(await code(vault.unlockWithQuickUnlockKey(copy.slice()))).toBe('wrong-passphrase');
    expect(vault.unlocked).toBe(false);
    // The fresh one works, once.
    const nextCopy = next.slice();
    await vault.unlockWithQuickUnlockKey(next);
    expect(vault.unlocked).toBe(true);
    await vault.lock();
    expect(await code(vault.unlockWithQuickUnlockKey(nextCopy))).toBe('wrong-passphrase');
  });

  it('turned off: the last stored key opens nothing', async () => {
    const { vault, q } = await enrolledVault();
    const copy = q.slice();
    expect(await vault.hasQuickUnlock()).toBe(true);
    await vault.disableQuickUnlock();
    expect(await vault.hasQuickUnlock()).toBe(false);
    await vault.lock();
    expect(await code(vault.unlockWithQuickUnlockKey(copy))).toBe('not-found');
    expect(vault.unlocked).toBe(false);
    // Turned on again: a new key, and the old one still opens nothing.
    await vault.unlock(PASS);
    const again = await vault.enrollQuickUnlock(PASS);
    expect(Buffer.from(again).equals(Buffer.from(q))).toBe(false);
    await vault.lock();
    expect(await code(vault.unlockWithQuickUnlockKey(q.slice()))).toBe('wrong-passphrase');
  });

  it('after a passphrase change the key is rewrapped under a fresh one; the old one opens nothing', async () => {
    const { vault, q } = await enrolledVault();
    const old = q.slice();
    await vault.changePassphrase(PASS, 'een heel andere lange zin');
    const fresh = await vault.rewrapQuickUnlock();
    expect(fresh).not.toBeNull();
    await vault.lock();
    expect(await code(vault.unlockWithQuickUnlockKey(old))).toBe('wrong-passphrase');
    await vault.unlockWithQuickUnlockKey(fresh as Uint8Array);
    expect(vault.unlocked).toBe(true);
  });

  it('rewrap does nothing when quick unlock is off', async () => {
    const vault = makeVault();
    await vault.create(PASS, fastKdf());
    expect(await vault.rewrapQuickUnlock()).toBeNull();
  });
});
