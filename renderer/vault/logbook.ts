import {
  LOGBOOK_DRAFT_KIND,
  LOGBOOK_INDEX_KIND,
  type LogbookIndex,
  LOGBOOK_KIND,
  LOGBOOK_VERSION_KIND,
  newestFirst,
  type LogbookEntry,
  type LogbookFields,
  type LogbookFormValues,
  type LogbookVersion,
} from '../../shared/domain/logbook';
import { VaultError } from '../../shared/crypto/errors';
import { ClientRecords } from './records';
import { newId, type StoredRecord, type Vault } from './vault';

export interface LogbookDraft {
  /** The entry being edited, or null for a new one. */
  entryId: string | null;
  input: LogbookFormValues;
  savedAt: string;
}

const draftId = (clientId: string, entryId: string | null) =>
  `${clientId}:draft:${entryId ?? 'new'}`;
const indexId = (clientId: string) => `${clientId}:logbook-index`;

export interface ContactTime {
  clientId: string;
  at: string;
  durationMinutes: number;
}

/** Seals a client's contact index; also used to build benchmark fixtures in bulk. */
export function sealLogbookIndex(vault: Vault, clientId: string, index: LogbookIndex) {
  return vault.sealRecord<LogbookIndex>({
    id: indexId(clientId),
    clientId,
    kind: LOGBOOK_INDEX_KIND,
    data: index,
    clock: {},
  });
}

/**
 * The secured logbook: an edit never overwrites, it files the previous version under
 * LOGBOOK_VERSION_KIND first, in the same transaction. Unsaved text lives in a sealed
 * draft record so a crash, a reload or a lock loses nothing.
 */
export class LogbookRepository {
  private readonly entries: ClientRecords<LogbookEntry>;
  private readonly versions: ClientRecords<LogbookVersion>;

  constructor(private readonly vault: Vault) {
    this.entries = new ClientRecords<LogbookEntry>(vault, LOGBOOK_KIND);
    this.versions = new ClientRecords<LogbookVersion>(vault, LOGBOOK_VERSION_KIND);
  }

  /** Current versions, newest contact first. */
  async list(clientId: string): Promise<StoredRecord<LogbookEntry>[]> {
    const all = await this.entries.list(clientId);
    // The index is derived data: if it ever disagrees with the entries (a crash between
    // versions of this app, an import), the dossier that is open rebuilds it.
    const index = await this.readIndex(clientId);
    if (
      Object.keys(index.contacts).length !== all.length ||
      all.some((e) => !index.contacts[e.id])
    ) {
      const contacts: LogbookIndex['contacts'] = {};
      for (const e of all) contacts[e.id] = [e.data.at, e.data.durationMinutes];
      await this.vault.database.records.put(sealLogbookIndex(this.vault, clientId, { contacts }));
    }
    return all.sort(newestFirst);
  }

  /** When and how long every contact of every client was, from one record per client. */
  async allContacts(): Promise<ContactTime[]> {
    const indexes = await new ClientRecords<LogbookIndex>(this.vault, LOGBOOK_INDEX_KIND).listAll();
    const out: ContactTime[] = [];
    for (const { clientId, data } of indexes) {
      for (const [at, durationMinutes] of Object.values(data.contacts))
        out.push({ clientId, at, durationMinutes });
    }
    return out;
  }

  private async readIndex(clientId: string): Promise<LogbookIndex> {
    const row = await this.vault.database.records.get(indexId(clientId));
    return row ? this.vault.openRecord<LogbookIndex>(row).data : { contacts: {} };
  }

  private async indexContact(clientId: string, entryId: string, e: LogbookFields): Promise<void> {
    const index = await this.readIndex(clientId);
    index.contacts[entryId] = [e.at, e.durationMinutes];
    await this.vault.database.records.put(sealLogbookIndex(this.vault, clientId, index));
  }

  async create(clientId: string, fields: LogbookFields): Promise<StoredRecord<LogbookEntry>> {
    const at = new Date().toISOString();
    const db = this.vault.database;
    let saved: StoredRecord<LogbookEntry> | undefined;
    await db.transaction('rw', db.records, db.changes, async () => {
      saved = await this.entries.save(clientId, {
        ...fields,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      await this.indexContact(clientId, saved.id, fields);
      await db.records.delete(draftId(clientId, null));
    });
    return saved as StoredRecord<LogbookEntry>;
  }

  async update(
    clientId: string,
    entryId: string,
    fields: LogbookFields,
  ): Promise<StoredRecord<LogbookEntry>> {
    const db = this.vault.database;
    let saved: StoredRecord<LogbookEntry> | undefined;
    await db.transaction('rw', db.records, db.changes, async () => {
      const current = await this.entries.get(entryId);
      if (!current || current.clientId !== clientId)
        throw new VaultError('not-found', `No logbook entry ${entryId}`);
      await this.versions.save(clientId, { ...current.data, entryId }, newId());
      saved = await this.entries.save(
        clientId,
        {
          ...fields,
          version: current.data.version + 1,
          createdAt: current.data.createdAt,
          updatedAt: new Date().toISOString(),
        },
        entryId,
      );
      await this.indexContact(clientId, entryId, fields);
      await db.records.delete(draftId(clientId, entryId));
    });
    return saved as StoredRecord<LogbookEntry>;
  }

  /** Every version of an entry, oldest first, the current one last. */
  async history(clientId: string, entryId: string): Promise<LogbookEntry[]> {
    const current = await this.entries.get(entryId);
    if (!current) throw new VaultError('not-found', `No logbook entry ${entryId}`);
    const older = (await this.versions.list(clientId))
      .filter((v) => v.data.entryId === entryId)
      .map((v) => v.data)
      .sort((a, b) => a.version - b.version);
    return [...older, current.data];
  }

  async loadDraft(clientId: string, entryId: string | null): Promise<LogbookDraft | undefined> {
    const row = await this.vault.database.records.get(draftId(clientId, entryId));
    return row ? this.vault.openRecord<LogbookDraft>(row).data : undefined;
  }

  /**
   * Seals the draft synchronously and returns the pending write. Sealing first means the
   * write still lands when the keys are wiped right after (lock), because it only carries
   * ciphertext.
   */
  saveDraft(clientId: string, draft: Omit<LogbookDraft, 'savedAt'>): Promise<unknown> {
    const row = this.vault.sealRecord<LogbookDraft>({
      id: draftId(clientId, draft.entryId),
      clientId,
      kind: LOGBOOK_DRAFT_KIND,
      data: { ...draft, savedAt: new Date().toISOString() },
      clock: {},
    });
    return this.vault.database.records.put(row);
  }

  async discardDraft(clientId: string, entryId: string | null): Promise<void> {
    await this.vault.database.records.delete(draftId(clientId, entryId));
  }
}
