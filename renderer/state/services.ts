import { VaultError } from '../../shared/crypto/errors';
import { UWV_TRAJECTORY_KIND, type UwvTrajectory } from '../../shared/domain/uwv-trajectory';
import { AuditLog } from '../vault/audit';
import { ClientRepository } from '../vault/clients';
import { Compartment } from '../vault/compartment';
import { ConsentRepository } from '../vault/consent';
import { CvStore } from '../vault/cv';
import { DEFAULT_CHUNK_SIZE, DocumentStore } from '../vault/documents';
import { FieldHistoryRepository } from '../vault/field-history';
import { FormDraftStore } from '../vault/form-drafts';
import { HealthRepository } from '../vault/health';
import { LogbookRepository } from '../vault/logbook';
import { PoortwachterRepository } from '../vault/poortwachter';
import { DossierExporter } from '../vault/dossier-export';
import { ErasureService, type ErasureDeps } from '../vault/erasure';
import { ErasureLedger } from '../vault/erasure-ledger';
import { DossierImporter } from '../vault/dossier-import';
import { RecipientRepository } from '../vault/recipients';
import { ClientRecords } from '../vault/records';
import { RequestRepository } from '../vault/requests';
import { RetentionHoldRepository } from '../vault/retention-holds';
import { VaultRetentionStore } from '../vault/retention-store';
import { RetentionService } from './retention';
import { defaultCodec } from '../vault/codec';
import { OfficeLinkRepository } from '../vault/office-links';
import { SyncEngine } from '../vault/sync-engine';
import { SyncStore } from '../vault/sync-store';
import { platform } from '../platform';
import { RestrictionRepository } from '../vault/restriction';
import { FinancialRepository } from '../vault/financial';
import { keepFinancialInStep } from './financial-wiring';
import type { SettingsMeta } from '../vault/db';
import { BackupService } from '../vault/backup-service';
import { backupFolderPort } from './backup-restore';
import type { Vault } from '../vault/vault';
import { DashboardLoader } from './dashboard-loader';
import { startSync, stopSync } from './sync';
import { vault, vaultDb, vaultStore } from './vault-instance';

/**
 * Every repository and service of an unlocked session, built in one place. Features ask
 * `services()` for what they need and never construct a repository themselves; the whole
 * set is built at unlock and dropped at lock, so nothing of one session outlives it.
 */
export interface Services {
  clients: ClientRepository;
  logbook: LogbookRepository;
  cv: CvStore;
  poortwachter: PoortwachterRepository;
  trajectory: ClientRecords<UwvTrajectory>;
  documents: DocumentStore;
  health: HealthRepository;
  consents: ConsentRepository;
  /** The request register (access, rectification… under AVG art. 15–21). */
  requests: RequestRepository;
  /**
   * The recipients register and each record's origin (herkomst). After an export the
   * wizard calls `recipients.recordExport(clientId, { on, how, requestId })`.
   */
  recipients: RecipientRepository;
  /**
   * Restriction (AVG art. 18) and objections (art. 21). The vault itself refuses a restricted
   * client's writes; `assertMayProcess` is asked before sharing (e.g. a CV to an employer).
   */
  restrictions: RestrictionRepository;
  /** Hours per trajectory, month and activity, and invoice references (kept 7 years). */
  financial: FinancialRepository;
  /** Earlier values of changed fields, and the client's statements (rectification). */
  history: FieldHistoryRepository;
  /** Every form's unsaved input (state/useFormDraft.ts); the CV and logbook keep their own. */
  drafts: FormDraftStore;
  audit: AuditLog;
  compartment: Compartment;
  dashboard: DashboardLoader;
  /** The client's complete file as one ZIP (access and portability requests). */
  exporter: DossierExporter;
  /** Another vault's export read in as a new client. */
  importer: DossierImporter;
  /** The retention policy, the day's list of what is due, legal holds (state/retention.ts). */
  retention: RetentionService;
  /** Office sync (issue 14): enrolment, the queue, push and pull (state/sync.ts runs it). */
  sync: SyncEngine;
  /** Each client's office id, status, coach and the values that lost a conflict. */
  officeLinks: OfficeLinkRepository;
  /** Erasure of a client by crypto-shredding: preview, then erase (issue 13). */
  erasure: ErasureService;
  /** The erasure ledger (also what a backup restore replays: ErasureLedgerReader). */
  erasureLedger: ErasureLedger;
  settings: {
    load(): Promise<SettingsMeta>;
    save(s: Partial<Omit<SettingsMeta, 'key'>>): Promise<void>;
  };
  /** Backups to the chosen folder or a download; `dropClient` for erasure (state/backups.ts). */
  backups: BackupService;
  /** Runs just before the keys are wiped (e.g. to seal an open draft); returns an unsubscribe. */
  onBeforeLock(hook: () => unknown): () => void;
}

/**
 * The whole set over one vault. Exported for the tests and the demo's own test, which build
 * it over a vault of their own; the app builds it only through openServices().
 */
