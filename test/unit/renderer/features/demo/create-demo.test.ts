import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { detectSpecialCategories } from '../../../../../shared/domain/special-categories';
import { localIsoDate } from '../../../../../shared/domain/local-date';
import { daysBetween, type PoortwachterCase } from '../../../../../shared/domain/poortwachter-case';
import {
  displayName,
  emptyClientInput,
  validateClient,
  type Client,
} from '../../../../../shared/domain/client';
import { KoersDb } from '../../../../../renderer/vault/db';
import type { Vault } from '../../../../../renderer/vault/vault';
import { fastKdf, makeVault, PASS } from '../../../../fixtures/test-vault';

// The platform adapter reads `window`; the composition root and the profile only need it
// for quick unlock, which these tests do not touch.
vi.mock('../../../../../renderer/platform', () => ({ platform: {} }));

const { buildServices } = await import('../../../../../renderer/state/services');
const profile = await import('../../../../../renderer/state/profile');
const { createDemo } = await import('../../../../../renderer/features/demo/create-demo');
const { demoPlan } = await import('../../../../../renderer/features/demo/demo-data');

type Services = ReturnType<typeof buildServices>;

/** Every row of every table, as stored (ciphertext included): "untouched" means equal. */
async function dump(db: KoersDb) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

const today = localIsoDate();

