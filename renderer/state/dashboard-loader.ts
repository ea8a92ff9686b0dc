import { displayName, type Client } from '../../shared/domain/client';
import {
  buildDashboard,
  summarizeLogbook,
  type DashboardClient,
  type DashboardData,
  type DashboardInput,
} from '../../shared/domain/deadlines';
import type { IsoDate } from '../../shared/domain/iso-date';
import {
  isUwvTrajectory,
  UWV_TRAJECTORY_KIND,
  type UwvTrajectory,
} from '../../shared/domain/uwv-trajectory';
import type { ContactTime, LogbookRepository } from '../vault/logbook';
import type { PoortwachterRepository } from '../vault/poortwachter';
import { ClientRecords } from '../vault/records';
import type { Vault } from '../vault/vault';
import { localDateOfTimestamp } from '../../shared/domain/local-date';

/** A contact as the dashboard reads it: hours, last contact and the agenda's follow-up. */
export type DashboardContact = ContactTime;

export type DeadlineSources = Pick<DashboardInput, 'cases' | 'trajectories'>;

export const dashboardClients = (clients: readonly Client[]): DashboardClient[] =>
  clients.map((c) => ({
    id: c.id,
    name: displayName(c),
    archived: c.archived,
    createdOn: localDateOfTimestamp(c.createdAt),
  }));

/**
 * Every Poortwachter deadline projection (never the sealed case: the dashboard opens no sick
 * date) and UWV trajectory. A record of a shape this version does not know is left out
 * rather than shown with wrong dates; its dossier tab says what is wrong.
 */
export async function loadDeadlineSources(
  vault: Vault,
  poortwachter: PoortwachterRepository,
): Promise<DeadlineSources> {
  const [cases, trajectories] = await Promise.all([
    poortwachter.allProjections(),
    new ClientRecords<UwvTrajectory>(vault, UWV_TRAJECTORY_KIND).listAll(),
  ]);
  return {
    cases,
    trajectories: trajectories.flatMap((r) =>
      isUwvTrajectory(r.data) ? [{ clientId: r.clientId, data: r.data }] : [],
    ),
  };
}

/**
 * The overview across every client: deadlines from each case and trajectory, hours and last
 * contacts from each client's contact index (the logbook service's, so sealed contacts
 * count exactly as in a dossier's trajectory tab).
 */
export class DashboardLoader {
  constructor(
    private readonly vault: Vault,
    private readonly logbook: LogbookRepository,
    private readonly poortwachter: PoortwachterRepository,
  ) {}

  deadlineSources(): Promise<DeadlineSources> {
    return loadDeadlineSources(this.vault, this.poortwachter);
  }

  /** Every contact, with its entry id and follow-up date for the agenda. */
  contacts(): Promise<DashboardContact[]> {
    return this.logbook.allContacts();
  }

  /** The whole dashboard in one go (the benchmark and the tests; the UI loads in two steps). */
  load(clients: readonly Client[], today: IsoDate): Promise<DashboardData> {
    return loadDashboard(this.vault, this.logbook, this.poortwachter, clients, today);
  }
}

/** The whole dashboard in one go. */
export async function loadDashboard(
  vault: Vault,
  logbook: LogbookRepository,
  poortwachter: PoortwachterRepository,
  clients: readonly Client[],
  today: IsoDate,
): Promise<DashboardData> {
  const [sources, contacts] = await Promise.all([
    loadDeadlineSources(vault, poortwachter),
    logbook.allContacts(),
  ]);
  return buildDashboard({
    today,
    clients: dashboardClients(clients),
    ...sources,
    logbook: summarizeLogbook(contacts, today),
  });
}
