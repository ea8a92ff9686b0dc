import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

async function freshLog() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  return { db, log: new AuditLog(vault) };
}

describe('audit log guard against special-category data', () => {
  it('refuses a purpose that names health data and writes nothing', async () => {
    const { db, log } = await freshLog();
    await log.append({ action: 'compartment-open', clientId: 'c1', purpose: 'Rapportage UWV' });
    const before = await log.verify();

    await expect(
      log.append({
        action: 'compartment-open',
        clientId: 'c1',
        purpose: 'gesprek over zijn depressie',
      }),
    ).rejects.toMatchObject({ name: 'VaultError', code: 'audit-special-category' });

    expect(await db.audit.count()).toBe(1);
    expect(await log.verify()).toEqual(before);
  });

  it('refuses special-category data in the detail too, and never echoes it in the message', async () => {
    const { db, log } = await freshLog();
    const refused = log.append({
      action: 'export',
      clientId: 'c1',
      purpose: 'Inzageverzoek',
      detail: 'medicatie: oxazepam',
    });
    await expect(refused).rejects.toMatchObject({ code: 'audit-special-category' });
    await expect(refused).rejects.not.toHaveProperty(
      'message',
      expect.stringContaining('oxazepam'),
    );
    expect(await db.audit.count()).toBe(0);
  });

  it('accepts ordinary purposes and the details Koers itself writes', async () => {
    const { log } = await freshLog();
    await log.append({ action: 'compartment-open', clientId: 'c1', purpose: 'Rapportage UWV' });
    await log.append({ action: 'unlock', clientId: null, detail: 'passphrase' });
    await log.append({ action: 'unlock', clientId: null, detail: 'quick unlock (OS keychain)' });
    await log.append({ action: 'quick-unlock-enrolled', clientId: null });
    const check = await log.verify();
    expect(check).toMatchObject({ ok: true, count: 4 });
    expect((await log.entries()).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the chain continuous across a refusal', async () => {
    const { log } = await freshLog();
    await log.append({
      action: 'consent-change',
      clientId: 'c1',
      purpose: 'Toestemming vastgelegd',
    });
    await log
      .append({ action: 'restriction', clientId: 'c1', detail: 'diagnose burn-out' })
      .catch(() => undefined);
    const next = await log.append({ action: 'restriction', clientId: 'c1', purpose: 'Bezwaar' });
    expect(next.seq).toBe(2);
    expect(await log.verify()).toMatchObject({ ok: true, count: 2 });
  });
});
