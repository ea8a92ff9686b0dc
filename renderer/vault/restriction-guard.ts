import { VaultError } from '../../shared/crypto/errors';
import type { RecordKindName } from '../../shared/records/kinds';

/**
 * What a restricted client's dossier still takes (AVG art. 18: "only stored"): the
 * restriction itself and its notes, objections and requests (the client's rights go on),
 * recipients (the export to the client records one; sharing with others is refused by the
 * recipients register), the compartment key pair, the data the vault derives from what is
 * already there (the contact index, the Poortwachter deadlines). Not drafts: a restricted
 * dossier keeps no typing either, so an edit refused on save does not come back at unlock.
 */
const ALLOWED_WHILE_RESTRICTED: ReadonlySet<string> = new Set<RecordKindName>([
  'client-restriction',
  'objection',
  'data-subject-request',
  'recipient',
  'compartment-client-key',
  'logbook-index',
  'poortwachter-deadlines',
]);

/**
 * The store's own check on restriction: every sealing of a client row passes here
 * (RecordSealer), so no repository, feature or future code path can write to a restricted
 * dossier, whatever the UI shows. Which clients are restricted is read from their sealed
 * restriction records at unlock and kept in step by RestrictionRepository; it is forgotten
 * at lock with the keys.
 */
export class RestrictionGuard {
  private readonly restricted = new Set<string>();

  isRestricted(clientId: string): boolean {
    return this.restricted.has(clientId);
  }

  set(clientId: string, restricted: boolean): void {
    if (restricted) this.restricted.add(clientId);
    else this.restricted.delete(clientId);
  }

  replaceAll(clientIds: Iterable<string>): void {
    this.restricted.clear();
    for (const id of clientIds) this.restricted.add(id);
  }

  clear(): void {
    this.restricted.clear();
  }

  /** Throws VaultError('restricted') for a write the restriction does not allow. */
  check(clientId: string, kind: string): void {
    if (!this.restricted.has(clientId)) return;
    if (ALLOWED_WHILE_RESTRICTED.has(kind)) return;
    throw new VaultError('restricted', `Processing of client ${clientId} is restricted`);
  }
}
