import { LOGBOOK_KIND, type ContactType, type LogbookEntry } from '../../shared/domain/logbook';
import type { UwvTrajectory } from '../../shared/domain/uwv-trajectory';
import { FinancialRepository } from '../vault/financial';
import type { LogbookRepository } from '../vault/logbook';
import { ClientRecords } from '../vault/records';
import type { Vault } from '../vault/vault';

/**
 * The financial records over the logbook and the trajectory, kept in step with both: every
 * saved logbook entry and every saved trajectory rebuilds the client's hours (queued after
 * the save, shared by saves in a row; a read of the hours waits for it). Only plain entries' contact types are read (a sealed entry's type would need the
 * compartment, and the figures must not change with whether it happens to be open).
 */
export function keepFinancialInStep(
  vault: Vault,
  logbook: LogbookRepository,
  trajectory: ClientRecords<UwvTrajectory>,
): FinancialRepository {
  const plainEntries = new ClientRecords<LogbookEntry>(vault, LOGBOOK_KIND);
  const financial = new FinancialRepository(vault, {
    contacts: (clientId) => logbook.contactTimes(clientId),
    contactTypes: async (clientId) =>
      new Map<string, ContactType>(
        (await plainEntries.list(clientId)).map((e) => [e.id, e.data.contactType]),
      ),
    trajectory: async (clientId) => {
      const t = await trajectory.single(clientId);
      return t ? { id: t.id, startDate: t.data.startDate, endDate: t.data.endDate } : null;
    },
  });
  // Not awaited: a save returns at once, the rebuild follows and every read waits for it.
  logbook.onSaved((clientId) => void financial.refresh(clientId));
  trajectory.onSaved((clientId) => void financial.refresh(clientId));
  return financial;
}
