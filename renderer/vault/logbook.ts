import type { RecordKind } from '../../shared/records/registry';
import {
  LOGBOOK_DRAFT_KIND,
  LOGBOOK_SEALED_DRAFT_KIND,
  LOGBOOK_SEALED_KIND,
  LOGBOOK_SEALED_VERSION_KIND,
  LOGBOOK_INDEX_KIND,
  type LogbookIndex,
  LOGBOOK_KIND,
  contactTuple,
  type ContactTuple,
  LOGBOOK_VERSION_KIND,
  newestFirst,
  type LogbookEntry,
  type LogbookFields,
  type LogbookFormValues,
  type LogbookVersion,
} from '../../shared/domain/logbook';
import { VaultError } from '../../shared/crypto/errors';
import { detectSpecialCategories } from '../../shared/domain/special-categories';
import type { AuditLog } from './audit';
import type { Compartment } from './compartment';
import { ClientRecords } from './records';
import { newId, type StoredRecord, type Vault } from './vault';

export interface LogbookDraft {
  /** The entry being edited, or null for a new one. */
  entryId: string | null;
  input: LogbookFormValues;
  /** The coach chose to seal the entry (the detector may seal the draft regardless). */
  sealed?: boolean;
  /**
   * For a new entry: which draft slot it is kept in (absent: the default one). A new entry
   * begun while a sealed draft waits unopened gets a slot of its own, so it never
   * overwrites that draft and the waiting draft never blocks new work.
   */
  slot?: string;
  savedAt: string;
}

/** A sealed draft that waits for the compartment; known by its row id only while closed. */
export interface WaitingDraft {
  rowId: string;
}

/** An entry as the logbook shows it; sealed ones only while the compartment is open. */
export interface LogbookRecord {
  id: string;
  data: LogbookEntry;
  sealed?: boolean;
}

// Opaque ids (Vault.singletonId): the index must not show who has a sealed draft.
const draftName = (entryId: string | null, slot?: string) =>
  entryId ?? (slot ? `new:${slot}` : 'new');
const draftId = (vault: Vault, clientId: string, entryId: string | null, slot?: string) =>
  vault.singletonId(clientId, `draft:${draftName(entryId, slot)}`);
const sealedDraftId = (vault: Vault, clientId: string, entryId: string | null, slot?: string) =>
  vault.singletonId(clientId, `sealed-draft:${draftName(entryId, slot)}`);

/** Whether a draft's text holds anything the special-category detector flags. */
export const draftNeedsSeal = (input: LogbookFormValues): boolean =>
  detectSpecialCategories([input.summary, input.agreements, input.participants].join('\n')).length >
  0;
const indexId = (vault: Vault, clientId: string) => vault.singletonId(clientId, 'logbook-index');

export interface ContactTime {
  clientId: string;
  /** The logbook entry this contact is. */
  entryId: string;
  at: string;
  durationMinutes: number;
  /** The follow-up date ("Vervolg") the entry set, ISO; absent when none. */
  followUp?: string;
}

const contactTime = (clientId: string, entryId: string, t: ContactTuple): ContactTime => {
  const [at, durationMinutes, followUp] = t;
  return followUp
    ? { clientId, entryId, at, durationMinutes, followUp }
    : { clientId, entryId, at, durationMinutes };
};

