import { VaultError } from '../../shared/crypto/errors';
import {
  FIELD_HISTORY_KIND,
  historyOf,
  type ChangeNote,
  type FieldHistory,
} from '../../shared/domain/field-history';
import { RECORD_KINDS, type KindSpec, type RecordKind } from '../../shared/records/registry';
import type { ChangeRow, RecordRow } from './db';
import { newId, type StoredRecord, type Vault } from './vault';

/**
 * The history row of a save under the client key, with its own change row: built before the
 * write so both land in the save's transaction. Null when the kind keeps no field history
 * or nothing changed (a new record has no earlier values).
 */
export function plainHistoryRows(
  vault: Vault,
  record: { id: string; clientId: string; kind: RecordKind; data: object },
  before: object | undefined,
  note: ChangeNote | undefined,
): { row: RecordRow; change: ChangeRow | null } | null {
  const spec = RECORD_KINDS[record.kind] as KindSpec<unknown>;
  if (!spec.fieldHistory || spec.compartment) return null;
  const history = historyOf(record.id, record.kind, before, record.data, note);
  if (!history) return null;
  const { record: stamped, change } = vault.stampChanges<FieldHistory>(
    { id: newId(), clientId: record.clientId, kind: FIELD_HISTORY_KIND, data: history },
    undefined,
  );
  return { row: vault.sealRecord(stamped), change };
}

/**
 * Sealed records of one kind that belong to a client (CV, trajectory, Poortwachter case…).
 * Every save stamps the changed fields and appends a sealed change row, in one transaction;
 * a kind the registry marks `fieldHistory` also keeps the earlier values (field-history).
 */
export class ClientRecords<T extends object> {
  private readonly savedListeners = new Set<(clientId: string) => Promise<void> | void>();

  constructor(
    private readonly vault: Vault,
    readonly kind: RecordKind,
  ) {}

  /** Runs after every save through this store (e.g. to keep derived records in step); awaited. */
  onSaved(listener: (clientId: string) => Promise<void> | void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  async list(clientId: string): Promise<StoredRecord<T>[]> {
    const rows = await this.vault.rowsOf(clientId, this.kind);
    return rows.map((row) => this.vault.openRecord<T>(row));
  }

  /** All records of this kind across every client, e.g. for the deadline dashboard. */
  async listAll(): Promise<StoredRecord<T>[]> {
    const rows = await this.vault.rowsOfKind(this.kind);
    const out: StoredRecord<T>[] = [];
    for (const row of rows) {
      try {
        out.push(this.vault.openRecord<T>(row));
      } catch (e) {
        // A damaged row is reported where it is opened on its own; overviews skip it.
        if (!(e instanceof VaultError)) throw e;
      }
    }
    return out;
  }

  async get(id: string): Promise<StoredRecord<T> | undefined> {
    const row = await this.vault.database.records.get(id);
    if (!row) return undefined;
    if (!this.vault.isKind(row, this.kind))
      throw new VaultError('misplaced', `Record ${id} is not a ${this.kind}`);
    return this.vault.openRecord<T>(row);
  }

  /** The one record of this kind for a client (CV, trajectory), if the kind is a singleton. */
  async single(clientId: string): Promise<StoredRecord<T> | undefined> {
    return (await this.list(clientId))[0];
  }

  /** `note`: why the coach changed it (a rectification request), kept in the field history. */
  async save(clientId: string, data: T, id?: string, note?: ChangeNote): Promise<StoredRecord<T>> {
    const db = this.vault.database;
    let saved: StoredRecord<T> | undefined;
    await db.transaction('rw', db.records, db.changes, async () => {
      const recordId = id ?? newId();
      const row = id ? await db.records.get(id) : undefined;
      if (row && (row.clientId !== clientId || !this.vault.isKind(row, this.kind))) {
        throw new VaultError('misplaced', `Record ${id} belongs elsewhere`);
      }
      const previous = row ? this.vault.openRecord<T>(row) : undefined;
      const { record, change } = this.vault.stampChanges(
        { id: recordId, clientId, kind: this.kind, data },
        previous,
      );
      const history = change ? plainHistoryRows(this.vault, record, previous?.data, note) : null;
      await db.records.put(this.vault.sealRecord(record));
      if (change) await db.changes.add(change);
      if (history) {
        await db.records.add(history.row);
        if (history.change) await db.changes.add(history.change);
      }
      saved = record;
    });
    for (const listener of this.savedListeners) await listener(clientId);
    return saved as StoredRecord<T>;
  }
}
