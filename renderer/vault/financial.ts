import { VaultError } from '../../shared/crypto/errors';
import {
  HOURS_KIND,
  hoursFromContacts,
  hoursKey,
  hoursRowSchema,
  INVOICE_REFERENCE_KIND,
  invoiceReferenceSchema,
  validateInvoice,
  type HoursRow,
  type InvoiceInput,
  type InvoiceReference,
  type TimedContact,
  type TrajectorySpan,
} from '../../shared/domain/financial';
import type { ContactType } from '../../shared/domain/logbook';
import type { RecordKind } from '../../shared/records/registry';
import type { ChangeRow, RecordRow } from './db';
import { newId, type StoredRecord, type Vault } from './vault';

/** What the hours are built from: the logbook and the trajectory, read through their stores. */
export interface HoursSource {
  /** Every contact of the client, sealed ones included (the contact index). */
  contacts(clientId: string): Promise<{ entryId: string; at: string; durationMinutes: number }[]>;
  /** The contact types that can be read without the compartment, by entry id. */
  contactTypes(clientId: string): Promise<Map<string, ContactType>>;
  trajectory(clientId: string): Promise<TrajectorySpan | null>;
}

/**
 * The owner id of a client's financial records: a keyed hash of the client id (it looks like
 * any random id in the index). Their rows and their own key are stored under it, so erasing
 * the client (its data key, its rows) leaves them and their key in place.
 */
export const financialOwnerId = (vault: Vault, clientId: string): string =>
  vault.singletonId(clientId, 'financial-owner');

/**
 * Hours per trajectory, month and activity, and invoice references: financial data kept
 * 7 years (tax law), sealed under a data key of their own per client (not the client's), so
 * crypto-shredding the client leaves them readable. The hours follow the logbook and the
 * trajectory: rebuilt after every save of either (services.ts wires that), and built from the
 * logbook on first need in a vault that had none.
 */
export class FinancialRepository {
  /** Rebuilds in flight per client, so a read waits for the last save's figures. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly vault: Vault,
    private readonly source: HoursSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  ownerId(clientId: string): string {
    return financialOwnerId(this.vault, clientId);
  }

  /** Whether the financial key exists, i.e. the records were built at least once. */
  private hasKey(owner: string): boolean {
    return this.vault.keyring.clientKey(owner) !== undefined;
  }

  /** Creates the owner's own data key on first use (wrapped by the vault key like any). */
  private async ensureKey(owner: string): Promise<void> {
    if (this.hasKey(owner)) return;
    await this.vault.loadClientKeys();
    if (this.hasKey(owner)) return;
    const { row } = this.vault.newClientKey(owner);
    await this.vault.database.clientKeys.put(row);
  }

  /** The client still exists here (its key is loaded): the logbook can be read. */
  private clientExists(clientId: string): boolean {
    return this.vault.keyring.clientKey(clientId) !== undefined;
  }

  /** Rebuilds asked for but not yet started: saves in a row share one. */
  private readonly queued = new Map<string, Promise<void>>();

  /**
   * Queues a rebuild after a save of the logbook or the trajectory; never throws. Saves in
   * quick succession share one rebuild, and a read waits for it (hours()).
   */
  refresh(clientId: string): Promise<void> {
    const waiting = this.queued.get(clientId);
    if (waiting) return waiting;
    const before = this.pending.get(clientId) ?? Promise.resolve();
    const next = before
      .then(async () => {
        this.queued.delete(clientId);
        await this.rebuild(clientId);
      })
      .catch(() => {
        // Locked or damaged meanwhile: the next read finds the totals off and rebuilds.
      });
    this.queued.set(clientId, next);
    this.pending.set(clientId, next);
    void next.finally(() => {
      if (this.pending.get(clientId) === next) this.pending.delete(clientId);
    });
    return next;
  }

