import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import type { SealedIdentity } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import { FORM_EDITORS, type FormDraftData, type FormEditor } from '../../shared/domain/form-drafts';
import type { AuditLog } from './audit';
import type { Compartment } from './compartment';
import type { NewClientDraftMeta, RecordRow } from './db';
import type { Vault } from './vault';

/** A form's unsaved input as the store gives it back, with when it was kept. */
export interface StoredFormDraft<T> {
  values: T;
  savedAt: string;
}

const NEW_CLIENT_KEY = 'new-client-draft';
const NEW_CLIENT_ID: SealedIdentity = { id: NEW_CLIENT_KEY, clientId: '-', kind: NEW_CLIENT_KEY };

/**
 * Every editor's unsaved input, one draft per client and editor (shared/domain/form-drafts.ts),
 * sealed like the records it will become: with the client's key, or in the compartment for
 * health. The new-client form has no client key yet; its one draft is sealed with the vault
 * key. Sealing is synchronous and the write comes after, as with the logbook's drafts, so a
 * lock hook can seal and still have the write land once the keys are gone.
 */
export class FormDraftStore {
  constructor(
    private readonly vault: Vault,
    private readonly compartment: Compartment,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Opaque, like every singleton id: the index does not show who has a draft of what. `part`
   * tells apart the forms of one editor shown side by side (one done date per step).
   */
  private rowId(clientId: string, editor: FormEditor, part?: string): string {
    return this.vault.singletonId(clientId, `form-draft:${editor}${part ? `:${part}` : ''}`);
  }

  /** For an editor that seals into the compartment: loads the client's public key first. */
  async prepare(clientId: string | null, editor: FormEditor): Promise<void> {
    if (clientId !== null && FORM_EDITORS[editor].compartment)
      await this.compartment.prepare(clientId);
  }

  /**
   * Seals the input now and returns its write, to be run when the draft's earlier writes are
   * done. Throws when it cannot seal (locked, or a compartment key not prepared).
   */
  seal<T>(
    clientId: string | null,
    editor: FormEditor,
    values: T,
    part?: string,
  ): () => Promise<void> {
    const data: FormDraftData = { editor, values, savedAt: new Date().toISOString() };
    const db = this.vault.database;
    this.requireClient(clientId, editor);
    if (clientId === null) {
      const row: NewClientDraftMeta = {
        key: NEW_CLIENT_KEY,
        sealed: this.vault.sealVaultBytes(NEW_CLIENT_ID, utf8(JSON.stringify(data))),
      };
      return async () => {
        await db.meta.put(row);
      };
    }
    const spec = FORM_EDITORS[editor];
    const id = this.rowId(clientId, editor, part);
    const row: RecordRow = spec.compartment
      ? this.compartment.sealSync({ id, clientId, kind: spec.kind, data })
      : this.vault.sealRecord({ id, clientId, kind: spec.kind, data, clock: {} });
    return async () => {
      await db.records.put(row);
    };
  }

  /**
   * The kept input, if any. A health draft opens only while the compartment is open for the
   * client (as the health form itself); closed, it stays sealed and this returns undefined.
   */
  async load<T>(
    clientId: string | null,
    editor: FormEditor,
    part?: string,
  ): Promise<StoredFormDraft<T> | undefined> {
    const data = await this.loadData(clientId, editor, part);
    if (!data || data.editor !== editor) return undefined;
    return { values: data.values as T, savedAt: data.savedAt };
  }

  /** Only the new-client form has no client; any other editor's draft needs one. */
  private requireClient(clientId: string | null, editor: FormEditor): void {
    if (clientId === null && editor !== 'personalia')
      throw new VaultError('not-found', `A ${editor} draft needs a client`);
  }

  private async loadData(clientId: string | null, editor: FormEditor, part?: string) {
    const db = this.vault.database;
    this.requireClient(clientId, editor);
    if (clientId === null) {
      const row = (await db.meta.get(NEW_CLIENT_KEY)) as NewClientDraftMeta | undefined;
      if (!row) return undefined;
      try {
        return JSON.parse(
          fromUtf8(this.vault.openVaultBytes(NEW_CLIENT_ID, row.sealed)),
        ) as FormDraftData;
      } catch (e) {
        // Sealed with a vault key a passphrase change has since replaced: it cannot come back.
        if (!(e instanceof VaultError)) throw e;
        await db.meta.delete(NEW_CLIENT_KEY);
        return undefined;
      }
    }
    const row = await db.records.get(this.rowId(clientId, editor, part));
    if (!row || row.clientId !== clientId) return undefined;
    if (!FORM_EDITORS[editor].compartment) return this.vault.openRecord<FormDraftData>(row).data;
    if (!this.compartment.isOpenFor(clientId)) return undefined;
    return this.compartment.openRecord<FormDraftData>(row);
  }

  /** After the input was saved: the draft has served its purpose. Whether there was one. */
  async remove(clientId: string | null, editor: FormEditor, part?: string): Promise<boolean> {
    const db = this.vault.database;
    this.requireClient(clientId, editor);
    if (clientId === null) {
      const had = (await db.meta.get(NEW_CLIENT_KEY)) !== undefined;
      await db.meta.delete(NEW_CLIENT_KEY);
      return had;
    }
    const id = this.rowId(clientId, editor, part);
    const had = (await db.records.get(id)) !== undefined;
    await db.records.delete(id);
    return had;
  }

  /**
   * The coach threw unsaved input away. Audited, like a discarded logbook draft: typed text
   * was destroyed. The entry names the form, never what was in it; nothing kept, no entry.
   */
  async discard(clientId: string | null, editor: FormEditor, part?: string): Promise<void> {
    if (await this.remove(clientId, editor, part))
      await this.audit.append({ action: 'draft-discarded', clientId, detail: editor });
  }
}
