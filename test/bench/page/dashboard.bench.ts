import type { RecordKind } from '../../../shared/records/registry';
import { LogbookRepository } from '../../../renderer/vault/logbook';
import type { Client } from '../../../shared/domain/client';
import type { KdfParams } from '../../../shared/crypto/kdf';
import { addDays } from '../../../shared/domain/iso-date';
import { LOGBOOK_KIND, type LogbookEntry, type LogbookIndex } from '../../../shared/domain/logbook';
import { sealLogbookIndex } from '../../../renderer/vault/logbook';
import type { PoortwachterCase } from '../../../shared/domain/poortwachter-case';
import {
  POORTWACHTER_DEADLINES_KIND,
  poortwachterProjection,
} from '../../../shared/domain/poortwachter-projection';
import { AuditLog } from '../../../renderer/vault/audit';
import { Compartment } from '../../../renderer/vault/compartment';
import { PoortwachterRepository } from '../../../renderer/vault/poortwachter';
import {
  UWV_TRAJECTORY_KIND,
  TRAJECTORY_TYPES,
  type UwvTrajectory,
} from '../../../shared/domain/uwv-trajectory';
import { buildDashboard } from '../../../shared/domain/deadlines';
import { poortwachterSchedule } from '../../../shared/domain/poortwachter';
import {
  dashboardClients,
  loadDashboard,
  loadDeadlineSources,
} from '../../../renderer/state/dashboard-loader';
import { localIsoDate } from '../../../shared/domain/local-date';
import { ClientRepository } from '../../../renderer/vault/clients';
import type { ChangeRow, RecordRow } from '../../../renderer/vault/db';
import { KoersDb } from '../../../renderer/vault/db';
import { deriveKeyInWorker } from '../../../renderer/vault/kdf-client';
import { newId, Vault } from '../../../renderer/vault/vault';
import { syntheticClients } from '../../fixtures/synthetic-clients';
import type { BenchDef } from './harness';

const CLIENTS = 500;

const repositories = new WeakMap<Vault, PoortwachterRepository>();
/** One per vault: a compartment subscribes to the vault, so one per run would pile up. */
function projections(vault: Vault): PoortwachterRepository {
  let repo = repositories.get(vault);
  if (!repo) {
    repo = new PoortwachterRepository(vault, new Compartment(vault, new AuditLog(vault)));
    repositories.set(vault, repo);
  }
  return repo;
}
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
  await vault.create('pompoen veerboot gieter lakmoes', cheap);
  const clients = await new ClientRepository(vault).createMany(syntheticClients(CLIENTS));
  const today = localIsoDate();
  const records: RecordRow[] = [];
  const changes: ChangeRow[] = [];
  const add = <T extends object>(clientId: string, kind: RecordKind, data: T): string => {
    const { record, change } = vault.stampChanges({ id: newId(), clientId, kind, data }, undefined);
    records.push(vault.sealRecord(record));
    if (change) changes.push(change);
    return record.id;
  };
  clients.forEach((c, i) => {
    const firstDay = addDays(today, -((i * 37) % 700) - 1);
    const extensionWeeks = i % 10 === 0 ? 12 : 0;
    // Most coaches keep up: steps due more than a few days ago are done, except for every
    // fifth client, who has a backlog.
    const done: PoortwachterCase['done'] = {};
    if (i % 5 !== 0) {
      for (const { step, due } of poortwachterSchedule({
        spells: [{ firstDay }],
        extensionWeeks,
      })) {
        if (due < addDays(today, -3)) done[step] = addDays(due, -1);
      }
    }
    const pwCase: PoortwachterCase = {
      medical: { spells: [{ firstDay }] },
      extensions: extensionWeeks
        ? [{ id: newId(), kind: 'loonsanctie', weeks: extensionWeeks, decided: today, note: '' }]
        : [],
      done,
    };
    // As PoortwachterRepository keeps it: the dashboard reads the projection, not the case
    // (which is sealed in the compartment and not opened here).
    add(c.id, POORTWACHTER_DEADLINES_KIND, poortwachterProjection(pwCase));
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
    const contacts: LogbookIndex['contacts'] = {};
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
      contacts[add(c.id, LOGBOOK_KIND, entry)] = [entry.at, entry.durationMinutes];
    }
    // As LogbookRepository keeps it on every save: one contact index per client.
    records.push(sealLogbookIndex(vault, c.id, { contacts }));
  });
  await db.transaction('rw', db.records, db.changes, async () => {
    await db.records.bulkAdd(records);
    await db.changes.bulkAdd(changes);
  });
  return { vault, clients };
}

/** The deadlines panel alone: cases and trajectories, which the UI shows first. */
async function runDeadlines(): Promise<number> {
  fixture ??= build();
  const { vault, clients } = await fixture;
  const today = localIsoDate();
  const t0 = performance.now();
  const sources = await loadDeadlineSources(vault, projections(vault));
  buildDashboard({ today, clients: dashboardClients(clients), ...sources, logbook: [] });
  return performance.now() - t0;
}

async function run(): Promise<number> {
  fixture ??= build();
  const { vault, clients } = await fixture;
  const t0 = performance.now();
  const data = await loadDashboard(
    vault,
    new LogbookRepository(vault),
    projections(vault),
    clients,
    localIsoDate(),
  );
  const ms = performance.now() - t0;
  // Opened per run: a case, a trajectory and a contact index per client (not the entries).
  lastRecords = CLIENTS * 3;
  lastDeadlines = data.deadlines.length;
  return ms;
}

export const benchmarks: BenchDef[] = [
  {
    id: 'dashboard-500',
    label:
      'deadline dashboard over 500 clients: open every case, trajectory and per-client contact index (20 entries per client) and build the three panels',
    target: '≤ 200 ms',
    unit: 'ms',
    run,
    pass: ({ median }) => median <= 200,
    note: () =>
      `${lastRecords.toLocaleString('en')} sealed records opened (of ${(CLIENTS * (3 + ENTRIES_PER_CLIENT)).toLocaleString('en')} stored), ${lastDeadlines} deadline rows`,
  },
  {
    id: 'dashboard-500-deadlines',
    label:
      'of which the deadlines panel, which the UI shows first: open 500 cases and 500 trajectories and build the deadline rows',
    target: '≤ 200 ms',
    unit: 'ms',
    run: runDeadlines,
    pass: ({ median }) => median <= 200,
  },
];
