import { VaultError } from '../../shared/crypto/errors';
import type { IsoDate } from '../../shared/domain/iso-date';
import {
  ALL_SHAREABLE,
  cvConsentFor,
  defaultOrigin,
  emptyOrigins,
  isRecipientRow,
  RECIPIENT_KIND,
  RECORD_ORIGINS_KIND,
  recordOriginsSchema,
  validateRecipient,
  type Origin,
  type RecipientErrors,
  type RecipientInput,
  type RecipientRow,
  type RecordOrigins,
} from '../../shared/domain/recipients';
import { ClientRepository } from './clients';
import type { ConsentRepository } from './consent';
import { ClientRecords } from './records';
import type { StoredRecord, Vault } from './vault';

export type StoredRecipient = StoredRecord<RecipientRow>;

const pad = (n: number) => String(n).padStart(2, '0');
const localToday = (): IsoDate => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

const newestFirst = (a: StoredRecipient, b: StoredRecipient) =>
  a.data.sentOn === b.data.sentOn
    ? b.data.recordedAt.localeCompare(a.data.recordedAt)
    : b.data.sentOn.localeCompare(a.data.sentOn);

/** Restriction and objection, as the register asks them before anything goes out. */
export interface ProcessingGate {
  isRestricted(clientId: string): boolean;
  assertMayProcess(clientId: string, processing: 'employer-sharing'): Promise<void>;
}

/** The verdict on sending a client's CV to an employer. */
export type CvShareCheck = { allowed: true; groundId: string; ground: string } | { allowed: false };

/** The records whose origin the dossier shows (documents carry their own). */
export const ORIGIN_KINDS = [
  'client',
  'cv',
  'uwv-trajectory',
  'poortwachter-case-sealed',
  'poortwachter-case',
  'health',
] as const;

export interface OriginRow {
  recordId: string;
  kind: (typeof ORIGIN_KINDS)[number];
  origin: Origin;
  note: string;
  /** Not set by the coach: the kind's default. */
  isDefault: boolean;
}

/**
 * The recipients register and the origin map of each client, both sealed under the client's
 * key. Rows are only added, never changed: the register records what went out.
 */
export class RecipientRepository {
  private readonly records: ClientRecords<RecipientRow>;
  private readonly origins: ClientRecords<RecordOrigins>;
  private readonly clients: ClientRepository;
  private readonly listeners = new Set<(clientId: string) => void>();

  constructor(
    private readonly vault: Vault,
    private readonly consents: Pick<ConsentRepository, 'load'>,
    private readonly today: () => IsoDate = localToday,
    private readonly gate?: ProcessingGate,
  ) {
    this.records = new ClientRecords<RecipientRow>(vault, RECIPIENT_KIND);
    this.origins = new ClientRecords<RecordOrigins>(vault, RECORD_ORIGINS_KIND);
    this.clients = new ClientRepository(vault);
  }

  /** A client's recipients, newest first; a row of an unknown shape is left out. */
  async list(clientId: string): Promise<StoredRecipient[]> {
    const rows = await this.records.list(clientId);
    return rows.filter((r) => isRecipientRow(r.data)).sort(newestFirst);
  }

  /** Adds a row as the app makes it (export, CV, document); checked before sealing. */
  async add(
    clientId: string,
    row: Omit<RecipientRow, 'recordedAt'> & { recordedAt?: string },
  ): Promise<StoredRecipient> {
    const data: RecipientRow = { ...row, recordedAt: row.recordedAt ?? new Date().toISOString() };
    if (!isRecipientRow(data)) throw new VaultError('unsupported-format', 'Not a valid recipient');
    // While restricted only the export to the client goes out (AVG art. 18).
    if (data.source !== 'export' && this.gate?.isRestricted(clientId))
      throw new VaultError('restricted', `Processing of client ${clientId} is restricted`);
    await this.clients.get(clientId);
    const saved = await this.records.save(clientId, data);
    this.notify(clientId);
    return saved;
  }

  /** A row the coach entered; field errors are i18n keys. */
  async addManual(
    clientId: string,
    input: RecipientInput,
  ): Promise<{ ok: true; row: StoredRecipient } | { ok: false; errors: RecipientErrors }> {
    const checked = validateRecipient(input, this.today());
    if (!checked.ok) return checked;
    const row = await this.add(clientId, {
      ...checked.value,
      consentGroundId: null,
      source: 'manual',
      requestId: null,
      documentId: null,
    });
    return { ok: true, row };
  }

  /** After an access or portability export: the client received all of it. */
  recordExport(
    clientId: string,
    delivery: { on: IsoDate; how: string; requestId: string | null },
  ): Promise<StoredRecipient> {
    return this.add(clientId, {
      recipient: 'Cliënt zelf',
      categories: [...ALL_SHAREABLE],
      sentOn: delivery.on,
      consentGroundId: null,
      ground: 'Inzageverzoek (AVG art. 15)',
      channel: channelOf(delivery.how),
      description: `Volledig dossier (export)${delivery.how ? ` — ${delivery.how}` : ''}`,
      source: 'export',
      requestId: delivery.requestId,
      documentId: null,
    });
  }

