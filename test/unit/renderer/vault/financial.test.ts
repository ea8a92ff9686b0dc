import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { emptyGroundInput } from '../../../../shared/domain/consent';
import { HOURS_KIND, hoursFromContacts, minutesOn } from '../../../../shared/domain/financial';
import { newLogbookInput, validateLogbook } from '../../../../shared/domain/logbook';
import { emptyTrajectoryInput, validateTrajectory } from '../../../../shared/domain/uwv-trajectory';
import { financialOwnerId } from '../../../../renderer/vault/financial';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

vi.mock('../../../../renderer/platform', () => ({ platform: {} }));
const { buildServices } = await import('../../../../renderer/state/services');

const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

const entry = (
  day: [number, number],
  minutes: number,
  contactType: 'face-to-face' | 'phone' = 'face-to-face',
  summary = 'Gesprek',
) =>
  ok(
    validateLogbook({
      ...newLogbookInput(new Date(2026, day[0] - 1, day[1], 10, 0)),
      durationMinutes: minutes,
      contactType,
      summary,
    }),
  );

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const s = buildServices(vault);
  const client = await s.clients.create(
    ok(validateClient({ ...emptyClientInput(), voornaam: 'Jan', achternaam: 'de Boer' })),
  );
  return { db, vault, s, client };
}

const trajectory = (startDate: string, endDate = '') => ({
  ...ok(validateTrajectory({ ...emptyTrajectoryInput(), startDate, endDate, grantedHours: '40' })),
  milestonesDone: {},
});

describe('hours per month, activity and trajectory', () => {
  it('adds up contacts by month and contact type, inside and outside the trajectory', () => {
    const rows = hoursFromContacts(
      [
        { entryId: 'a', at: '2026-08-30T10:00', durationMinutes: 30, type: 'phone' },
        { entryId: 'b', at: '2026-09-01T10:00', durationMinutes: 60, type: 'face-to-face' },
        { entryId: 'c', at: '2026-09-20T10:00', durationMinutes: 45, type: 'face-to-face' },
        { entryId: 'd', at: '2026-09-21T10:00', durationMinutes: 15 },
        { entryId: 'e', at: '2026-10-02T10:00', durationMinutes: 0, type: 'email' },
      ],
      { id: 't1', startDate: '2026-09-01', endDate: '2026-12-31' },
    );
    expect(rows).toEqual([
      { month: '2026-08', activity: 'phone', minutes: 30 },
      { trajectoryId: 't1', month: '2026-09', activity: 'face-to-face', minutes: 105 },
      { trajectoryId: 't1', month: '2026-09', activity: 'unspecified', minutes: 15 },
    ]);
    expect(minutesOn(rows, 't1')).toBe(120);
  });
});

