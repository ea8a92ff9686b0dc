import { describe, expect, it } from 'vitest';
import { loadDashboard } from '../../../../renderer/state/dashboard-loader';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { LogbookRepository } from '../../../../renderer/vault/logbook';
import { AuditLog } from '../../../../renderer/vault/audit';
import { Compartment } from '../../../../renderer/vault/compartment';
import { PoortwachterRepository } from '../../../../renderer/vault/poortwachter';
import { ClientRecords } from '../../../../renderer/vault/records';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import type { LogbookEntry } from '../../../../shared/domain/logbook';
import {
  POORTWACHTER_CASE_KIND,
  POORTWACHTER_SEALED_KIND,
  type PoortwachterCase,
} from '../../../../shared/domain/poortwachter-case';
import { POORTWACHTER_DEADLINES_KIND } from '../../../../shared/domain/poortwachter-projection';
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
  const compartment = new Compartment(vault, new AuditLog(vault), { now: () => 1_000_000 });
  const poortwachter = new PoortwachterRepository(vault, compartment);
  return { db, vault, repo, make, compartment, poortwachter };
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
    const { vault, repo, make, poortwachter } = await setup();
    const jan = await make('Jan', 'Vries');
    const fatma = await make('Fatma', 'Kaya');
    const cases = new ClientRecords<PoortwachterCase>(vault, POORTWACHTER_CASE_KIND);
    // Sick from 2025-01-01: the plan van aanpak is due 2025-02-25. Stored the v1 way (under
    // the client key): such a case still reaches the dashboard until it is migrated.
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
      poortwachter,
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

  it('reads the projection of a case sealed in the compartment, and leaves out steps settled at a takeover', async () => {
    const { vault, repo, make, compartment, poortwachter } = await setup();
    const jan = await make('Jan', 'Vries');
    await compartment.open({ clientId: jan.id, purpose: 'Termijnen', passphrase: PASS });
    // Taken over in week 39 of a sickness from 2025-01-01: eight steps due before it.
    await poortwachter.save(jan.id, {
      medical: { spells: [{ firstDay: '2025-01-01' }] },
      extensions: [],
      done: {},
      takeover: { date: '2025-09-28', from: '' },
    });
    compartment.close();
    const today = '2025-09-30';
    const load = async () =>
      loadDashboard(vault, new LogbookRepository(vault), poortwachter, await repo.list(), today);
    expect((await load()).deadlines.map((r) => r.state)).toEqual(Array(8).fill('overdue'));

    await compartment.open({ clientId: jan.id, purpose: 'Termijnen', passphrase: PASS });
    const c = await poortwachter.load(jan.id);
    await poortwachter.save(jan.id, {
      ...(c as PoortwachterCase),
      doneBeforeTakeover: [
        'ziekmelding-arbodienst',
        'probleemanalyse',
        'plan-van-aanpak',
        'evaluatie-plan-van-aanpak-1',
        'evaluatie-plan-van-aanpak-2',
        'evaluatie-plan-van-aanpak-3',
        'evaluatie-plan-van-aanpak-4',
      ],
      notApplicable: { 'evaluatie-plan-van-aanpak-5': 'Vervangen door het nieuwe plan' },
    });
    compartment.close();
    expect((await load()).deadlines).toEqual([]);
  });

  it('keeps the sick date out of every stored byte that is not sealed', async () => {
    const { db, vault, make, compartment, poortwachter } = await setup();
    const jan = await make('Jan', 'Vries');
    await compartment.open({ clientId: jan.id, purpose: 'Termijnen', passphrase: PASS });
    await poortwachter.save(jan.id, {
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
    // The scan sees the rows (their opaque kind tags), but neither the date nor a kind's name.
    expect(raw).toContain(vault.kindTag(POORTWACHTER_SEALED_KIND));
    expect(raw).toContain(vault.kindTag(POORTWACHTER_DEADLINES_KIND));
    expect(raw).not.toContain(POORTWACHTER_SEALED_KIND);
    expect(raw).not.toContain(POORTWACHTER_DEADLINES_KIND);
    expect(raw).not.toContain('2023-07-14');
  });
});