/** Seals a client's contact index; also used to build benchmark fixtures in bulk. */
export function sealLogbookIndex(vault: Vault, clientId: string, index: LogbookIndex) {
  return vault.sealRecord<LogbookIndex>({
    id: indexId(vault, clientId),
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
 *
 * Entries marked special category live in the compartment instead (LOGBOOK_SEALED_*), with
 * their versions and drafts. Their time and duration stay in the contact index, so hours and
 * "last contact" keep working while their text is sealed.
 */
export class LogbookRepository {
  private readonly entries: ClientRecords<LogbookEntry>;
  private readonly versions: ClientRecords<LogbookVersion>;

  constructor(
    private readonly vault: Vault,
    private readonly compartment?: Compartment,
    private readonly audit?: AuditLog,
  ) {
    this.entries = new ClientRecords<LogbookEntry>(vault, LOGBOOK_KIND);
    this.versions = new ClientRecords<LogbookVersion>(vault, LOGBOOK_VERSION_KIND);
  }

  private lastCreated = '';
  private readonly savedListeners = new Set<(clientId: string) => Promise<void> | void>();

  /** Runs after every saved entry (e.g. to keep the financial hours in step); awaited. */
  onSaved(listener: (clientId: string) => Promise<void> | void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  private async afterSave(clientId: string): Promise<void> {
    for (const listener of this.savedListeners) await listener(clientId);
  }

  /**
   * A creation stamp later than the previous one of this session: two entries saved in the
   * same millisecond (a quick double save, a script) still keep their order in the list.
   */
  private creationStamp(): string {
    let at = new Date().toISOString();
    if (at <= this.lastCreated) at = new Date(Date.parse(this.lastCreated) + 1).toISOString();
    this.lastCreated = at;
    return at;
  }

  private get sealer(): Compartment {
    if (!this.compartment) throw new VaultError('compartment-closed', 'No compartment');
    return this.compartment;
  }

  /**
   * Current versions, newest contact first: the plain ones, plus the sealed ones while the
   * compartment is open for this client.
   */
  async list(clientId: string): Promise<LogbookRecord[]> {
    const plain = await this.entries.list(clientId);
    const sealedRows = await this.sealedRows(clientId, LOGBOOK_SEALED_KIND);
    // The index is derived data: if it ever disagrees with the entries (a crash between
    // versions of this app, an import), the dossier that is open rebuilds it. Sealed entries
    // keep their indexed time, as it cannot be read again without opening them.
    const index = await this.readIndex(clientId);
    const ids = [...plain.map((e) => e.id), ...sealedRows.map((r) => r.id)];
    const open = this.compartment?.isOpenFor(clientId) ?? false;
    const opened = open
      ? await Promise.all(
          sealedRows.map(async (row) => ({
            id: row.id,
            data: await (this.compartment as Compartment).openRecord<LogbookEntry>(row),
          })),
        )
      : [];
    // An index from before follow-up dates were indexed (no v) is rebuilt once too.
    if (
      index.v !== 2 ||
      Object.keys(index.contacts).length !== ids.length ||
      ids.some((id) => !index.contacts[id])
    ) {
      const contacts: LogbookIndex['contacts'] = {};
      for (const e of plain) contacts[e.id] = contactTuple(e.data);
      for (const r of sealedRows) {
        const known = index.contacts[r.id];
        if (known) contacts[r.id] = known;
      }
      for (const r of opened) contacts[r.id] = contactTuple(r.data);
      await this.vault.database.records.put(
        sealLogbookIndex(this.vault, clientId, { contacts, v: 2 }),
      );
    }
    const out: LogbookRecord[] = plain.map((e) => ({ id: e.id, data: e.data }));
    for (const r of opened) out.push({ ...r, sealed: true });
    return out.sort(newestFirst);
  }

  /** Whether the client has sealed entries; answerable without opening anything. */
  async hasSealed(clientId: string): Promise<boolean> {
    return (await this.sealedRows(clientId, LOGBOOK_SEALED_KIND)).length > 0;
  }

  private sealedRows(clientId: string, kind: RecordKind) {
    return this.vault.rowsOf(clientId, kind);
  }

  /**
   * When and how long each of this client's contacts was, sealed ones included, from the
   * contact index: what the trajectory's hours and the dashboard both count.
   */
  async contactTimes(clientId: string): Promise<ContactTime[]> {
    const index = await this.readIndex(clientId);
    return Object.entries(index.contacts).map(([id, t]) => contactTime(clientId, id, t));
  }

  /** When and how long every contact of every client was, from one record per client. */
  async allContacts(): Promise<ContactTime[]> {
    const indexes = await new ClientRecords<LogbookIndex>(this.vault, LOGBOOK_INDEX_KIND).listAll();
    const out: ContactTime[] = [];
    for (const { clientId, data } of indexes) {
      for (const [id, t] of Object.entries(data.contacts)) out.push(contactTime(clientId, id, t));
    }
    return out;
  }

  private async readIndex(clientId: string): Promise<LogbookIndex> {
    const row = await this.vault.database.records.get(indexId(this.vault, clientId));
    return row ? this.vault.openRecord<LogbookIndex>(row).data : { contacts: {}, v: 2 };
  }

  private async indexContact(clientId: string, entryId: string, e: LogbookFields): Promise<void> {
    const index = await this.readIndex(clientId);
    index.contacts[entryId] = contactTuple(e);
    // v stays as it was: an older index still has tuples without follow-up dates, and only
    // the rebuild in list() may mark it complete.
    await this.vault.database.records.put(sealLogbookIndex(this.vault, clientId, index));
  }

  /**
   * Saves a new entry. Sealed entries need a legal ground on record (consent register),
   * but not an open compartment: writing is not reading.
   */
  async create(
    clientId: string,
    fields: LogbookFields,
    opts: { sealed?: boolean; slot?: string } = {},
  ): Promise<LogbookRecord> {
    const at = this.creationStamp();
    const drafts = [
      draftId(this.vault, clientId, null, opts.slot),
      sealedDraftId(this.vault, clientId, null, opts.slot),
    ];
    const entry: LogbookEntry = { ...fields, version: 1, createdAt: at, updatedAt: at };
    const db = this.vault.database;
    if (opts.sealed) {
      await this.sealer.requireLegalGround(clientId);
      await this.sealer.prepare(clientId);
      const id = newId();
      await db.transaction('rw', db.records, db.changes, async () => {
        await db.records.put(
          this.sealer.sealSync({ id, clientId, kind: LOGBOOK_SEALED_KIND, data: entry }),
        );
        await this.indexContact(clientId, id, fields);
        await db.records.bulkDelete(drafts);
      });
      await this.afterSave(clientId);
      return { id, data: entry, sealed: true };
    }
    let saved: StoredRecord<LogbookEntry> | undefined;
    await db.transaction('rw', db.records, db.changes, async () => {
      saved = await this.entries.save(clientId, entry);
      await this.indexContact(clientId, saved.id, fields);
      await db.records.bulkDelete(drafts);
    });
    await this.afterSave(clientId);
    const done = saved as StoredRecord<LogbookEntry>;
    return { id: done.id, data: done.data };
  }

  /**
   * Saves an edit as a new version. A plain entry can be sealed by an edit (it moves into
   * the compartment with its earlier versions); a sealed entry stays sealed.
   */
  async update(
    clientId: string,
    entryId: string,
    fields: LogbookFields,
    opts: { sealed?: boolean } = {},
  ): Promise<LogbookRecord> {
    const db = this.vault.database;
    const sealedRow = await db.records.get(entryId);
    if (!sealedRow || sealedRow.clientId !== clientId)
      throw new VaultError('not-found', `No logbook entry ${entryId}`);
    const wasSealed = this.vault.isKind(sealedRow, LOGBOOK_SEALED_KIND);
    if (!wasSealed && !opts.sealed) return this.updatePlain(clientId, entryId, fields);

    const sealer = this.sealer;
    await sealer.requireLegalGround(clientId);
    await sealer.prepare(clientId);
    // Reading the current text of a sealed entry needs the compartment open.
    const current = wasSealed
      ? await sealer.openRecord<LogbookEntry>(sealedRow)
      : this.vault.openRecord<LogbookEntry>(sealedRow).data;
    const plainVersions = wasSealed
      ? []
      : (await this.versions.list(clientId)).filter((v) => v.data.entryId === entryId);
    const next: LogbookEntry = {
      ...fields,
      version: current.version + 1,
      createdAt: current.createdAt,
      updatedAt: new Date().toISOString(),
    };
    await db.transaction('rw', db.records, db.changes, async () => {
      const sealVersion = (v: LogbookVersion) =>
        db.records.put(
          sealer.sealSync({ id: newId(), clientId, kind: LOGBOOK_SEALED_VERSION_KIND, data: v }),
        );
      // Moving into the compartment takes the history along and leaves no plain copy.
      for (const v of plainVersions) {
        await sealVersion(v.data);
        await db.records.delete(v.id);
      }
      await sealVersion({ ...current, entryId });
      await db.records.put(
        sealer.sealSync({ id: entryId, clientId, kind: LOGBOOK_SEALED_KIND, data: next }),
      );
      await this.indexContact(clientId, entryId, fields);
      await db.records.bulkDelete([
        draftId(this.vault, clientId, entryId),
        sealedDraftId(this.vault, clientId, entryId),
      ]);
    });
    await this.afterSave(clientId);
    return { id: entryId, data: next, sealed: true };
  }

  private async updatePlain(
    clientId: string,
    entryId: string,
    fields: LogbookFields,
  ): Promise<LogbookRecord> {
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
      await db.records.bulkDelete([
        draftId(this.vault, clientId, entryId),
        sealedDraftId(this.vault, clientId, entryId),
      ]);
    });
    await this.afterSave(clientId);
    const done = saved as StoredRecord<LogbookEntry>;
    return { id: done.id, data: done.data };
  }

  /**
   * For erasing one entry (ErasureService.eraseLogbookEntry): the ids of every row that holds
   * its text (the entry, its versions, the drafts of its edits), whether it was sealed, and
   * the contact index without it, sealed and ready to put in the same transaction. A sealed
   * entry needs the compartment open: its versions name their entry only inside the seal.
   */
  async erasureRows(
    clientId: string,
    entryId: string,
  ): Promise<{ ids: string[]; sealed: boolean; index: ReturnType<typeof sealLogbookIndex> }> {
    const row = await this.vault.database.records.get(entryId);
    const sealed = !!row && this.vault.isKind(row, LOGBOOK_SEALED_KIND);
    if (!row || row.clientId !== clientId || (!sealed && !this.vault.isKind(row, LOGBOOK_KIND)))
      throw new VaultError('not-found', `No logbook entry ${entryId}`);
    const ids = [entryId];
    if (sealed) {
      // Opened first, so a closed compartment refuses before anything (even with no versions).
      await this.sealer.openRecord<LogbookEntry>(row);
      for (const v of await this.sealedRows(clientId, LOGBOOK_SEALED_VERSION_KIND))
        if ((await this.sealer.openRecord<LogbookVersion>(v)).entryId === entryId) ids.push(v.id);
    } else {
      for (const v of await this.versions.list(clientId))
        if (v.data.entryId === entryId) ids.push(v.id);
    }
    ids.push(draftId(this.vault, clientId, entryId), sealedDraftId(this.vault, clientId, entryId));
    const index = await this.readIndex(clientId);
    const contacts = Object.fromEntries(
      Object.entries(index.contacts).filter(([id]) => id !== entryId),
    );
    return { ids, sealed, index: sealLogbookIndex(this.vault, clientId, { ...index, contacts }) };
  }

  /** Every version of an entry, oldest first, the current one last. */
  async history(clientId: string, entryId: string): Promise<LogbookEntry[]> {
    const row = await this.vault.database.records.get(entryId);
    if (!row || row.clientId !== clientId)
      throw new VaultError('not-found', `No logbook entry ${entryId}`);
    if (this.vault.isKind(row, LOGBOOK_SEALED_KIND)) {
      const older: LogbookVersion[] = [];
      for (const v of await this.sealedRows(clientId, LOGBOOK_SEALED_VERSION_KIND)) {
        const data = await this.sealer.openRecord<LogbookVersion>(v);
        if (data.entryId === entryId) older.push(data);
      }
      older.sort((a, b) => a.version - b.version);
      return [...older, await this.sealer.openRecord<LogbookEntry>(row)];
    }
    const current = await this.entries.get(entryId);
    if (!current) throw new VaultError('not-found', `No logbook entry ${entryId}`);
    const older = (await this.versions.list(clientId))
      .filter((v) => v.data.entryId === entryId)
      .map((v) => v.data)
      .sort((a, b) => a.version - b.version);
    return [...older, current.data];
  }

  /**
   * The unsaved draft for a new entry (entryId null) or an edit. 'sealed' means a draft
   * exists in the compartment and the compartment is not open for this client.
   */
  async loadDraft(
    clientId: string,
    entryId: string | null,
    slot?: string,
  ): Promise<LogbookDraft | 'sealed' | undefined> {
    const db = this.vault.database;
    const sealed = await db.records.get(sealedDraftId(this.vault, clientId, entryId, slot));
    if (sealed) {
      if (!this.compartment?.isOpenFor(clientId)) return 'sealed';
      return this.compartment.openRecord<LogbookDraft>(sealed);
    }
    const row = await db.records.get(draftId(this.vault, clientId, entryId, slot));
    return row ? this.vault.openRecord<LogbookDraft>(row).data : undefined;
  }

  /**
   * The newest plain draft of a new entry in any slot (a lock or reload while writing in a
   * slot of its own must lose nothing either).
   */
  async latestNewDraft(clientId: string): Promise<LogbookDraft | undefined> {
    let latest: LogbookDraft | undefined;
    for (const row of await this.vault.rowsOf(clientId, LOGBOOK_DRAFT_KIND)) {
      const d = this.vault.openRecord<LogbookDraft>(row).data;
      if (d.entryId === null && (!latest || d.savedAt > latest.savedAt)) latest = d;
    }
    return latest;
  }

  /** This client's sealed drafts, new entries and edits alike; known without opening. */
  async sealedDrafts(clientId: string): Promise<WaitingDraft[]> {
    const rows = await this.sealedRows(clientId, LOGBOOK_SEALED_DRAFT_KIND);
    return rows.map((r) => ({ rowId: r.id }));
  }

  /** Opens one sealed draft to continue it; needs the compartment open for the client. */
  async openSealedDraft(clientId: string, rowId: string): Promise<LogbookDraft> {
    const row = await this.sealedDraftRow(clientId, rowId);
    if (!this.compartment) throw new VaultError('compartment-closed', 'No compartment');
    return this.compartment.openRecord<LogbookDraft>(row);
  }

  /**
   * Throws a sealed draft away unread, e.g. one sealed before any legal ground was recorded
   * (so it cannot be opened). Audited: sealed text was destroyed, though never shown.
   */
  async discardSealedDraft(clientId: string, rowId: string): Promise<void> {
    await this.sealedDraftRow(clientId, rowId);
    await this.vault.database.records.delete(rowId);
    await this.audit?.append({
      action: 'sealed-draft-discarded',
      clientId,
      facts: { kind: 'draft-of', editor: 'logbook' },
    });
  }

  private async sealedDraftRow(clientId: string, rowId: string) {
    const row = await this.vault.database.records.get(rowId);
    if (!row || row.clientId !== clientId || !this.vault.isKind(row, LOGBOOK_SEALED_DRAFT_KIND))
      throw new VaultError('not-found', `No sealed draft ${rowId}`);
    return row;
  }

  /** Makes sure drafts of this client can be sealed synchronously (call when composing). */
  async prepareDrafts(clientId: string): Promise<void> {
    await this.compartment?.prepare(clientId);
  }

  /**
   * Seals the draft synchronously and returns the pending write. Sealing first means the
   * write still lands when the keys are wiped right after (lock), because it only carries
   * ciphertext. A draft the coach marked sealed, or whose text the detector flags, goes into
   * the compartment (needs prepareDrafts first), and its plain twin is removed.
   */
  saveDraft(clientId: string, draft: Omit<LogbookDraft, 'savedAt'>): Promise<unknown> {
    const data: LogbookDraft = { ...draft, savedAt: new Date().toISOString() };
    const db = this.vault.database;
    const plainId = draftId(this.vault, clientId, draft.entryId, draft.slot);
    const sealedId = sealedDraftId(this.vault, clientId, draft.entryId, draft.slot);
    if (this.compartment && (draft.sealed || draftNeedsSeal(draft.input))) {
      const row = this.compartment.sealSync({
        id: sealedId,
        clientId,
        kind: LOGBOOK_SEALED_DRAFT_KIND,
        data,
      });
      return db.transaction('rw', db.records, async () => {
        await db.records.put(row);
        await db.records.delete(plainId);
      });
    }
    const row = this.vault.sealRecord<LogbookDraft>({
      id: plainId,
      clientId,
      kind: LOGBOOK_DRAFT_KIND,
      data,
      clock: {},
    });
    return db.transaction('rw', db.records, async () => {
      await db.records.put(row);
      await db.records.delete(sealedId);
    });
  }

  async discardDraft(clientId: string, entryId: string | null, slot?: string): Promise<void> {
    await this.vault.database.records.bulkDelete([
      draftId(this.vault, clientId, entryId, slot),
      sealedDraftId(this.vault, clientId, entryId, slot),
    ]);
  }
}
