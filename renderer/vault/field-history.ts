import { VaultError } from '../../shared/crypto/errors';
import {
  CLIENT_STATEMENT_KIND,
  FIELD_HISTORY_KIND,
  FIELD_HISTORY_SEALED_KIND,
  fieldHistorySchema,
  clientStatementSchema,
  historyOf,
  type ChangeNote,
  type ClientStatement,
  type FieldHistory,
} from '../../shared/domain/field-history';
import type { RecordKind } from '../../shared/records/registry';
import type { Compartment } from './compartment';
import type { RecordRow } from './db';
import { ClientRecords } from './records';
import { newId, type StoredRecord, type Vault } from './vault';

export type StoredHistory = StoredRecord<FieldHistory> & { sealed: boolean };
export type StoredStatement = StoredRecord<ClientStatement>;

/**
 * The history row of a compartment record's save (health, the Poortwachter case), sealed in
 * the compartment: an earlier value of a health field is health data. Null when nothing
 * changed or the record is new. The caller writes it in the save's transaction.
 */
export async function sealedHistoryRow(
  compartment: Compartment,
  save: {
    id: string;
    clientId: string;
    kind: RecordKind;
    before: object | undefined;
    after: object;
    note: ChangeNote | undefined;
  },
): Promise<RecordRow | null> {
  const history = historyOf(save.id, save.kind, save.before, save.after, save.note);
  if (!history) return null;
  return compartment.seal<FieldHistory>({
    id: newId(),
    clientId: save.clientId,
    kind: FIELD_HISTORY_SEALED_KIND,
    data: history,
  });
}

const newestFirst = <T extends { data: { at?: string; receivedOn?: string } }>(a: T, b: T) =>
  (b.data.at ?? b.data.receivedOn ?? '').localeCompare(a.data.at ?? a.data.receivedOn ?? '');

/**
 * A client's field history (rectification, AVG art. 16) and the client's statements on
 * declined changes. The sealed history is read only with the compartment open for the
 * client; without it the list says how many rows it could not show.
 */
export class FieldHistoryRepository {
  private readonly plain: ClientRecords<FieldHistory>;
  private readonly statementRecords: ClientRecords<ClientStatement>;

  constructor(
    private readonly vault: Vault,
    private readonly compartment: Compartment,
  ) {
    this.plain = new ClientRecords<FieldHistory>(vault, FIELD_HISTORY_KIND);
    this.statementRecords = new ClientRecords<ClientStatement>(vault, CLIENT_STATEMENT_KIND);
  }

  /** Newest first; filtered by record or by the request that caused the change. */
  async list(
    clientId: string,
    filter: { recordId?: string; requestId?: string } = {},
  ): Promise<{ rows: StoredHistory[]; sealedHidden: number }> {
    const rows: StoredHistory[] = (await this.plain.list(clientId)).map((r) => ({
      ...r,
      sealed: false,
    }));
    const sealedRows = await this.vault.rowsOf(clientId, FIELD_HISTORY_SEALED_KIND);
    let sealedHidden = 0;
    if (this.compartment.isOpenFor(clientId)) {
      for (const row of sealedRows) {
        const data = await this.compartment.openRecord<FieldHistory>(row);
        rows.push({
          id: row.id,
          clientId,
          kind: FIELD_HISTORY_SEALED_KIND,
          data,
          clock: {},
          sealed: true,
        });
      }
    } else sealedHidden = sealedRows.length;
    const shown = rows.filter(
      (r) =>
        fieldHistorySchema.safeParse(r.data).success &&
        (filter.recordId === undefined || r.data.recordId === filter.recordId) &&
        (filter.requestId === undefined || r.data.requestId === filter.requestId),
    );
    return { rows: shown.sort(newestFirst), sealedHidden };
  }

  /** The client's statements, newest first; about one kind of record when given. */
  async statements(clientId: string, recordKind?: string): Promise<StoredStatement[]> {
    const rows = await this.statementRecords.list(clientId);
    return rows
      .filter(
        (r) =>
          clientStatementSchema.safeParse(r.data).success &&
          (recordKind === undefined || r.data.recordKind === recordKind),
      )
      .sort(newestFirst);
  }

  async addStatement(clientId: string, statement: ClientStatement): Promise<StoredStatement> {
    const parsed = clientStatementSchema.safeParse(statement);
    if (!parsed.success) throw new VaultError('unsupported-format', 'Not a valid statement');
    return this.statementRecords.save(clientId, statement);
  }
}