  /**
   * Rewrites the client's hours rows from the logbook and the trajectory, in one transaction:
   * only the rows whose minutes changed are sealed again (each with a change row, for a later
   * sync), rows no longer backed by a contact are deleted. Refused for a client that is gone:
   * the records kept after an erasure must never be rebuilt from an empty logbook.
   */
  async rebuild(clientId: string): Promise<HoursRow[]> {
    if (!this.clientExists(clientId))
      throw new VaultError('not-found', `No client ${clientId} to build hours from`);
    const owner = this.ownerId(clientId);
    const [contacts, types, trajectory] = await Promise.all([
      this.source.contacts(clientId),
      this.source.contactTypes(clientId),
      this.source.trajectory(clientId),
    ]);
    const timed: TimedContact[] = contacts.map((c) => {
      const type = types.get(c.entryId);
      return type ? { ...c, type } : c;
    });
    const wanted = hoursFromContacts(timed, trajectory);
    await this.ensureKey(owner);
    const db = this.vault.database;
    await db.transaction('rw', db.records, db.changes, async () => {
      const existing = await this.open<HoursRow>(owner, HOURS_KIND);
      const byKey = new Map(existing.map((r) => [hoursKey(r.data), r]));
      const puts: RecordRow[] = [];
      const changes: ChangeRow[] = [];
      for (const row of wanted) {
        const id = this.vault.singletonId(owner, `hours|${hoursKey(row)}`);
        const previous = byKey.get(hoursKey(row));
        byKey.delete(hoursKey(row));
        if (previous && previous.data.minutes === row.minutes) continue;
        const { record, change } = this.vault.stampChanges<HoursRow>(
          { id, clientId: owner, kind: HOURS_KIND, data: row },
          previous,
        );
        puts.push(this.vault.sealRecord(record));
        if (change) changes.push(change);
      }
      if (puts.length > 0) await db.records.bulkPut(puts);
      if (changes.length > 0) await db.changes.bulkAdd(changes);
      const gone = [...byKey.values()].map((r) => r.id);
      if (gone.length > 0) await db.records.bulkDelete(gone);
    });
    return wanted;
  }

  /**
   * The client's hours, waiting for a rebuild in flight. Built from the logbook on first need
   * (a vault from before these records, an imported client). After an erasure the client is
   * gone and what was kept is read as it is.
   */
  async hours(clientId: string): Promise<HoursRow[]> {
    await this.pending.get(clientId);
    const owner = this.ownerId(clientId);
    if (!this.hasKey(owner)) await this.vault.loadClientKeys();
    if (!this.hasKey(owner)) {
      if (!this.clientExists(clientId)) return [];
      return this.rebuild(clientId);
    }
    const rows = (await this.open<HoursRow>(owner, HOURS_KIND))
      .map((r) => r.data)
      .filter((d) => hoursRowSchema.safeParse(d).success)
      .sort((a, b) => a.month.localeCompare(b.month) || a.activity.localeCompare(b.activity));
    // A rebuild lost to a lock or a crash shows as totals that differ from the logbook's.
    if (this.clientExists(clientId)) {
      const logged = (await this.source.contacts(clientId)).reduce(
        (n, c) => n + Math.max(0, c.durationMinutes),
        0,
      );
      if (logged !== rows.reduce((n, r) => n + r.minutes, 0)) return this.rebuild(clientId);
    }
    return rows;
  }

  async invoices(clientId: string): Promise<StoredRecord<InvoiceReference>[]> {
    const owner = this.ownerId(clientId);
    if (!this.hasKey(owner)) await this.vault.loadClientKeys();
    if (!this.hasKey(owner)) return [];
    return (await this.open<InvoiceReference>(owner, INVOICE_REFERENCE_KIND))
      .filter((r) => invoiceReferenceSchema.safeParse(r.data).success)
      .sort((a, b) => b.data.invoicedOn.localeCompare(a.data.invoicedOn));
  }

  /** Adds an invoice reference; field errors are i18n keys. */
  async addInvoice(
    clientId: string,
    input: InvoiceInput,
    trajectoryId?: string,
  ): Promise<
    | { ok: true; row: StoredRecord<InvoiceReference> }
    | { ok: false; errors: Partial<Record<keyof InvoiceInput, string>> }
  > {
    const checked = validateInvoice(input);
    if (!checked.ok) return checked;
    if (!this.clientExists(clientId)) throw new VaultError('not-found', `No client ${clientId}`);
    const owner = this.ownerId(clientId);
    await this.ensureKey(owner);
    const data: InvoiceReference = {
      ...(trajectoryId ? { trajectoryId } : {}),
      ...checked.value,
      recordedAt: this.now().toISOString(),
    };
    const { record, change } = this.vault.stampChanges<InvoiceReference>(
      { id: newId(), clientId: owner, kind: INVOICE_REFERENCE_KIND, data },
      undefined,
    );
    const db = this.vault.database;
    await db.transaction('rw', db.records, db.changes, async () => {
      await db.records.add(this.vault.sealRecord(record));
      if (change) await db.changes.add(change);
    });
    return { ok: true, row: record };
  }

  private async open<T>(owner: string, kind: RecordKind): Promise<StoredRecord<T>[]> {
    const out: StoredRecord<T>[] = [];
    for (const row of await this.vault.rowsOf(owner, kind)) {
      try {
        out.push(this.vault.openRecord<T>(row));
      } catch (e) {
        // A damaged row is left out of the figures rather than stopping the overview.
        if (!(e instanceof VaultError)) throw e;
      }
    }
    return out;
  }
}
