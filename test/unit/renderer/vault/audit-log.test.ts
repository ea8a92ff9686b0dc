import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

async function logWith(n: number) {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const log = new AuditLog(vault);
  for (let i = 1; i <= n; i++) {
    await log.append({
      action: 'compartment-open',
      clientId: `c${i % 2}`,
      purpose: `rapportage ${i}`,
    });
  }
  return { db, vault, log };
}

describe('audit log', () => {
  it('chains entries, filters per client, and reports an intact chain with its head', async () => {
    const { log } = await logWith(4);
    const all = await log.entries();
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(all[0]?.prev).toBe('');
    expect(all[1]?.prev).toMatch(/^[0-9a-f]{128}$/);
    expect((await log.entries({ clientId: 'c1' })).map((e) => e.purpose)).toEqual([
      'rapportage 1',
      'rapportage 3',
    ]);
    const check = await log.verify();
    expect(check).toMatchObject({ ok: true, count: 4 });
  });

  it('names an edited entry', async () => {
    const { db, log } = await logWith(4);
    const row = await db.audit.get(3);
    const bad = (row?.sealed as Uint8Array).slice();
    bad[60] = (bad[60] ?? 0) ^ 1;
    await db.audit.put({ seq: 3, sealed: bad });
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 3, reason: 'tampered' });
    await expect(log.entries()).rejects.toMatchObject({ code: 'tampered' });
  });

  it('names a deleted entry, also when the rest is renumbered to hide the gap', async () => {
    const { db, log } = await logWith(4);
    await db.audit.delete(2);
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 2, reason: 'missing' });
    const [three, four] = [await db.audit.get(3), await db.audit.get(4)];
    await db.audit.bulkDelete([3, 4]);
    await db.audit.bulkPut([
      { seq: 2, sealed: three?.sealed as Uint8Array },
      { seq: 3, sealed: four?.sealed as Uint8Array },
    ]);
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 2, reason: 'moved' });
  });

  it('names reordered entries', async () => {
    const { db, log } = await logWith(4);
    const [two, three] = [await db.audit.get(2), await db.audit.get(3)];
    await db.audit.bulkPut([
      { seq: 2, sealed: three?.sealed as Uint8Array },
      { seq: 3, sealed: two?.sealed as Uint8Array },
    ]);
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 2, reason: 'moved' });
  });

  it('is unreadable and unwritable while locked, and stores nothing in clear', async () => {
    const { db, vault, log } = await logWith(1);
    const raw = Buffer.from((await db.audit.toArray())[0]?.sealed as Uint8Array).toString('latin1');
    expect(raw).not.toContain('rapportage');
    await vault.lock();
    await expect(log.append({ action: 'unlock', clientId: null })).rejects.toMatchObject({
      code: 'locked',
    });
  });
});