export function buildServices(vault: Vault, erasureDeps: ErasureDeps = {}): Services {
  const audit = new AuditLog(vault);
  const erasureLedger = new ErasureLedger(vault);
  // The compartment asks the consent register before every opening and sealed write, and
  // withdrawing the last legal ground makes the compartment forget that client.
  const consents: ConsentRepository = new ConsentRepository(vault, audit, {
    forget: (clientId) => compartment.forget(clientId),
  });
  const compartment = new Compartment(vault, audit, { legalGround: consents.hasLegalGround });
  const logbook = new LogbookRepository(vault, compartment, audit);
  const poortwachter = new PoortwachterRepository(vault, compartment);
  const documents = new DocumentStore(vault, DEFAULT_CHUNK_SIZE, undefined, compartment);
  const clients = new ClientRepository(vault);
  const requests = new RequestRepository(vault, audit);
  const trajectory = new ClientRecords<UwvTrajectory>(vault, UWV_TRAJECTORY_KIND);
  const restrictions = new RestrictionRepository(vault, audit);
  const financial = keepFinancialInStep(vault, logbook, trajectory);
  const holds = new RetentionHoldRepository(vault, audit);
  const retention = new RetentionService(
    {
      clients: async () => (await clients.listAll()).clients,
      trajectoryEnds: async () =>
        (await trajectory.listAll()).map((r) => ({
          clientId: r.clientId,
          endDate: r.data.endDate,
        })),
      requests: () => requests.listAll(),
      holds: () => holds.listAll(),
      placeHold: (clientId, hold) => holds.place(clientId, hold),
    },
    new VaultRetentionStore(vault),
    // Confirming from the dashboard opens the client's Privacy tab, where the erasure
    // dialog shows the preview and asks the passphrase (state/retention-erasure.ts);
    // `retention.confirm` erases through the same service.
    { eraseClient: (clientId, o) => erasure.eraseClient(clientId, o) },
  );
  const backups = new BackupService(vault, {
    folder: () => backupFolderPort()?.folder ?? null,
    ledger: erasureLedger,
  });
  const erasure: ErasureService = new ErasureService(vault, compartment, audit, erasureLedger, {
    logbook,
    ...erasureDeps,
    afterErase: async (entry) => {
      await (entry.itemId ? backups.dropItem(entry.itemId) : backups.dropClient(entry.clientId));
      if (!entry.itemId) await retention.forget(entry.clientId);
    },
  });
  const officeLinks = new OfficeLinkRepository(vault);
  return {
    clients,
    logbook,
    cv: new CvStore(vault),
    poortwachter,
    trajectory,
    documents,
    health: new HealthRepository(vault, compartment),
    consents,
    requests,
    recipients: new RecipientRepository(vault, consents, undefined, restrictions),
    restrictions,
    financial,
    history: new FieldHistoryRepository(vault, compartment),
    drafts: new FormDraftStore(vault, compartment, audit),
    audit,
    compartment,
    dashboard: new DashboardLoader(vault, logbook, poortwachter),
    exporter: new DossierExporter(vault, compartment, audit, documents),
    importer: new DossierImporter(vault, compartment, audit, documents),
    retention,
    sync: new SyncEngine({
      vault,
      store: new SyncStore(vault, defaultCodec),
      links: officeLinks,
      // Where the host has no route to an office yet (Electron, see docs/architecture.md).
      transport: platform.office?.transport ?? (() => Promise.reject(new Error('no route'))),
      // The office invoices the financial records' hours, not the logbook's raw durations.
      hoursOf: (clientId) => financial.hours(clientId),
      rightsOf: async (clientId) => ({
        restricted: restrictions.isRestricted(clientId),
        erasure: (await erasureLedger.isErased(clientId)) ? 'erased' : 'none',
      }),
    }),
    officeLinks,
    erasure,
    erasureLedger,
    settings: { load: () => vault.settings(), save: (s) => vault.saveSettings(s) },
    backups,
    onBeforeLock: (hook) => vault.onBeforeLock(hook),
  };
}

let current: Services | null = null;

/** The unlocked session's services; VaultError('locked') when there is none. */
export function services(): Services {
  if (!current) throw new VaultError('locked', 'The vault is locked');
  return current;
}

/**
 * Builds the services for a session about to be unlocked. Built before the keys arrive,
 * because unlocking an older vault asks the compartment to vouch for what it holds.
 */
export function openServices(): Services {
  dropServices();
  current = buildServices(vault, { relocate: () => vaultStore.relocate(vaultDb) });
  // Every wrong passphrase (compartment, session mode, passphrase change) goes into the log.
  const audit = current.audit;
  vault.throttle.auditWith((event) => audit.append(event));
  // Office sync runs while unlocked; its first round waits until the keys are there.
  startSync(current.sync);
  return current;
}

/** Drops the whole set (at lock, after the vault ran its before-lock hooks). */
export function dropServices(): void {
  if (!current) return;
  stopSync();
  current.compartment.dispose();
  vault.throttle.auditWith(null);
  current = null;
}
