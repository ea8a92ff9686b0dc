import { newId } from '../../shared/crypto/ids';
import {
  MAX_CONFLICTS,
  OFFICE_LINK_KIND,
  type OfficeConflict,
  type OfficeLink,
  type TrajectoryStatus,
} from '../../shared/domain/office-link';
import type { ChangeRow, RecordRow } from './db';
import { OFFICE_SIDE } from '../../shared/sync/office-fields';
import type { StoredRecord, Vault } from './vault';

/** Fields of the office link that the office may change (the planner: status and coach). */
export type OfficeOwnedField = 'status' | 'coachId';

/**
 * Each client's link to the office (shared/domain/office-link.ts), one record per client
 * under its client key. Office values are written with the office's stamp, so the record's
 * clock says which side last changed a field; a value that loses is kept in `conflicts`.
 */
/** The wire group and field of an office-owned link field (office-fields.ts OFFICE_SIDE). */
const wireOf = (field: OfficeOwnedField): { group: string; field: string } =>
  field === 'status' ? OFFICE_SIDE.status : OFFICE_SIDE.coach;

export class OfficeLinkRepository {
  constructor(
    private readonly vault: Vault,
    private readonly now: () => number = Date.now,
  ) {}

  private id(clientId: string): string {
    return this.vault.singletonId(clientId, OFFICE_LINK_KIND);
  }

  async get(clientId: string): Promise<StoredRecord<OfficeLink> | undefined> {
    const row = await this.vault.database.records.get(this.id(clientId));
    if (!row || !this.vault.isKind(row, OFFICE_LINK_KIND)) return undefined;
    return this.vault.openRecord<OfficeLink>(row);
  }

  /** Every client's link, by client id (damaged rows are skipped, as in overviews). */
  async all(): Promise<Map<string, StoredRecord<OfficeLink>>> {
    const out = new Map<string, StoredRecord<OfficeLink>>();
    for (const row of await this.vault.rowsOfKind(OFFICE_LINK_KIND)) {
      try {
        const r = this.vault.openRecord<OfficeLink>(row);
        out.set(r.clientId, r);
      } catch {
        // A damaged link is made again at the next sync; the dossier itself is untouched.
      }
    }
    return out;
  }

  /** The link, made at the client's first sync: a fresh random office id, this device's coach. */
  async ensure(
    clientId: string,
    coach: { id: string; name: string },
  ): Promise<StoredRecord<OfficeLink>> {
    const existing = await this.get(clientId);
    if (existing) return existing;
    return this.write(clientId, undefined, {
      officeClientId: newId(),
      status: 'active',
      coachId: coach.id,
      coachName: coach.name,
      conflicts: [],
    });
  }

  /** As ensure, for many clients in one transaction (the first sync of a whole caseload). */
  async ensureMany(
    clientIds: string[],
    coach: { id: string; name: string },
  ): Promise<Map<string, StoredRecord<OfficeLink>>> {
    const out = new Map<string, StoredRecord<OfficeLink>>();
    if (clientIds.length === 0) return out;
    const db = this.vault.database;
    const rows: RecordRow[] = [];
    const changes: ChangeRow[] = [];
    for (const clientId of clientIds) {
      const { record, change } = this.vault.stampChanges(
        {
          id: this.id(clientId),
          clientId,
          kind: OFFICE_LINK_KIND,
          data: {
            officeClientId: newId(),
            status: 'active',
            coachId: coach.id,
            coachName: coach.name,
            conflicts: [],
          } satisfies OfficeLink,
        },
        undefined,
      );
      rows.push(this.vault.sealRecord(record));
      if (change) changes.push(change);
      out.set(clientId, record);
    }
    await db.transaction('rw', db.records, db.changes, async () => {
      await db.records.bulkPut(rows);
      await db.changes.bulkAdd(changes);
    });
    return out;
  }

  /** The coach changes the status on the device. */
  async setStatus(clientId: string, status: TrajectoryStatus): Promise<void> {
    const link = await this.get(clientId);
    if (!link) return;
    await this.write(clientId, link, { ...link.data, status });
  }