  /**
   * May the CV go to this employer: a standing consent in the register naming it (or all
   * employers). Fails closed on a register of an unknown shape.
   */
  async checkCvShare(clientId: string, employer: string): Promise<CvShareCheck> {
    try {
      const client = await this.clients.get(clientId);
      const register = await this.consents.load(clientId);
      const ground = cvConsentFor(
        register,
        employer,
        { birthDate: client.geboortedatum },
        this.today(),
      );
      if (!ground) return { allowed: false };
      return {
        allowed: true,
        groundId: ground.id,
        ground: `Toestemming cv naar werkgevers (gegeven ${ground.givenOn})`,
      };
    } catch (e) {
      if (e instanceof VaultError && e.code === 'unsupported-format') return { allowed: false };
      throw e;
    }
  }

  /**
   * After the CV PDF was saved for an employer. Without a consent ground the coach's own
   * ground text is required: a CV never goes out on nothing.
   */
  async recordCv(
    clientId: string,
    share: { employer: string; groundText?: string },
  ): Promise<StoredRecipient> {
    // Restricted, or an objection to sharing with employers: no ground makes it go out.
    await this.gate?.assertMayProcess(clientId, 'employer-sharing');
    const check = await this.checkCvShare(clientId, share.employer);
    const text = share.groundText?.trim() ?? '';
    if (!check.allowed && !text)
      throw new VaultError(
        'no-legal-ground',
        'No consent for this employer and no ground recorded',
      );
    return this.add(clientId, {
      recipient: share.employer.trim(),
      categories: ['cv'],
      sentOn: this.today(),
      consentGroundId: check.allowed ? check.groundId : null,
      ground: check.allowed ? check.ground : text,
      channel: 'download',
      description: 'Cv als pdf',
      source: 'cv-pdf',
      requestId: null,
      documentId: null,
    });
  }

  /** After a document with direction 'verzonden' was added: it went to its counterparty. */
  recordDocumentSent(
    clientId: string,
    doc: { id: string; counterparty: string; date: IsoDate; fileName: string; sealed: boolean },
  ): Promise<StoredRecipient> {
    return this.add(clientId, {
      recipient: doc.counterparty,
      categories: [doc.sealed ? 'other-special' : 'document'],
      sentOn: doc.date,
      consentGroundId: null,
      ground: 'Uitvoering van de re-integratieopdracht (zie toestemmingen en grondslagen)',
      channel: 'other',
      // A sealed document's name is compartment data: the register, under the client key,
      // keeps only that a sealed document went out.
      description: doc.sealed ? 'Verzegeld document' : doc.fileName,
      source: 'document',
      requestId: null,
      documentId: doc.id,
    });
  }

  // -------------------------------------------------------------------------------------
  // Origin

  async loadOrigins(clientId: string): Promise<RecordOrigins> {
    const row = await this.origins.get(this.vault.singletonId(clientId, RECORD_ORIGINS_KIND));
    if (!row) return emptyOrigins();
    const parsed = recordOriginsSchema.safeParse(row.data);
    if (!parsed.success) throw new VaultError('unsupported-format', 'Origin map of unknown shape');
    return parsed.data;
  }

  /** The origin of each of the client's main records, stored or by default. */
  async originRows(clientId: string): Promise<OriginRow[]> {
    const map = await this.loadOrigins(clientId);
    const out: OriginRow[] = [];
    for (const kind of ORIGIN_KINDS) {
      // The row's id and kind are readable without opening it (nor the compartment).
      for (const row of await this.vault.rowsOf(clientId, kind)) {
        const set = map.entries.find((e) => e.recordId === row.id);
        out.push({
          recordId: row.id,
          kind,
          origin: set?.origin ?? defaultOrigin(kind),
          note: set?.note ?? '',
          isDefault: !set,
        });
      }
    }
    return out;
  }

  async setOrigin(clientId: string, recordId: string, origin: Origin, note = ''): Promise<void> {
    const row = await this.vault.database.records.get(recordId);
    if (!row || row.clientId !== clientId)
      throw new VaultError('not-found', `No record ${recordId} of this client`);
    const map = await this.loadOrigins(clientId);
    const entries = map.entries.filter((e) => e.recordId !== recordId);
    entries.push({ recordId, origin, note: note.trim().slice(0, 200) });
    await this.origins.save(
      clientId,
      { entries },
      this.vault.singletonId(clientId, RECORD_ORIGINS_KIND),
    );
    this.notify(clientId);
  }

  /** Called with a client id after every stored change, so screens can reload. */
  subscribe(listener: (clientId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(clientId: string): void {
    for (const l of this.listeners) l(clientId);
  }
}

/** The wizard's "how" in words to a channel: USB, e-mail, post, portal; else other. */
function channelOf(how: string): RecipientRow['channel'] {
  const h = how.toLowerCase();
  if (/usb/.test(h)) return 'usb';
  if (/e-?mail/.test(h)) return 'email';
  if (/post/.test(h)) return 'post';
  if (/portal/.test(h)) return 'portal';
  if (/download/.test(h)) return 'download';
  return 'other';
}