describe('the financial records, kept in step with the logbook', () => {
  it('follow every new entry, edit and trajectory change by the next read', async () => {
    const { s, client } = await setup();
    const first = await s.logbook.create(client.id, entry([9, 10], 60));
    await s.logbook.create(client.id, entry([9, 12], 30, 'phone'));
    expect(await s.financial.hours(client.id)).toEqual([
      { month: '2026-09', activity: 'face-to-face', minutes: 60 },
      { month: '2026-09', activity: 'phone', minutes: 30 },
    ]);
    // An edit moves the contact to October and makes it longer.
    await s.logbook.update(client.id, first.id, entry([10, 1], 90));
    expect(await s.financial.hours(client.id)).toEqual([
      { month: '2026-09', activity: 'phone', minutes: 30 },
      { month: '2026-10', activity: 'face-to-face', minutes: 90 },
    ]);
    // The trajectory starts on 1 October: only October's hours are booked on it.
    const saved = await s.trajectory.save(client.id, trajectory('01-10-2026'));
    const hours = await s.financial.hours(client.id);
    expect(hours).toEqual([
      { month: '2026-09', activity: 'phone', minutes: 30 },
      { trajectoryId: saved.id, month: '2026-10', activity: 'face-to-face', minutes: 90 },
    ]);
    expect(minutesOn(hours, saved.id)).toBe(90);
  });

  it('count a sealed entry as unspecified: its type is not read without the compartment', async () => {
    const { s, client } = await setup();
    await s.consents.addGround(client, { ...emptyGroundInput(), givenOn: '01-06-2025' });
    await s.logbook.create(client.id, entry([9, 3], 45, 'phone', 'Over zijn depressie'), {
      sealed: true,
    });
    expect(await s.financial.hours(client.id)).toEqual([
      { month: '2026-09', activity: 'unspecified', minutes: 45 },
    ]);
  });

  it('are built from the logbook on first need in a vault that had none', async () => {
    const { db, vault, s, client } = await setup();
    await s.logbook.create(client.id, entry([9, 10], 60));
    // As a vault from before this change: no financial key, no hours rows.
    const owner = financialOwnerId(vault, client.id);
    await db.records.where('clientId').equals(owner).delete();
    await db.clientKeys.delete(owner);
    vault.keyring.dropClientKey(owner);
    expect(await s.financial.hours(client.id)).toEqual([
      { month: '2026-09', activity: 'face-to-face', minutes: 60 },
    ]);
    expect(await db.clientKeys.get(owner)).toBeDefined();
  });

  it('are rebuilt on the next read when a rebuild was lost (a lock or a crash right after a save)', async () => {
    const { db, vault, s, client } = await setup();
    await s.logbook.create(client.id, entry([9, 10], 60));
    expect(await s.financial.hours(client.id)).toHaveLength(1);
    // The hours rows of an older state: the rebuild after the last save never ran.
    await db.records.where('clientId').equals(financialOwnerId(vault, client.id)).delete();
    expect(await s.financial.hours(client.id)).toEqual([
      { month: '2026-09', activity: 'face-to-face', minutes: 60 },
    ]);
  });

  it('live under their own key: destroying the client key and rows (an erasure) leaves them readable', async () => {
    const { db, vault, s, client } = await setup();
    await s.logbook.create(client.id, entry([9, 10], 60));
    const added = await s.financial.addInvoice(client.id, {
      reference: 'F2026-0042',
      invoicedOn: '30-09-2026',
      note: 'September',
    });
    expect(added.ok).toBe(true);
    const owner = financialOwnerId(vault, client.id);
    const hoursRows = await vault.rowsOf(owner, HOURS_KIND);
    expect(hoursRows).toHaveLength(1);
    // Not under the client's id: erasure, which deletes the client's rows, does not reach them.
    expect(hoursRows[0]?.clientId).not.toBe(client.id);

    // Crypto-shredding the client as erasure does: its key, then every row under its id.
    await db.clientKeys.delete(client.id);
    vault.keyring.dropClientKey(client.id);
    await db.records.where('clientId').equals(client.id).delete();
    await db.changes.where('clientId').equals(client.id).delete();
    await vault.lock();
    await vault.unlock(PASS);
    const after = buildServices(vault);
    expect(await after.financial.hours(client.id)).toEqual([
      { month: '2026-09', activity: 'face-to-face', minutes: 60 },
    ]);
    expect((await after.financial.invoices(client.id)).map((r) => r.data.reference)).toEqual([
      'F2026-0042',
    ]);
    // And nothing rebuilds them from the now empty logbook.
    await expect(after.financial.rebuild(client.id)).rejects.toThrow();
    expect(await after.financial.hours(client.id)).toHaveLength(1);
  });

  it('refuses an invoice reference without number or with a wrong date, and stores nothing', async () => {
    const { s, client } = await setup();
    const r = await s.financial.addInvoice(client.id, {
      reference: ' ',
      invoicedOn: '31-02-2026',
      note: '',
    });
    expect(r).toEqual({
      ok: false,
      errors: { reference: 'validation.required', invoicedOn: 'validation.date' },
    });
    expect(await s.financial.invoices(client.id)).toEqual([]);
  });
});