  /**
   * A value from the office. It wins only where its stamp is newer than the device's; either
   * way, when the two values differ, the one that lost is kept in the conflict log.
   * Returns whether the device's value changed.
   */
  async applyOffice(
    clientId: string,
    field: OfficeOwnedField,
    office: { value: unknown; hlc: string },
    coachName?: string,
  ): Promise<boolean> {
    const link = await this.get(clientId);
    if (!link) return false;
    this.vault.observeStamp(office.hlc);
    const local = { value: link.data[field], hlc: link.clock[field] ?? '' };
    if (JSON.stringify(local.value) === JSON.stringify(office.value)) {
      if (office.hlc > local.hlc) await this.overwrite(link, { ...link.data }, field, office.hlc);
      return false;
    }
    const { group, field: wireField } = wireOf(field);
    const at = new Date(this.now()).toISOString();
    if (office.hlc > local.hlc) {
      const data = { ...link.data, [field]: office.value } as OfficeLink;
      if (field === 'coachId') data.coachName = coachName ?? '';
      const conflict: OfficeConflict = {
        group,
        field: wireField,
        lost: local,
        kept: office,
        from: 'device',
        at,
      };
      // A device value never stamped (made here, never edited) did not really lose anything.
      data.conflicts = local.hlc ? keep(data.conflicts, conflict) : data.conflicts;
      await this.overwrite(link, data, field, office.hlc);
      return true;
    }
    const conflict: OfficeConflict = {
      group,
      field: wireField,
      lost: office,
      kept: local,
      from: 'office',
      at,
    };
    await this.overwrite(link, { ...link.data, conflicts: keep(link.data.conflicts, conflict) });
    return false;
  }

  /** A field where the office answered a push with a newer value of its own. */
  async officeWon(
    clientId: string,
    field: OfficeOwnedField,
    office: { value: unknown; hlc: string },
    device: { value: unknown; hlc: string },
  ): Promise<void> {
    const link = await this.get(clientId);
    if (!link) return;
    this.vault.observeStamp(office.hlc);
    const data = { ...link.data, [field]: office.value } as OfficeLink;
    if (field === 'coachId' && office.value !== link.data.coachId) data.coachName = '';
    data.conflicts = keep(data.conflicts, {
      ...wireOf(field),
      lost: device,
      kept: office,
      from: 'device',
      at: new Date(this.now()).toISOString(),
    });
    await this.overwrite(link, data, field, office.hlc);
  }

  /** The coach has read the conflicts: they are cleared. */
  async clearConflicts(clientId: string): Promise<void> {
    const link = await this.get(clientId);
    if (link) await this.overwrite(link, { ...link.data, conflicts: [] });
  }

  private async write(
    clientId: string,
    previous: StoredRecord<OfficeLink> | undefined,
    data: OfficeLink,
  ): Promise<StoredRecord<OfficeLink>> {
    const db = this.vault.database;
    const { record, change } = this.vault.stampChanges(
      { id: this.id(clientId), clientId, kind: OFFICE_LINK_KIND, data },
      previous,
    );
    await db.transaction('rw', db.records, db.changes, async () => {
      await db.records.put(this.vault.sealRecord(record));
      if (change) await db.changes.add(change);
    });
    return record;
  }

  /** Writes with the given stamp on `field` (the office's), other clocks unchanged. */
  private async overwrite(
    link: StoredRecord<OfficeLink>,
    data: OfficeLink,
    field?: OfficeOwnedField,
    hlc?: string,
  ): Promise<void> {
    const clock = { ...link.clock };
    if (field && hlc) clock[field] = hlc;
    await this.vault.database.records.put(this.vault.sealRecord({ ...link, data, clock }));
  }
}

const keep = (list: OfficeConflict[], c: OfficeConflict): OfficeConflict[] =>
  [...list, c].slice(-MAX_CONFLICTS);
