import { VaultError } from '../../shared/crypto/errors';
import type { IsoDate } from '../../shared/domain/iso-date';
import {
  checkNote,
  checkReason,
  lift,
  OBJECTION_KIND,
  objectionSchema,
  objectionStops,
  restrict,
  RESTRICTION_KIND,
  restrictionSchema,
  validateObjection,
  type Objection,
  type ObjectionInput,
  type Processing,
  type Restriction,
} from '../../shared/domain/restriction';
import type { AuditLog } from './audit';
import { ClientRecords } from './records';
import type { StoredRecord, Vault } from './vault';

export type StoredObjection = StoredRecord<Objection>;

const pad = (n: number) => String(n).padStart(2, '0');
const localToday = (): IsoDate => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Thrown for input the coach must correct; `errors` are i18n keys by field. */
export class RestrictionInputError extends Error {
  constructor(readonly errors: Record<string, string>) {
    super('Invalid input');
    this.name = 'RestrictionInputError';
  }
}

/**
 * Restriction (AVG art. 18) and objection (art. 21) of one client, sealed under the client's
 * key. Restricting or lifting updates the vault's guard in the same step, so the store refuses
 * (or takes again) the client's writes at once; every change is audited with codes only (the
 * reasons stay in the dossier: the audit log outlives it).
 */
export class RestrictionRepository {
  private readonly restrictions: ClientRecords<Restriction>;
  private readonly objections: ClientRecords<Objection>;
  private readonly listeners = new Set<(clientId: string) => void>();

  constructor(
    private readonly vault: Vault,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
    private readonly today: () => IsoDate = localToday,
  ) {
    this.restrictions = new ClientRecords<Restriction>(vault, RESTRICTION_KIND);
    this.objections = new ClientRecords<Objection>(vault, OBJECTION_KIND);
  }

  private id(clientId: string): string {
    return this.vault.singletonId(clientId, RESTRICTION_KIND);
  }

  /** The client's restriction record (active or lifted), or null when there never was one. */
  async load(clientId: string): Promise<Restriction | null> {
    const row = await this.restrictions.get(this.id(clientId));
    if (!row) return null;
    const parsed = restrictionSchema.safeParse(row.data);
    if (!parsed.success)
      throw new VaultError('unsupported-format', 'Restriction record of an unknown shape');
    return parsed.data;
  }

  /** Whether the store refuses this client's writes now. */
  isRestricted(clientId: string): boolean {
    return this.vault.restrictions.isRestricted(clientId);
  }

  async restrict(
    clientId: string,
    input: { reason: string; requestId: string | null },
  ): Promise<Restriction> {
    const reason = checkReason(input.reason);
    if (!reason.ok) throw new RestrictionInputError(reason.errors);
    const current = await this.load(clientId);
    if (current?.active) return current;
    const next = restrict(current, reason.value, input.requestId, this.now().toISOString());
    await this.restrictions.save(clientId, next, this.id(clientId));
    this.vault.restrictions.set(clientId, true);
    await this.audit.append({
      action: 'restriction',
      clientId,
      facts: { kind: 'restriction', change: 'set', request: input.requestId !== null },
    });
    this.notify(clientId);
    return next;
  }

  /** Lifting needs a reason (kept in the record); refused when there is nothing to lift. */
  async lift(clientId: string, liftReason: string): Promise<Restriction> {
    const reason = checkReason(liftReason);
    if (!reason.ok) throw new RestrictionInputError(reason.errors);
    const current = await this.load(clientId);
    if (!current?.active) throw new VaultError('not-found', 'The client is not restricted');
    const next = lift(current, reason.value, this.now().toISOString());
    await this.restrictions.save(clientId, next, this.id(clientId));
    this.vault.restrictions.set(clientId, false);
    await this.audit.append({
      action: 'restriction',
      clientId,
      facts: { kind: 'restriction', change: 'lifted', request: current.requestId !== null },
    });
    this.notify(clientId);
    return next;
  }

  /** A note about the restriction: the one new entry a restricted dossier takes. */
  async addNote(clientId: string, text: string): Promise<Restriction> {
    const note = checkNote(text);
    if (!note.ok) throw new RestrictionInputError(note.errors);
    const current = await this.load(clientId);
    if (!current?.active) throw new VaultError('not-found', 'The client is not restricted');
    const next: Restriction = {
      ...current,
      notes: [...current.notes, { at: this.now().toISOString(), text: note.value }],
    };
    await this.restrictions.save(clientId, next, this.id(clientId));
    await this.audit.append({
      action: 'restriction',
      clientId,
      facts: { kind: 'restriction', change: 'note', request: current.requestId !== null },
    });
    this.notify(clientId);
    return next;
  }

  // ---- objections ---------------------------------------------------------------------

  /** A client's objections, newest first; a row of an unknown shape is left out. */
  async listObjections(clientId: string): Promise<StoredObjection[]> {
    const rows = await this.objections.list(clientId);
    return rows
      .filter((r) => objectionSchema.safeParse(r.data).success)
      .sort((a, b) => b.data.receivedOn.localeCompare(a.data.receivedOn));
  }

  /** Records a new objection (no id) or its outcome (with id). */
  async saveObjection(
    clientId: string,
    input: ObjectionInput,
    id?: string,
  ): Promise<StoredObjection> {
    const checked = validateObjection(input, this.today());
    if (!checked.ok) throw new RestrictionInputError(checked.errors);
    const before = id ? await this.objections.get(id) : undefined;
    if (id && (!before || before.clientId !== clientId))
      throw new VaultError('not-found', `No objection ${id}`);
    const data: Objection = {
      ...checked.value,
      recordedAt: before?.data.recordedAt ?? this.now().toISOString(),
    };
    const saved = await this.objections.save(clientId, data, id);
    await this.audit.append({
      action: 'restriction',
      clientId,
      facts: { kind: 'objection', processing: data.processing, outcome: data.outcome },
    });
    this.notify(clientId);
    return saved;
  }

  /**
   * Throws when this processing of the client's data must not happen: 'restricted' while the
   * dossier is restricted (sharing with third parties stops), 'objected' while an objection to
   * it is upheld or still pending. The processing's own code calls this before it starts.
   */
  async assertMayProcess(clientId: string, processing: Processing): Promise<void> {
    if (this.isRestricted(clientId))
      throw new VaultError('restricted', `Processing of client ${clientId} is restricted`);
    const objections = (await this.listObjections(clientId)).map((o) => o.data);
    if (objectionStops(objections, processing))
      throw new VaultError('objected', `The client objected to ${processing}`);
  }

  /** Called with a client id after every change, so screens can reload. */
  subscribe(listener: (clientId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(clientId: string): void {
    for (const l of this.listeners) l(clientId);
  }
}