describe('the demo vault', () => {
  let realDb: KoersDb;
  let realBefore: Record<string, unknown[]>;
  let demoVault: Vault;
  let s: Services;
  let summary: Awaited<ReturnType<typeof createDemo>>;
  let clients: Client[];

  beforeAll(async () => {
    // The coach's own vault, by its real name, with one client in it.
    realDb = new KoersDb(profile.DATABASE_NAMES.real);
    const real = makeVault(realDb);
    await real.create(PASS, fastKdf());
    const realServices = buildServices(real);
    const fields = validateClient({
      ...emptyClientInput(),
      voornaam: 'Echte',
      achternaam: 'Klant',
    });
    if (!fields.ok) throw new Error('fixture');
    await realServices.clients.create(fields.value);
    await real.lock();
    realBefore = await dump(realDb);

    // The demo, in its own database, through the same services the app builds.
    demoVault = makeVault(new KoersDb(profile.DATABASE_NAMES.demo));
    await demoVault.create(profile.DEMO_PASSPHRASE, fastKdf());
    s = buildServices(demoVault);
    const progress: number[] = [];
    summary = await createDemo(s, {
      today,
      passphrase: profile.DEMO_PASSPHRASE,
      onProgress: (p) => progress.push(p.done),
    });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(summary.clients);
    clients = await s.clients.list();
  });

  it('has about 25 fictional clients with Dutch and other names spelt right', () => {
    expect(clients.length).toBeGreaterThanOrEqual(22);
    expect(clients.length).toBeLessThanOrEqual(30);
    const names = clients.map(displayName);
    for (const n of ['Çelik', 'Özdemir', 'van der Berg', "in 't Veld", 'de Vries', 'Jansen'])
      expect(names.some((x) => x.includes(n))).toBe(true);
    for (const n of ['Bakker', 'Małgorzata Nowak', 'Barış Yılmaz', 'Şahin'])
      expect(names.some((x) => x.includes(n))).toBe(true);
    // Marked as demo where a number shows, and no BSN: a made-up one could be somebody's.
    expect(clients.every((c) => c.clientnummer.startsWith('VB-') && c.bsn === '')).toBe(true);
    expect(clients.every((c) => c.email.endsWith('@example.com'))).toBe(true);
  });

  it('gives them a varied, realistic history through every repository', async () => {
    expect(summary.poortwachterCases).toBeGreaterThanOrEqual(6);
    expect(summary.trajectories).toBeGreaterThanOrEqual(6);
    expect(summary.cvs).toBeGreaterThanOrEqual(5);
    expect(summary.grounds).toBeGreaterThanOrEqual(8);
    expect(summary.healthRecords).toBe(2);
    expect(summary.sealedEntries).toBe(2);
    expect(summary.archived).toBe(1);
    expect(summary.logbookEntries).toBeGreaterThanOrEqual(60);

    const trajectories = await s.trajectory.listAll();
    expect(new Set(trajectories.map((t) => t.data.type)).size).toBeGreaterThanOrEqual(4);
    expect(trajectories.every((t) => (t.data.grantedHours ?? 0) > 0)).toBe(true);

    // Cases at different weeks: sick days spread over almost two years.
    // The sick dates are in the compartment; the dashboard's projections say who has a case.
    const projected = await s.poortwachter.allProjections();
    const cases: { data: PoortwachterCase }[] = [];
    for (const p of projected) {
      await s.compartment.open({
        clientId: p.clientId,
        purpose: 'Test',
        passphrase: profile.DEMO_PASSPHRASE,
      });
      cases.push({ data: (await s.poortwachter.load(p.clientId)) as PoortwachterCase });
    }
    const firstDays = cases.map((c) => c.data.medical.spells[0]?.firstDay ?? '').sort();
    expect(firstDays.every(Boolean)).toBe(true);
    expect(new Set(firstDays).size).toBe(cases.length);
    expect(daysBetween(firstDays[0] ?? '', firstDays.at(-1) ?? '')).toBeGreaterThan(500);

    // Several contacts per client, several with a follow-up in the coming weeks, and a
    // couple of clients nobody has spoken to yet.
    let withFollowUp = 0;
    let neverContacted = 0;
    for (const c of clients) {
      const entries = await s.logbook.list(c.id);
      if (entries.length === 0) neverContacted++;
      if (entries.some((e) => e.data.followUpDate > today)) withFollowUp++;
      for (const e of entries) expect(e.data.at.slice(0, 10) <= today).toBe(true);
    }
    expect(neverContacted).toBe(2);
    expect(withFollowUp).toBeGreaterThanOrEqual(8);

    // Health fields sit in the compartment: readable only after opening it.
    const sanne = clients.find((c) => c.achternaam === 'Veld');
    if (!sanne) throw new Error("Sanne in 't Veld is missing");
    await s.compartment.open({
      clientId: sanne.id,
      purpose: 'test',
      passphrase: profile.DEMO_PASSPHRASE,
    });
    expect((await s.health.load(sanne.id))?.expectedDuration).toBe('3-6-months');
    expect((await s.logbook.list(sanne.id)).some((e) => e.sealed)).toBe(true);
    s.compartment.close();
  });

  it('puts current work on the dashboard: deadlines due soon and overdue, quiet clients', async () => {
    const d = await s.dashboard.load(clients, today);
    expect(d.deadlines.some((r) => r.source === 'poortwachter' && r.state === 'due-soon')).toBe(
      true,
    );
    expect(d.deadlines.some((r) => r.state === 'overdue')).toBe(true);
    expect(d.deadlines.some((r) => r.source === 'uwv')).toBe(true);
    expect(d.noContact.filter((r) => r.lastContact === null)).toHaveLength(2);
    expect(d.noContact.filter((r) => r.lastContact !== null).length).toBeGreaterThanOrEqual(2);
    expect(d.hours.totalMinutes).toBeGreaterThan(0);
  });

  it('is deterministic, and its open texts hold nothing the detector would seal', () => {
    expect(demoPlan(today)).toEqual(demoPlan(today));
    expect(demoPlan(today, 7)).not.toEqual(demoPlan(today));
    for (const c of demoPlan(today))
      for (const e of c.logbook)
        expect(detectSpecialCategories(`${e.summary}\n${e.agreements}`), e.summary).toEqual([]);
  });

  it('never touches the real vault, and removing it leaves only the real one', async () => {
    expect(profile.DATABASE_NAMES.demo).not.toBe(profile.DATABASE_NAMES.real);
    expect(await dump(realDb)).toEqual(realBefore);
    await demoVault.lock();
    await profile.deleteDemoDatabase();
    expect(await profile.demoExists()).toBe(false);
    expect(await KoersDb.exists(profile.DATABASE_NAMES.real)).toBe(true);
    expect(await dump(realDb)).toEqual(realBefore);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(profile.DATABASE_NAMES.real);
    expect(names).not.toContain(profile.DATABASE_NAMES.demo);
  });
});
