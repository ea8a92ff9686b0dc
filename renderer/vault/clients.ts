import type { Client, ClientFields } from '../../shared/domain/client';
import { VaultError } from '../../shared/crypto/errors';
import type { ChangeNote } from '../../shared/domain/field-history';
import type { ChangeRow, ClientKeyRow, RecordRow } from './db';
import { plainHistoryRows } from './records';
import { newId, type StoredRecord, type Vault } from './vault';

import { CLIENT_KIND } from '../../shared/records/registry';

export { CLIENT_KIND };

/** Client personalia: one sealed 'client' record per client, under that client's key. */
export class ClientRepository {
  constructor(private readonly vault: Vault) {}

  async list(): Promise<Client[]> {
    const { clients, damaged } = await this.listAll();
    if (damaged.length > 0) throw damaged[0]?.error;
    return clients;
  }

  /**
   * Every client that opens, plus the ids of those that do not. One damaged row must not
   * lock a coach out of the other dossiers; the UI reports the damaged ones instead.
   */
  async listAll(): Promise<{ clients: Client[]; damaged: { id: string; error: VaultError }[] }> {
    const damaged: { id: string; error: VaultError }[] = [];
    // Keys were loaded at unlock (Vault.unlock); the ones that failed are reported here.
    const keyFailures = this.vault.damagedClientKeys();
    for (const f of keyFailures) damaged.push(f);
    const rows = await this.vault.rowsOfKind(CLIENT_KIND);
    const clients: Client[] = [];
    for (const row of rows) {
      if (keyFailures.some((f) => f.id === row.clientId)) continue;
      try {
        clients.push(this.vault.openRecord<Client>(row).data);
      } catch (e) {
        if (!(e instanceof VaultError)) throw e;
        damaged.push({ id: row.id, error: e });
      }
    }
    return { clients, damaged };
  }

  async get(id: string): Promise<Client> {
    const row = await this.vault.database.records.get(id);
    if (!row || !this.vault.isKind(row, CLIENT_KIND))
      throw new VaultError('not-found', `No client ${id}`);
    return this.vault.openRecord<Client>(row).data;
  }

  async create(fields: ClientFields): Promise<Client> {
    const [client] = await this.createMany([fields]);
    return client as Client;
  }

  /** One transaction for the lot: a bulk import either lands whole or not at all. */
  async createMany(list: ClientFields[]): Promise<Client[]> {
    const db = this.vault.database;
    const at = new Date().toISOString();
    const keyRows: ClientKeyRow[] = [];
    const recordRows: RecordRow[] = [];
    const changeRows: ChangeRow[] = [];
    const clients: Client[] = [];
    for (const fields of list) {
      const id = newId();
      const client: Client = {
        ...fields,
        id,
        archived: false,
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      };
      keyRows.push(this.vault.newClientKey(id).row);
      const { record, change } = this.vault.stampChanges(
        { id, clientId: id, kind: CLIENT_KIND, data: client },
        undefined,
      );
      recordRows.push(this.vault.sealRecord(record));
      if (change) changeRows.push(change);
      clients.push(client);
    }
    await db.transaction('rw', db.clientKeys, db.records, db.changes, async () => {
      await db.clientKeys.bulkAdd(keyRows);
      await db.records.bulkAdd(recordRows);
      await db.changes.bulkAdd(changeRows);
    });
    return clients;
  }

  /** `note`: why (a rectification request); the earlier values go into the field history. */
  async update(id: string, fields: ClientFields, note?: ChangeNote): Promise<Client> {
    return this.modify(id, (c) => ({ ...c, ...fields }), note);
  }

  async setArchived(id: string, archived: boolean): Promise<Client> {
    return this.modify(id, (c) => ({
      ...c,
      archived,
      archivedAt: archived ? new Date().toISOString() : null,
    }));
  }

  private async modify(
    id: string,
    change: (c: Client) => Client,
    note?: ChangeNote,
  ): Promise<Client> {
    const db = this.vault.database;
    let saved: Client | undefined;
    await db.transaction('rw', db.records, db.changes, async () => {
      const row = await db.records.get(id);
      if (!row || !this.vault.isKind(row, CLIENT_KIND))
        throw new VaultError('not-found', `No client ${id}`);
      const previous: StoredRecord<Client> = this.vault.openRecord<Client>(row);
      const next = { ...change(previous.data), id, updatedAt: new Date().toISOString() };
      const { record, change: changeRow } = this.vault.stampChanges(
        { ...previous, data: next },
        previous,
      );
      const history = changeRow ? plainHistoryRows(this.vault, record, previous.data, note) : null;
      await db.records.put(this.vault.sealRecord(record));
      if (changeRow) await db.changes.add(changeRow);
      if (history) {
        await db.records.add(history.row);
        if (history.change) await db.changes.add(history.change);
      }
      saved = next;
    });
    return saved as Client;
  }
}
