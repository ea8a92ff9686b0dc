import { VaultError } from '../../shared/crypto/errors';
import type { ChangeNote } from '../../shared/domain/field-history';
import {
  POORTWACHTER_CASE_KIND,
  POORTWACHTER_SEALED_KIND,
  poortwachterCaseSchema,
  type PoortwachterCase,
} from '../../shared/domain/poortwachter-case';
import {
  isPoortwachterProjection,
  POORTWACHTER_DEADLINES_KIND,
  poortwachterProjection,
  type PoortwachterProjection,
} from '../../shared/domain/poortwachter-projection';
import type { Compartment } from './compartment';
import type { RecordRow } from './db';
import { sealedHistoryRow } from './field-history';
import type { Vault } from './vault';

export type ProjectionResult =
  { status: 'none' } | { status: 'damaged' } | { status: 'ready'; data: PoortwachterProjection };

/**
 * One client's Poortwachter case, in two records: the case itself (sick dates, done dates,
 * reasons) sealed in the special-category compartment, and its deadline projection
 * (poortwachter-projection.ts) under the client key, which the dashboard reads without
 * opening anything. Both are written together, so the projection never lags the case.
 *
 * A case stored before v2 (the whole case under the client key) still loads: its projection
 * is computed in memory until the first opening with the compartment open moves it inside.
 */
export class PoortwachterRepository {
  constructor(
    private readonly vault: Vault,
    private readonly compartment: Compartment,
  ) {}

  private sealedId(clientId: string): string {
    return this.vault.singletonId(clientId, POORTWACHTER_SEALED_KIND);
  }

  private projectionId(clientId: string): string {
    return this.vault.singletonId(clientId, POORTWACHTER_DEADLINES_KIND);
  }

  /** The v1 record, sealed with the client key, if one is left. */
  private async legacy(clientId: string): Promise<{ row: RecordRow; data: unknown } | undefined> {
    const row = (await this.vault.rowsOf(clientId, POORTWACHTER_CASE_KIND))[0];
    return row ? { row, data: this.vault.openRecord<unknown>(row).data } : undefined;
  }

  /** The deadlines without the compartment: steps, due dates and done / n.v.t. only. */
  async projection(clientId: string): Promise<ProjectionResult> {
    const row = await this.vault.database.records.get(this.projectionId(clientId));
    if (row) {
      const data = this.vault.openRecord<unknown>(row).data;
      return isPoortwachterProjection(data) ? { status: 'ready', data } : { status: 'damaged' };
    }
    const old = await this.legacy(clientId);
    if (!old) return { status: 'none' };
    const parsed = poortwachterCaseSchema.safeParse(old.data);
    return parsed.success
      ? { status: 'ready', data: poortwachterProjection(old.data as PoortwachterCase) }
      : { status: 'damaged' };
  }

  /**
   * Every client's projection, for the dashboard. A v1 case without a projection is projected
   * in memory; a damaged record is left out (its dossier tab says what is wrong).
   */
  async allProjections(): Promise<{ clientId: string; data: PoortwachterProjection }[]> {
    const out = new Map<string, PoortwachterProjection>();
    for (const row of await this.vault.rowsOfKind(POORTWACHTER_DEADLINES_KIND)) {
      const data = this.openQuietly(row);
      if (isPoortwachterProjection(data)) out.set(row.clientId, data);
    }
    for (const row of await this.vault.rowsOfKind(POORTWACHTER_CASE_KIND)) {
      if (out.has(row.clientId)) continue;
      const data = this.openQuietly(row);
      if (poortwachterCaseSchema.safeParse(data).success)
        out.set(row.clientId, poortwachterProjection(data as PoortwachterCase));
    }
    return [...out].map(([clientId, data]) => ({ clientId, data }));
  }

  private openQuietly(row: RecordRow): unknown {
    try {
      return this.vault.openRecord<unknown>(row).data;
    } catch (e) {
      // A damaged row is reported where it is opened on its own; overviews skip it.
      if (!(e instanceof VaultError)) throw e;
      return undefined;
    }
  }

  /**
   * The case itself; needs the compartment open for this client. A v1 case is moved into the
   * compartment here, at once: it has just been read with a purpose, so from now on only the
   * compartment holds its dates. Returns `unknown`: the caller checks the shape, and a record
   * of a shape this version does not know is never migrated or overwritten.
   */
  async load(clientId: string): Promise<unknown> {
    if (!this.compartment.isOpenFor(clientId))
      throw new VaultError('compartment-closed', 'Open the compartment to read the sick dates');
    const row = await this.vault.database.records.get(this.sealedId(clientId));
    if (row) return this.compartment.openRecord<unknown>(row);
    const old = await this.legacy(clientId);
    if (!old) return undefined;
    const parsed = poortwachterCaseSchema.safeParse(old.data);
    if (!parsed.success) return old.data;
    try {
      await this.save(clientId, old.data as PoortwachterCase);
    } catch (e) {
      // Reading must not fail because moving did (a refused key, a full disk): the record
      // stays as it was, and the next save moves it.
      if (!(e instanceof VaultError)) throw e;
    }
    return old.data;
  }

  /**
   * Seals the case in the compartment and writes its projection, in one transaction that also
   * removes a v1 record. Needs the compartment open: the coach edits what was shown, so the
   * dates must have been read with a purpose (as the health fields).
   */
  async save(
    clientId: string,
    data: PoortwachterCase,
    note?: ChangeNote,
  ): Promise<PoortwachterCase> {
    if (!this.compartment.isOpenFor(clientId))
      throw new VaultError('compartment-closed', 'Open the compartment before editing');
    await this.compartment.requireLegalGround(clientId);
    const sealedId = this.sealedId(clientId);
    const previousSealed = await this.vault.database.records.get(sealedId);
    const before = previousSealed
      ? await this.compartment.openRecord<PoortwachterCase>(previousSealed)
      : undefined;
    const sealed = await this.compartment.seal({
      id: sealedId,
      clientId,
      kind: POORTWACHTER_SEALED_KIND,
      data,
    });
    // The earlier values (sick dates among them) stay in the compartment.
    const history = await sealedHistoryRow(this.compartment, {
      id: sealedId,
      clientId,
      kind: POORTWACHTER_SEALED_KIND,
      before,
      after: data,
      note,
    });
    const projection = poortwachterProjection(data);
    const db = this.vault.database;
    await db.transaction('rw', db.records, db.changes, async () => {
      const id = this.projectionId(clientId);
      const previousRow = await db.records.get(id);
      const previous = previousRow
        ? this.vault.openRecord<PoortwachterProjection>(previousRow)
        : undefined;
      // The projection is what a sync may one day send (deadlines without sick dates), so
      // its changes are stamped like any client-key record's; the sealed case's are not.
      const { record, change } = this.vault.stampChanges(
        { id, clientId, kind: POORTWACHTER_DEADLINES_KIND, data: projection },
        previous,
      );
      await db.records.put(sealed);
      if (history) await db.records.add(history);
      await db.records.put(this.vault.sealRecord(record));
      if (change) await db.changes.add(change);
      const legacy = await this.vault.rowsOf(clientId, POORTWACHTER_CASE_KIND);
      if (legacy.length > 0) await db.records.bulkDelete(legacy.map((r) => r.id));
    });
    return data;
  }
}
