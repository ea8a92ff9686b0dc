import { describe, expect, it } from 'vitest';
import { AuditLog, linkHash } from '../../../../renderer/vault/audit';
import type { AuditHeadMeta } from '../../../../renderer/vault/db';
import { seal } from '../../../../shared/crypto/envelope';
import { utf8 } from '../../../../shared/crypto/bytes';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

async function logWith(n: number) {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const log = new AuditLog(vault);
  for (let i = 1; i <= n; i++) {
    await log.append({ action: 'compartment-open', clientId: 'c1', purpose: `verslag ${i}` });
  }
  return { db, vault, log };
}

describe('the audit head: what the vault key alone cannot rewrite', () => {
  it('an intact log is vouched for up to its last entry', async () => {
    const { log } = await logWith(3);
    expect(await log.verify()).toMatchObject({
      ok: true,
      count: 3,
      vouchedUpTo: 3,
      anchored: true,
    });
  });

  it('a new vault with an empty log is intact; an emptied one is not', async () => {
    const { log } = await logWith(0);
    expect(await log.verify()).toMatchObject({ ok: true, count: 0 });
    const filled = await logWith(2);
    // No key needed: delete every row.
    await filled.db.audit.clear();
    expect(await filled.log.verify()).toMatchObject({
      ok: false,
      reason: 'truncated',
      brokenAt: 1,
    });
    // …and the head with it: still not intact.
    await filled.db.meta.delete('audit-head');
    expect(await filled.log.verify()).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('detects a cut-off tail, naming the last entry it can vouch for', async () => {
    const { db, log } = await logWith(5);
    // As the review did: delete the last rows from IndexedDB, with no key at all.
    await db.audit.bulkDelete([4, 5]);
    expect(await log.verify()).toMatchObject({
      ok: false,
      reason: 'truncated',
      brokenAt: 4,
      vouchedUpTo: 3,
    });
  });

  it('detects a chain built anew with the vault key', async () => {
    const { db, vault, log } = await logWith(3);
    // The attacker rebuilds the whole log with the (current) audit key, links and all.
    const key = vault.keyring.requireAuditKeys().get(0) as Uint8Array;
    await db.audit.clear();
    let prev = '';
    for (let seq = 1; seq <= 3; seq++) {
      const entry = { action: 'unlock', clientId: null, seq, at: new Date().toISOString(), prev };
      const sealed = seal(
        key,
        { id: `audit:${seq}`, clientId: '-', kind: 'audit', v: 1 },
        utf8(JSON.stringify(entry)),
      );
      await db.audit.add({ seq, sealed });
      prev = linkHash(sealed);
    }
    const check = await log.verify();
    expect(check.ok).toBe(false);
    expect(check).toMatchObject({ reason: 'replaced', vouchedUpTo: 0 });
  });

  it('a forged head is refused', async () => {
    const { db, log } = await logWith(2);
    const forged = { seq: 1, hash: 'x', epoch: 0, mac: '00'.repeat(32) };
    const row: AuditHeadMeta = {
      key: 'audit-head',
      epoch: 0,
      sealed: utf8(JSON.stringify(forged)),
    };
    await db.meta.put(row);
    expect(await log.verify()).toMatchObject({ ok: false, reason: 'replaced' });
  });
});
