import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { AuditLog, type AuditEntry } from '../../../../renderer/vault/audit';
import type { LockoutMeta } from '../../../../renderer/vault/db';
import { FREE_ATTEMPTS } from '../../../../renderer/vault/lockout';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const WRONG = 'niet de goede wachtwoordzin';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(VaultError);
    return (e as VaultError).code;
  }
  return 'resolved';
}

/** A vault wired like vault-instance.ts: failures go to the audit log. Time is ours. */
async function setup() {
  const clock = { t: Date.parse('2026-03-02T09:00:00Z') };
  const db = freshDb();
  const vault = makeVault(db, { now: () => clock.t });
  const audit = new AuditLog(vault);
  vault.throttle.auditWith((e) => audit.append(e, new Date(clock.t)));
  await vault.create(PASS, fastKdf());
  const actions = async () => (await audit.entries()).map((e: AuditEntry) => e.action);
  return { db, vault, audit, clock, actions };
}

describe('one back-off for every passphrase prompt', () => {
  it('five wrong passphrases for the compartment make the sixth try wait, and each is audited', async () => {
    const { vault, clock, actions } = await setup();
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      expect(await code(vault.compartmentMasterKey(WRONG))).toBe('wrong-passphrase');
    }
    const err = vault.compartmentMasterKey(PASS).catch((e: unknown) => e);
    const thrown = (await err) as VaultError;
    expect(thrown.code).toBe('throttled');
    expect(thrown.retryAfterMs).toBe(2000);
    expect(await actions()).toEqual(Array(FREE_ATTEMPTS).fill('compartment-open-failed'));
    // Once the wait is over the right passphrase opens it and the back-off resets.
    clock.t += 2000;
    expect((await vault.compartmentMasterKey(PASS)).get(0)?.byteLength).toBe(32);
    expect(await vault.retryAfterMs()).toBe(0);
  });

  it('changing the passphrase uses the same back-off, audited per failure, and changes nothing meanwhile', async () => {
    const { vault, clock, actions } = await setup();
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      expect(await code(vault.changePassphrase(WRONG, 'een nieuwe lange zin'))).toBe(
        'wrong-passphrase',
      );
    }
    expect(await code(vault.changePassphrase(PASS, 'een nieuwe lange zin'))).toBe('throttled');
    expect(await actions()).toEqual(Array(FREE_ATTEMPTS).fill('passphrase-change-failed'));
    // Nothing changed: after the wait the old passphrase still unlocks.
    clock.t += 2000;
    await vault.lock();
    await vault.unlock(PASS);
    expect(vault.unlocked).toBe(true);
  });

  it('the count is shared: failures at the compartment, session mode and passphrase change add up', async () => {
    const { vault, actions } = await setup();
    await code(vault.compartmentMasterKey(WRONG));
    await code(vault.verifyPassphrase(WRONG));
    await code(vault.changePassphrase(WRONG, 'een nieuwe lange zin'));
    await code(vault.verifyPassphrase(WRONG));
    await code(vault.compartmentMasterKey(WRONG));
    expect(await code(vault.verifyPassphrase(PASS))).toBe('throttled');
    expect(await code(vault.compartmentMasterKey(PASS))).toBe('throttled');
    expect(await actions()).toEqual([
      'compartment-open-failed',
      'session-leave-failed',
      'passphrase-change-failed',
      'session-leave-failed',
      'compartment-open-failed',
    ]);
  });

  it('failures on the lock screen are counted while locked and written as one entry at the next unlock', async () => {
    const { db, vault, audit, clock } = await setup();
    await vault.lock();
    const first = clock.t;
    for (let i = 0; i < 3; i++) {
      expect(await code(vault.unlock(WRONG))).toBe('wrong-passphrase');
      clock.t += 1000;
    }
    const row = (await db.meta.get('lockout')) as LockoutMeta;
    expect(row.failures).toBe(3);
    expect(row.unaudited).toBe(3);
    await vault.unlock(PASS);
    const entries = await audit.entries();
    expect(entries.map((e) => [e.action, e.failures, e.since])).toEqual([
      ['unlock-failed', 3, new Date(first).toISOString()],
    ]);
    expect(await db.meta.get('lockout')).toBeUndefined();
    // Written once: the next unlock adds nothing.
    await vault.lock();
    await vault.unlock(PASS);
    expect(await audit.entries()).toHaveLength(1);
  });

  it('lock-screen failures are written after a quick unlock too', async () => {
    const { vault, audit } = await setup();
    const q = await vault.enrollQuickUnlock(PASS);
    await vault.lock();
    await code(vault.unlock(WRONG));
    await vault.unlockWithQuickUnlockKey(q);
    expect((await audit.entries()).map((e) => [e.action, e.failures])).toEqual([
      ['unlock-failed', 1],
    ]);
  });
});
