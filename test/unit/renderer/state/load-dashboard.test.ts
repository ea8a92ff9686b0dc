import { describe, expect, it } from 'vitest';
import { loadDashboard } from '../../../../renderer/state/dashboard-loader';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { LogbookRepository } from '../../../../renderer/vault/logbook';
import { ClientRecords } from '../../../../renderer/vault/records';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import type { LogbookEntry } from '../../../../shared/domain/logbook';
import {
  POORTWACHTER_CASE_KIND,
  type PoortwachterCase,
} from '../../../../shared/domain/poortwachter-case';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const repo = new ClientRepository(vault);
  const make = async (voornaam: string, achternaam: string) => {
    const r = validateClient({ ...emptyClientInput(), voornaam, achternaam });
    if (!r.ok) throw new Error('fixture');
    return repo.create(r.value);
  };
  return { db, vault, repo, make };
}

const entry = (at: string, durationMinutes: number): LogbookEntry => ({
  at,
  durationMinutes,
  contactType: 'phone',
  participants: '',
  summary: 'Telefonisch contact over de voortgang',
  agreements: '',
  followUpDate: '',
  version: 1,
  createdAt: `${at}:00.000Z`,
  updatedAt: `${at}:00.000Z`,
});

describe('dashboard from the vault', () => {
  it('opens every case and logbook entry across clients and builds the panels', async () => {
    const { vault, repo, make } = await setup();
    const jan = await make('Jan', 'Vries');
    const fatma = await make('Fatma', 'Kaya');
    const cases = new ClientRecords<PoortwachterCase>(vault, POORTWACHTER_CASE_KIND);
    // Sick from 2025-01-01: the plan van aanpak is due 2025-02-25.
    await cases.save(jan.id, {
      medical: { spells: [{ firstDay: '2025-01-01' }] },
      extensions: [],
      done: { 'ziekmelding-arbodienst': '2025-01-06', probleemanalyse: '2025-02-10' },
    });
    const logbook = new LogbookRepository(vault);
    await logbook.create(jan.id, entry('2025-02-20T10:00', 90));
    await logbook.create(fatma.id, entry('2025-01-03T10:00', 30));
    // A record this version does not understand is skipped, not fatal.
    await cases.save(fatma.id, { broken: true } as unknown as PoortwachterCase);

    const d = await loadDashboard(
      vault,
      new LogbookRepository(vault),
      await repo.list(),
      '2025-02-20',
    );
    expect(d.deadlines.map((r) => [r.clientName, r.source, r.due, r.state])).toEqual([
      ['Jan Vries', 'poortwachter', '2025-02-25', 'due-soon'],
    ]);
    expect(d.hours.totalMinutes).toBe(90);
    expect(d.noContact.map((r) => [r.clientName, r.lastContact, r.days])).toEqual([
      ['Fatma Kaya', '2025-01-03', 48],
    ]);
  });

  it('keeps the sick date out of every stored byte that is not sealed', async () => {
    const { db, vault, make } = await setup();
    const jan = await make('Jan', 'Vries');
    await new ClientRecords<PoortwachterCase>(vault, POORTWACHTER_CASE_KIND).save(jan.id, {
      medical: { spells: [{ firstDay: '2023-07-14' }] },
      extensions: [],
      done: {},
    });
    const rows = [...(await db.records.toArray()), ...(await db.changes.toArray())];
    const raw = new TextDecoder('latin1').decode(
      new Uint8Array(
        rows.flatMap((r) => [
          ...new TextEncoder().encode(JSON.stringify({ ...r, sealed: undefined })),
          ...r.sealed,
        ]),
      ),
    );
    // The scan sees the row (its opaque kind tag), but neither the date nor the kind's name.
    expect(raw).toContain(vault.kindTag(POORTWACHTER_CASE_KIND));
    expect(raw).not.toContain(POORTWACHTER_CASE_KIND);
    expect(raw).not.toContain('2023-07-14');
  });
});
