import type { Client } from '../../../shared/domain/client';
import type { KdfParams } from '../../../shared/crypto/kdf';
import { addDays } from '../../../shared/domain/iso-date';
import { LOGBOOK_KIND, type LogbookEntry } from '../../../shared/domain/logbook';
import {
  POORTWACHTER_CASE_KIND,
  type PoortwachterCase,
} from '../../../shared/domain/poortwachter-case';
import {
  UWV_TRAJECTORY_KIND,
  TRAJECTORY_TYPES,
  type UwvTrajectory,
} from '../../../shared/domain/uwv-trajectory';
import { loadDashboard } from '../../../renderer/features/dashboard/load-dashboard';
import { localIsoDate } from '../../../renderer/features/dashboard/local-date';
import { ClientRepository } from '../../../renderer/vault/clients';
import type { ChangeRow, RecordRow } from '../../../renderer/vault/db';
import { KoersDb } from '../../../renderer/vault/db';
import { deriveKeyInWorker } from '../../../renderer/vault/kdf-client';
import { newId, Vault } from '../../../renderer/vault/vault';
import { syntheticClients } from '../../fixtures/synthetic-clients';
import type { BenchDef } from './harness';

const CLIENTS = 500;
const ENTRIES_PER_CLIENT = 20;

// A plausible logbook text (about 450 characters), so decryption works on realistic sizes.
const SUMMARY =
  'Gesprek op de werkplek met cliënt en leidinggevende. Cliënt werkt nu drie ochtenden per ' +
  'week, de opbouw verloopt volgens plan. Besproken: taken in het magazijn, pauzes, reistijd ' +
  'met het openbaar vervoer en de afspraken met de bedrijfsarts over belastbaarheid. Cliënt ' +
  'geeft aan meer structuur nodig te hebben bij nieuwe taken; leidinggevende maakt een ' +
  'weekplanning. Volgende afspraak over twee weken, dan evalueren we de uren.';

interface Fixture {
  vault: Vault;
  clients: Client[];
}

let fixture: Promise<Fixture> | null = null;
let lastRecords = 0;
let lastDeadlines = 0;

/**
 * 500 clients, each with a Poortwachter case, a UWV trajectory and 20 logbook entries, sealed
 * exactly as ClientRecords.save seals them (record row plus change row), written in bulk so
 * the setup does not take minutes. Built once; every run reads it all back.
 */
async function build(): Promise<Fixture> {
  const db = new KoersDb(`bench-dashboard-${Date.now()}`);
  const vault = new Vault({ db, deriveKey: deriveKeyInWorker });
  const cheap: KdfParams = {
    alg: 'argon2id',
    memoryKiB: 1024,
    iterations: 1,
    parallelism: 1,
    salt: new Uint8Array(16),
  };
  await vault.create('fiets oceaan krijt lantaarn', cheap);
  const clients = await new ClientRepository(vault).createMany(syntheticClients(CLIENTS));
  const today = localIsoDate();
  const records: RecordRow[] = [];
  const changes: ChangeRow[] = [];
  const add = <T extends object>(clientId: string, kind: string, data: T) => {
    const { record, change } = vault.stampChanges({ id: newId(), clientId, kind, data }, undefined);
    records.push(vault.sealRecord(record));
    if (change) changes.push(change);
  };
  clients.forEach((c, i) => {
    const firstDay = addDays(today, -((i * 37) % 700) - 1);
    const pwCase: PoortwachterCase = {
      medical: { spells: [{ firstDay }] },
      extensions:
        i % 10 === 0
          ? [{ id: newId(), kind: 'loonsanctie', weeks: 12, decided: today, note: '' }]
          : [],
      done: { 'ziekmelding-arbodienst': addDays(firstDay, 3) },
    };
    add(c.id, POORTWACHTER_CASE_KIND, pwCase);
    const start = addDays(today, -((i * 13) % 300));
    const trajectory: UwvTrajectory = {
      type: TRAJECTORY_TYPES[i % TRAJECTORY_TYPES.length] ?? 'werkfit',
      typeOther: '',
      supportLevel: i % 5 === 2 ? 'medium' : '',
      regime: 'wia-wga',
      orderNumber: `ORD-${i}`,
      ajNumber: `AJ-${i}`,
      startDate: start,
      endDate: addDays(start, 365),
      grantedHours: 40,
      budget: 4250,
      uwvContact: 'M. de Boer',
      arbeidsdeskundige: 'P. Hendriks',
      adReport: true,
      fml: i % 2 === 0,
      milestonesDone: { plan: addDays(start, 20) },
    };
    add(c.id, UWV_TRAJECTORY_KIND, trajectory);
    for (let n = 0; n < ENTRIES_PER_CLIENT; n++) {
      const day = addDays(today, -((i + n * 9) % 120));
      const entry: LogbookEntry = {
        at: `${day}T${String(9 + (n % 8)).padStart(2, '0')}:30`,
        durationMinutes: 30 + (n % 4) * 15,
        contactType: 'face-to-face',
        participants: 'cliënt, leidinggevende',
        summary: SUMMARY,
        agreements: 'Weekplanning maken; over twee weken evalueren.',
        followUpDate: '',
        version: 1,
        createdAt: `${day}T10:00:00.000Z`,
        updatedAt: `${day}T10:00:00.000Z`,
      };
      add(c.id, LOGBOOK_KIND, entry);
    }
  });
  await db.transaction('rw', db.records, db.changes, async () => {
    await db.records.bulkAdd(records);
    await db.changes.bulkAdd(changes);
  });
  return { vault, clients };
}

async function run(): Promise<number> {
  fixture ??= build();
  const { vault, clients } = await fixture;
  const t0 = performance.now();
  const data = await loadDashboard(vault, clients, localIsoDate());
  const ms = performance.now() - t0;
  lastRecords = CLIENTS * (2 + ENTRIES_PER_CLIENT);
  lastDeadlines = data.deadlines.length;
  return ms;
}

export const benchmarks: BenchDef[] = [
  {
    id: 'dashboard-500',
    label:
      'deadline dashboard over 500 clients: open every case, trajectory and logbook entry (listAll, 20 entries per client) and build the three panels',
    target: '≤ 200 ms',
    unit: 'ms',
    run,
    pass: ({ median }) => median <= 200,
    note: () =>
      `${lastRecords.toLocaleString('en')} sealed records, ${lastDeadlines} deadline rows`,
  },
];
