import { VaultError } from '../../shared/crypto/errors';
import { newId } from '../../shared/crypto/ids';
import type { ErasureEntry, ErasureReason } from '../../shared/domain/erasure';
import {
  DEFAULT_BACKUP_DAYS,
  ERASURE_RULES,
  lastBackupExpires,
  planErasure,
  type ErasurePlan,
  type KindCount,
} from '../../shared/domain/erasure-plan';
import {
  ALL_RECORD_KINDS,
  COMPARTMENT_CLIENT_KEY_KIND,
  RECORD_KINDS,
  type KindSpec,
  type RecordKind,
} from '../../shared/records/registry';
import type { AuditLog } from './audit';
import type { Compartment } from './compartment';
import type { ErasureLedger } from './erasure-ledger';
import type { LogbookRepository } from './logbook';
import type { Vault } from './vault';

export interface ErasurePreview {
  clientId: string;
  /** When the preview was made; the erasure recomputes the plan at its own moment. */
  at: string;
  plan: ErasurePlan;
  /** How many days backups are kept, and so when the last one holding the data expires. */
  backupDays: number;
  lastBackupExpires: string;
}

export interface EraseOptions {
  reason: ErasureReason;
  requestId?: string;
  /** Asked again at confirmation: the erasure rotates the keys, which needs it. */
  passphrase: string;
}

export interface ErasureDeps {
  /** Moves the vault into a fresh store, so the old one's files go (vault-store.ts). */
  relocate?: () => Promise<boolean>;
  /** Backups kept (days); the backup settings' value once BACKUP sets it. */
  backupDays?: () => Promise<number>;
  /**
   * After the erasure is on disk: what else must forget the client or item (the backups in
   * the folder are rewritten without it, the retention list drops it). Its failure does not
   * undo the erasure; the ledger line is what every restore replays anyway.
   */
  afterErase?: (entry: ErasureEntry) => Promise<void>;
  now?: () => Date;
  /** Finds one entry's rows for eraseLogbookEntry (its versions are sealed with it). */
  logbook?: Pick<LogbookRepository, 'erasureRows'>;
}

const spec = (k: RecordKind) => RECORD_KINDS[k] as KindSpec<unknown>;

/** The kinds an erasure leaves in place: their retention class carries a duty to keep. */
const keptKinds = (): RecordKind[] =>
  ALL_RECORD_KINDS.filter((k) => ERASURE_RULES[spec(k).retention].action === 'keep');

/**
 * Erasure of a client by crypto-shredding (issue 13). The order matters:
 * 1. the passphrase is checked (and the anchor loaded) before anything is touched;
 * 2. the client's data key and compartment key pair are destroyed, in the same transaction
 *    as the ledger's line: from then on no row of the client opens, even a copy;
 * 3. every other row of the client goes: records of every kind (drafts, the contact index,
 *    the deadline projection, field history), change rows and document chunks; only kinds
 *    whose retention class must be kept (financial: 7 years) stay, and they are not sealed
 *    with the client key;
 * 4. the vault key and the compartment master are rotated and the other clients' keys
 *    re-wrapped (Vault.rotateKeys), so an old wrapping of the erased key opens nothing now;
 * 5. the vault moves into a fresh store and the old one is deleted (vault-store.ts).
 * What is kept is decided by the registry's retention classes, never by kind names.
 */
export class ErasureService {
  private readonly now: () => Date;

  constructor(
    private readonly vault: Vault,
    private readonly compartment: Compartment,
    private readonly audit: AuditLog,
    readonly ledger: ErasureLedger,
    private readonly deps: ErasureDeps = {},
  ) {
    this.now = deps.now ?? (() => new Date());
  }

  /** How many records of each kind the client has (counted by index; nothing is opened). */
  private async counts(clientId: string): Promise<KindCount[]> {
    const db = this.vault.database;
    const out: KindCount[] = [];
    for (const kind of ALL_RECORD_KINDS) {
      const s = spec(kind);
      const count = await db.records.where({ clientId, kind: this.vault.kindTag(kind) }).count();
      out.push({ category: s.category, retention: s.retention, compartment: s.compartment, count });
    }
    return out;
  }

