import { validateClient } from '../../../shared/domain/client';
import { validateCv } from '../../../shared/domain/cv';
import type { IsoDate } from '../../../shared/domain/iso-date';
import { validateLogbook, type LogbookInput } from '../../../shared/domain/logbook';
import { poortwachterCaseSchema } from '../../../shared/domain/poortwachter-case';
import { validateTrajectory } from '../../../shared/domain/uwv-trajectory';
import type { Services } from '../../state/services';
import { demoPlan, type DemoClientPlan } from './demo-data';

/** The services the demo writes through: the same ones the dossier's screens use. */
export type DemoServices = Pick<
  Services,
  | 'clients'
  | 'logbook'
  | 'cv'
  | 'poortwachter'
  | 'trajectory'
  | 'consents'
  | 'compartment'
  | 'health'
>;

export interface DemoProgress {
  done: number;
  total: number;
}

export interface DemoSummary {
  clients: number;
  logbookEntries: number;
  sealedEntries: number;
  poortwachterCases: number;
  trajectories: number;
  cvs: number;
  grounds: number;
  healthRecords: number;
  archived: number;
}

/** Logged as the purpose of the compartment openings that write the demo's health fields. */
const HEALTH_PURPOSE = 'Voorbeelddata vastleggen';

/** A plan that fails the app's own validation is a bug in demo-data.ts, not the coach's. */
function valid<T>(
  what: string,
  r: { ok: true; value: T } | { ok: false; errors: Record<string, unknown> },
): T {
  if (!r.ok) throw new Error(`Demo ${what} does not validate: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const entry = (input: LogbookInput) => valid('logbook entry', validateLogbook(input));

/**
 * Writes the demo caseload through the app's repositories, with the validation the forms
 * use, one client at a time (so the screen can show progress). Consents come before
 * anything sealed, as the compartment asks for a legal ground first. `passphrase` opens the
 * compartment for the health fields; the demo's is public (profile.ts).
 */
export async function createDemo(
  s: DemoServices,
  opts: {
    today: IsoDate;
    passphrase: string;
    plan?: DemoClientPlan[];
    onProgress?: (p: DemoProgress) => void;
  },
): Promise<DemoSummary> {
  const plan = opts.plan ?? demoPlan(opts.today);
  const sum: DemoSummary = {
    clients: 0,
    logbookEntries: 0,
    sealedEntries: 0,
    poortwachterCases: 0,
    trajectories: 0,
    cvs: 0,
    grounds: 0,
    healthRecords: 0,
    archived: 0,
  };
  opts.onProgress?.({ done: 0, total: plan.length });
  try {
    for (const item of plan) {
      const client = await s.clients.create(valid('client', validateClient(item.client)));
      sum.clients++;
      for (const g of item.grounds) {
        const r = await s.consents.addGround(client, g);
        valid('consent', r.ok ? { ok: true, value: r } : r);
        sum.grounds++;
      }
      if (item.poortwachter) {
        // Sick dates live in the compartment (health data): written with it open, as in the tab.
        await s.compartment.open({
          clientId: client.id,
          purpose: HEALTH_PURPOSE,
          passphrase: opts.passphrase,
        });
        await s.poortwachter.save(client.id, poortwachterCaseSchema.parse(item.poortwachter));
        sum.poortwachterCases++;
      }
      if (item.trajectory) {
        const fields = valid('trajectory', validateTrajectory(item.trajectory.input));
        await s.trajectory.save(client.id, {
          ...fields,
          milestonesDone: item.trajectory.milestonesDone,
        });
        sum.trajectories++;
      }
      if (item.cv) {
        await s.cv.save(client.id, valid('CV', validateCv(item.cv)));
        sum.cvs++;
      }
      for (const input of item.logbook) {
        await s.logbook.create(client.id, entry(input));
        sum.logbookEntries++;
      }
      for (const input of item.sealedLogbook) {
        await s.logbook.create(client.id, entry(input), { sealed: true });
        sum.sealedEntries++;
      }
      if (item.health) {
        // Writing health fields needs the compartment open for the client, as in the tab;
        // the opening is in the demo's audit log like any other.
        await s.compartment.open({
          clientId: client.id,
          purpose: HEALTH_PURPOSE,
          passphrase: opts.passphrase,
        });
        await s.health.save(client.id, item.health);
        sum.healthRecords++;
      }
      if (item.archived) {
        await s.clients.setArchived(client.id, true);
        sum.archived++;
      }
      opts.onProgress?.({ done: sum.clients, total: plan.length });
    }
  } finally {
    s.compartment.close();
  }
  return sum;
}
