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
import { DossierImporter } from '../vault/dossier-import';
import { RecipientRepository } from '../vault/recipients';
import { ClientRecords } from '../vault/records';
import { RequestRepository } from '../vault/requests';
import { RestrictionRepository } from '../vault/restriction';
import { FinancialRepository } from '../vault/financial';
import { keepFinancialInStep } from './financial-wiring';
import type { SettingsMeta } from '../vault/db';
import type { Vault } from '../vault/vault';
import { DashboardLoader } from './dashboard-loader';
import { vault } from './vault-instance';

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
  settings: {
    load(): Promise<SettingsMeta>;
    save(s: Partial<Omit<SettingsMeta, 'key'>>): Promise<void>;
  };
  /** Runs just before the keys are wiped (e.g. to seal an open draft); returns an unsubscribe. */
  onBeforeLock(hook: () => unknown): () => void;
}

/**
 * The whole set over one vault. Exported for the tests and the demo's own test, which build
 * it over a vault of their own; the app builds it only through openServices().
 */
export function buildServices(vault: Vault): Services {
  const audit = new AuditLog(vault);
  // The compartment asks the consent register before every opening and sealed write, and
  // withdrawing the last legal ground makes the compartment forget that client.
  const consents: ConsentRepository = new ConsentRepository(vault, audit, {
    forget: (clientId) => compartment.forget(clientId),
  });
  const compartment = new Compartment(vault, audit, { legalGround: consents.hasLegalGround });
  const logbook = new LogbookRepository(vault, compartment, audit);
  const poortwachter = new PoortwachterRepository(vault, compartment);
  const documents = new DocumentStore(vault, DEFAULT_CHUNK_SIZE, undefined, compartment);
  const restrictions = new RestrictionRepository(vault, audit);
  const trajectory = new ClientRecords<UwvTrajectory>(vault, UWV_TRAJECTORY_KIND);
  const financial = keepFinancialInStep(vault, logbook, trajectory);
  return {
    clients: new ClientRepository(vault),
    logbook,
    cv: new CvStore(vault),
    poortwachter,
    trajectory,
    documents,
    health: new HealthRepository(vault, compartment),
    consents,
    requests: new RequestRepository(vault),
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
    settings: { load: () => vault.settings(), save: (s) => vault.saveSettings(s) },
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
  current = buildServices(vault);
  // Every wrong passphrase (compartment, session mode, passphrase change) goes into the log.
  const audit = current.audit;
  vault.throttle.auditWith((event) => audit.append(event));
  return current;
}

/** Drops the whole set (at lock, after the vault ran its before-lock hooks). */
export function dropServices(): void {
  if (!current) return;
  current.compartment.dispose();
  vault.throttle.auditWith(null);
  current = null;
}