  /** What will be erased and what must be kept, why and until when. Changes nothing. */
  async preview(clientId: string): Promise<ErasurePreview> {
    await this.requireClient(clientId);
    const at = this.now();
    const backupDays = (await this.deps.backupDays?.()) ?? DEFAULT_BACKUP_DAYS;
    return {
      clientId,
      at: at.toISOString(),
      plan: planErasure(await this.counts(clientId), at),
      backupDays,
      lastBackupExpires: lastBackupExpires(at, backupDays),
    };
  }

  /**
   * Erases the client (see the class comment) and returns its ledger line. A wrong
   * passphrase erases nothing (VaultError 'wrong-passphrase', counted by the back-off).
   */
  async eraseClient(clientId: string, opts: EraseOptions): Promise<ErasureEntry> {
    await this.requireClient(clientId);
    await this.vault.requireAnchors(opts.passphrase);
    const at = this.now();
    const plan = planErasure(await this.counts(clientId), at);
    const entry: ErasureEntry = {
      id: newId(),
      clientId,
      erasedAt: at.toISOString(),
      reason: opts.reason,
      ...(opts.requestId ? { requestId: opts.requestId } : {}),
      categories: plan.erased.map((e) => e.category),
      kept: plan.kept.map(({ count: _count, ...k }) => k),
    };
    const db = this.vault.database;
    const ledgerRow = await this.ledger.rowWith(entry);

    // 2. The keys first, with the ledger line: from here on nothing of the client opens.
    await db.transaction('rw', db.clientKeys, db.records, db.meta, async () => {
      await db.clientKeys.delete(clientId);
      // The compartment key pair: found by its kind, whatever id it was stored under.
      await db.records
        .where({ clientId, kind: this.vault.kindTag(COMPARTMENT_CLIENT_KEY_KIND) })
        .delete();
      await db.meta.put(ledgerRow);
    });
    this.vault.keyring.dropClientKey(clientId);
    this.compartment.discard(clientId);

    // 3. Every other row of the client, except kinds whose class must be kept.
    await this.deleteRows(clientId);
    await this.audit.append({ action: 'erasure', clientId });

    // 4. and 5.
    await this.vault.rotateKeys(opts.passphrase);
    this.lastRelocation = (await this.deps.relocate?.().catch(() => false)) ?? false;
    await this.deps.afterErase?.(entry).catch(() => undefined);
    return entry;
  }

  /**
   * Erases one document of a client (plain or sealed): its metadata row, its change rows and
   * every chunk go in one transaction, a ledger line names the item, and the vault moves to
   * a fresh store, so the deleted rows do not stay in IndexedDB's files where the
   * passphrase would still open them. (Each document having its own key is not built yet.)
   */
  async eraseDocument(
    clientId: string,
    docId: string,
    opts: Omit<EraseOptions, 'reason'> & { reason?: ErasureReason },
  ): Promise<ErasureEntry> {
    const db = this.vault.database;
    const row = await db.records.get(docId);
    const kind = row && row.clientId === clientId ? this.vault.kindOf(row) : null;
    if (!kind || (spec(kind).category !== 'document' && kind !== 'document-sealed')) {
      throw new VaultError('not-found', `No document ${docId}`);
    }
    // Restricted (AVG art. 18): the dossier is only stored, so nothing of it is erased either.
    this.vault.restrictions.check(clientId, 'document');
    await this.vault.requireAnchors(opts.passphrase);
    const entry: ErasureEntry = {
      id: newId(),
      clientId,
      itemId: docId,
      erasedAt: this.now().toISOString(),
      reason: opts.reason ?? 'client-request',
      ...(opts.requestId ? { requestId: opts.requestId } : {}),
      categories: [spec(kind).category],
      kept: [],
    };
    const ledgerRow = await this.ledger.rowWith(entry);
    await db.transaction('rw', [db.records, db.changes, db.chunks, db.meta], async () => {
      await db.records.delete(docId);
      await db.changes.where('recordId').equals(docId).delete();
      await db.chunks.where('docId').equals(docId).delete();
      await db.meta.put(ledgerRow);
    });
    await this.audit.append({ action: 'erasure', clientId });
    this.lastRelocation = (await this.deps.relocate?.().catch(() => false)) ?? false;
    await this.deps.afterErase?.(entry).catch(() => undefined);
    return entry;
  }

