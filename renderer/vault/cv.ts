import { CV_DRAFT_KIND, CV_KIND, readCv, type Cv, type CvRecord } from '../../shared/domain/cv';
import type { ChangeNote } from '../../shared/domain/field-history';
import { ClientRecords } from './records';
import type { Vault } from './vault';

export interface LoadedCv {
  /** The vault record's id, once the CV was saved. */
  id: string | undefined;
  cv: Cv;
  updatedAt: string | null;
}

/** Unsaved edits of a client's CV, as the editor holds them, with when they were kept. */
export interface StoredCvDraft<T> {
  draft: T;
  savedAt: string;
}

/** The client's one CV record, sealed with the client's key like everything else. */
export class CvStore {
  private readonly records: ClientRecords<CvRecord>;

  constructor(private readonly vault: Vault) {
    this.records = new ClientRecords<CvRecord>(vault, CV_KIND);
  }

  async load(clientId: string): Promise<LoadedCv> {
    const stored = await this.records.single(clientId);
    if (!stored) return { id: undefined, cv: readCv({}), updatedAt: null };
    const { updatedAt, ...rest } = stored.data;
    return { id: stored.id, cv: readCv(rest), updatedAt: updatedAt ?? null };
  }

  /** Resolves once the sealed record and its change row are written. */
  async save(
    clientId: string,
    cv: Cv,
    id?: string,
    note?: ChangeNote,
  ): Promise<{ id: string; updatedAt: string }> {
    const updatedAt = new Date().toISOString();
    const saved = await this.records.save(clientId, { ...cv, updatedAt }, id, note);
    return { id: saved.id, updatedAt };
  }

  private draftId(clientId: string) {
    return this.vault.singletonId(clientId, 'cv-draft');
  }

  /**
   * Seals the unsaved edits synchronously and returns the pending write, like the logbook's
   * drafts: sealed first, the write still lands when a lock wipes the keys right after.
   */
  saveDraft<T>(clientId: string, draft: T): Promise<unknown> {
    const row = this.vault.sealRecord<StoredCvDraft<T>>({
      id: this.draftId(clientId),
      clientId,
      kind: CV_DRAFT_KIND,
      data: { draft, savedAt: new Date().toISOString() },
      clock: {},
    });
    return this.vault.database.records.put(row);
  }

  async loadDraft<T>(clientId: string): Promise<StoredCvDraft<T> | undefined> {
    const row = await this.vault.database.records.get(this.draftId(clientId));
    return row ? this.vault.openRecord<StoredCvDraft<T>>(row).data : undefined;
  }

  async discardDraft(clientId: string): Promise<void> {
    await this.vault.database.records.delete(this.draftId(clientId));
  }
}
