import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { Compartment } from '../../../../renderer/vault/compartment';
import { LogbookRepository } from '../../../../renderer/vault/logbook';
import { ClientRecords } from '../../../../renderer/vault/records';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { summarizeLogbook } from '../../../../shared/domain/deadlines';
import { LOGBOOK_KIND, newLogbookInput, validateLogbook } from '../../../../shared/domain/logbook';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

async function withPlainAndSealedContact() {
  const vault = makeVault(freshDb());
  await vault.create(PASS, fastKdf());
  const r = validateClient({ ...emptyClientInput(), achternaam: 'Özdemir' });
  if (!r.ok) throw new Error('fixture');
  const client = await new ClientRepository(vault).create(r.value);
  const compartment = new Compartment(vault, new AuditLog(vault), { now: () => 1_000_000 });
  const logbook = new LogbookRepository(vault, compartment);
  const entry = (day: number, minutes: number, summary: string) => {
    const f = validateLogbook({
      ...newLogbookInput(new Date(2026, 10, day, 10, 0)),
      durationMinutes: minutes,
      summary,
    });
    if (!f.ok) throw new Error(JSON.stringify(f.errors));
    return f.value;
  };
  await logbook.create(client.id, entry(10, 60, 'Sollicitatiegesprek voorbereid'));
  await logbook.create(client.id, entry(12, 45, 'Over haar depressie gesproken'), {
    sealed: true,
  });
  return { vault, client, logbook };
}

describe('hours of a trajectory and of the dashboard', () => {
  it('count a sealed contact the same way: both from the logbook service', async () => {
    const { vault, client, logbook } = await withPlainAndSealedContact();
    const dashboard = summarizeLogbook(await logbook.allContacts(), '2026-11-30');
    expect(dashboard).toMatchObject([{ clientId: client.id, minutesThisMonth: 105 }]);
    // What the trajectory tab shows now: the same contact index, sealed entry included.
    const trajectory = await logbook.contactTimes(client.id);
    expect(trajectory.reduce((n, c) => n + c.durationMinutes, 0)).toBe(105);
    // What it read before: the plain logbook rows, which miss the sealed contact.
    const plainRows = await new ClientRecords<{ durationMinutes: number }>(
      vault,
      LOGBOOK_KIND,
    ).list(client.id);
    expect(plainRows.reduce((n, r) => n + r.data.durationMinutes, 0)).toBe(60);
  });
});