  /**
   * Erases one logbook entry (plain or sealed) like a document: the entry, its versions, the
   * drafts of its edits and their change rows go, and the contact index is rebuilt without it,
   * in one transaction with a ledger line that names the item; then the store moves. A
   * sealed entry needs the compartment open (its versions are found inside the seal).
   */
  async eraseLogbookEntry(
    clientId: string,
    entryId: string,
    opts: Omit<EraseOptions, 'reason'> & { reason?: ErasureReason },
  ): Promise<ErasureEntry> {
    const logbook = this.deps.logbook;
    if (!logbook) throw new VaultError('not-found', 'No logbook');
    const rows = await logbook.erasureRows(clientId, entryId);
    this.vault.restrictions.check(clientId, 'logbook');
    await this.vault.requireAnchors(opts.passphrase);
    const row = await this.vault.database.records.get(entryId);
    const kind = row ? this.vault.kindOf(row) : null;
    const entry: ErasureEntry = {
      id: newId(),
      clientId,
      itemId: entryId,
      erasedAt: this.now().toISOString(),
      reason: opts.reason ?? 'client-request',
      ...(opts.requestId ? { requestId: opts.requestId } : {}),
      categories: kind ? [spec(kind).category] : ['logbook'],
      kept: [],
    };
    const db = this.vault.database;
    const ledgerRow = await this.ledger.rowWith(entry);
    await db.transaction('rw', [db.records, db.changes, db.meta], async () => {
      await db.records.bulkDelete(rows.ids);
      await db.changes.where('recordId').anyOf(rows.ids).delete();
      await db.records.put(rows.index);
      await db.meta.put(ledgerRow);
    });
    await this.audit.append({ action: 'erasure', clientId });
    this.lastRelocation = (await this.deps.relocate?.().catch(() => false)) ?? false;
    await this.deps.afterErase?.(entry).catch(() => undefined);
    return entry;
  }

  /** Whether the last erasure moved the vault to a fresh store (false: no buckets here). */
  lastRelocation = false;

  /** Records of the client (but kept kinds), their change rows and every document chunk. */
  private async deleteRows(clientId: string): Promise<void> {
    const db = this.vault.database;
    await db.transaction('rw', db.records, db.changes, db.chunks, async () => {
      const keptIds = new Set<string>();
      for (const kind of keptKinds()) {
        const ids = await db.records
          .where({ clientId, kind: this.vault.kindTag(kind) })
          .primaryKeys();
        for (const id of ids) keptIds.add(id);
      }
      if (keptIds.size === 0) {
        await db.records.where('clientId').equals(clientId).delete();
        await db.changes.where('clientId').equals(clientId).delete();
      } else {
        const ids = await db.records.where('clientId').equals(clientId).primaryKeys();
        await db.records.bulkDelete(ids.filter((id) => !keptIds.has(id)));
        const changes = await db.changes.where('clientId').equals(clientId).toArray();
        await db.changes.bulkDelete(
          changes.filter((c) => !keptIds.has(c.recordId)).map((c) => c.seq as number),
        );
      }
      await db.chunks.where('clientId').equals(clientId).delete();
    });
  }

  private async requireClient(clientId: string): Promise<void> {
    if (!(await this.vault.database.clientKeys.get(clientId))) {
      throw new VaultError('not-found', `No client ${clientId}`);
    }
  }
}
