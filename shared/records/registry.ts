import { clientInputSchema, type Client } from '../domain/client';
import {
  CONSENT_REGISTER_KIND,
  consentRegisterSchema,
  type ConsentRegister,
} from '../domain/consent';
import { CV_DRAFT_KIND, CV_KIND, cvSchema, type CvRecord } from '../domain/cv';
import {
  DOCUMENT_KIND,
  documentMetaSchema,
  SEALED_DOCUMENT_KIND,
  sealedDocumentMetaSchema,
  type DocumentMeta,
  type SealedDocumentMeta,
} from '../domain/documents';
import {
  CLIENT_DRAFT_KIND,
  CONSENT_DRAFT_KIND,
  HEALTH_DRAFT_KIND,
  POORTWACHTER_DRAFT_KIND,
  TRAJECTORY_DRAFT_KIND,
  type FormDraftData,
} from '../domain/form-drafts';
import {
  CLIENT_STATEMENT_KIND,
  clientStatementSchema,
  FIELD_HISTORY_KIND,
  FIELD_HISTORY_SEALED_KIND,
  fieldHistorySchema,
  type ClientStatement,
  type FieldHistory,
} from '../domain/field-history';
import { HEALTH_KIND, healthSchema, type HealthFields } from '../domain/health';
import { OFFICE_LINK_KIND, officeLinkSchema, type OfficeLink } from '../domain/office-link';
import {
  LOGBOOK_DRAFT_KIND,
  LOGBOOK_INDEX_KIND,
  LOGBOOK_KIND,
  LOGBOOK_SEALED_DRAFT_KIND,
  LOGBOOK_SEALED_KIND,
  LOGBOOK_SEALED_VERSION_KIND,
  LOGBOOK_VERSION_KIND,
  logbookInputSchema,
  type LogbookEntry,
  type LogbookIndex,
  type LogbookVersion,
} from '../domain/logbook';
import {
  POORTWACHTER_CASE_KIND,
  POORTWACHTER_CASE_VERSION,
  POORTWACHTER_SEALED_KIND,
  poortwachterCaseSchema,
  type PoortwachterCase,
} from '../domain/poortwachter-case';
import {
  POORTWACHTER_DEADLINES_KIND,
  poortwachterProjectionSchema,
  type PoortwachterProjection,
} from '../domain/poortwachter-projection';
import {
  RECIPIENT_KIND,
  recipientSchema,
  RECORD_ORIGINS_KIND,
  recordOriginsSchema,
  type RecipientRow,
  type RecordOrigins,
} from '../domain/recipients';
import { REQUEST_KIND, requestSchema, type DataSubjectRequest } from '../domain/requests';
import {
  RETENTION_HOLD_KIND,
  RETENTION_HOLD_LABELS,
  retentionHoldSchema,
  type RetentionHold,
} from '../domain/retention-hold';
import {
  UWV_TRAJECTORY_KIND,
  uwvTrajectorySchema,
  type UwvTrajectory,
} from '../domain/uwv-trajectory';
import {
  HOURS_KIND,
  hoursRowSchema,
  INVOICE_REFERENCE_KIND,
  invoiceReferenceSchema,
  type HoursRow,
  type InvoiceReference,
} from '../domain/financial';
import {
  OBJECTION_KIND,
  objectionSchema,
  RESTRICTION_KIND,
  restrictionSchema,
  type Objection,
  type Restriction,
} from '../domain/restriction';
import { kind } from './kind-spec';
import { OFFICE_PURPOSES } from './office-purposes';
import {
  HOURS_LABELS,
  INVOICE_REFERENCE_LABELS,
  OBJECTION_LABELS,
  RESTRICTION_LABELS,
} from './labels-rights';
import type { RecordKindName } from './kinds';
import {
  CLIENT_LABELS,
  CLIENT_STATEMENT_LABELS,
  CV_LABELS,
  DOCUMENT_LABELS,
  DRAFT_LABELS,
  FIELD_HISTORY_LABELS,
  FORM_DRAFT_LABELS,
  HEALTH_LABELS,
  OFFICE_LINK_LABELS,
  LOGBOOK_LABELS,
  POORTWACHTER_DEADLINES_LABELS,
  POORTWACHTER_LABELS,
  RECIPIENT_LABELS,
  RECORD_ORIGINS_LABELS,
  REQUEST_LABELS,
  SEALED_DOCUMENT_LABELS,
  TRAJECTORY_LABELS,
  VERSION_LABELS,
  type LogbookDraftData,
} from './labels';

export * from './kind-spec';
export { RECORD_KIND_NAMES, type RecordKindName } from './kinds';

export const CLIENT_KIND = 'client';
export const COMPARTMENT_CLIENT_KEY_KIND = 'compartment-client-key';

/** A client's compartment key pair as stored (the secret sealed to the master). */
export interface CompartmentKeyData {
  publicKey: string;
  wrappedSecret: string;
  mac?: string;
  macEpoch?: number;
}

const title = (nl: string, en: string) => ({ nl, en });

/**
 * The one list of record kinds the vault stores, each classified. Export, erasure,
 * retention, backups and office sync walk this table; no other code keeps a list of kinds,
 * except kinds.ts: the bare names for the vault's unlock path, checked against this table.
 * Adding a kind: add its entry here. The compiler then asks for its schema version, data
 * category, compartment flag, retention class and a Dutch and English label for every
 * field; and the vault refuses to store a kind that is not in this table (RecordKind).
 */
export const RECORD_KINDS = {
  [CLIENT_KIND]: kind<Client>({
    schema: clientInputSchema,
    version: 1,
    category: 'personalia',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'personalia',
      title: title('Personalia', 'Personal details'),
      fields: CLIENT_LABELS,
    },
    fieldHistory: true,
    office: [
      { field: 'clientnummer', group: 'client', purpose: OFFICE_PURPOSES.clientNumber },
      { field: 'voornaam', group: 'client', purpose: OFFICE_PURPOSES.displayName },
      { field: 'tussenvoegsel', group: 'client', purpose: OFFICE_PURPOSES.displayName },
      { field: 'achternaam', group: 'client', purpose: OFFICE_PURPOSES.displayName },
    ],
    carry: 'client',
  }),
  [CLIENT_DRAFT_KIND]: kind<FormDraftData>({
    schema: null,
    version: 1,
    category: 'personalia',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'personalia',
      title: title('Niet-opgeslagen wijzigingen in de personalia', 'Unsaved personal details'),
      fields: FORM_DRAFT_LABELS,
    },
    office: [],
    carry: 'not-carried',
  }),
  [CV_KIND]: kind<CvRecord>({
    schema: cvSchema,
    version: 1,
    category: 'cv',
    compartment: false,
    retention: 'dossier',
    export: { section: 'cv', title: title('Cv', 'CV'), fields: CV_LABELS },
    fieldHistory: true,
    office: [],
    carry: 'own-id',
  }),
  [CV_DRAFT_KIND]: kind<{ draft: unknown; savedAt: string }>({
    schema: null,
    version: 1,
    category: 'cv',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'cv',
      title: title('Niet opgeslagen cv-wijzigingen', 'Unsaved CV changes'),
      fields: {
        draft: { nl: 'Concept van het cv', en: 'CV draft' },
        savedAt: { nl: 'Bewaard op', en: 'Kept on' },
      },
    },
    office: [],
    carry: 'not-carried',
  }),
  [LOGBOOK_KIND]: kind<LogbookEntry>({
    schema: logbookInputSchema,
    version: 1,
    category: 'logbook',
    compartment: false,
    retention: 'coaching-report',
    export: { section: 'logbook', title: title('Logboek', 'Logbook'), fields: LOGBOOK_LABELS },
    office: [],
    carry: 'own-id',
  }),
  [LOGBOOK_VERSION_KIND]: kind<LogbookVersion>({
    schema: logbookInputSchema,
    version: 1,
    category: 'logbook',
    compartment: false,
    retention: 'coaching-report',
    export: {
      section: 'logbook',
      title: title('Eerdere versies van logboekregels', 'Earlier versions of logbook entries'),
      fields: VERSION_LABELS,
    },
    office: [],
    carry: 'own-id',
  }),
  [LOGBOOK_DRAFT_KIND]: kind<LogbookDraftData>({
    schema: null,
    version: 1,
    category: 'logbook',
    compartment: false,
    retention: 'coaching-report',
    export: { section: 'logbook', title: title('Concepten', 'Drafts'), fields: DRAFT_LABELS },
    office: [],
    carry: 'not-carried',
  }),
  [LOGBOOK_INDEX_KIND]: kind<LogbookIndex>({
    schema: null,
    version: 1,
    category: 'logbook',
    compartment: false,
    retention: 'coaching-report',
    // Derived from the entries (when and how long): exported through them, not on its own.
    export: { section: 'none', title: title('Contactoverzicht', 'Contact index'), fields: null },
    // Only when and how long: the shaper drops the follow-up dates (shared/sync/projection.ts).
    office: [
      { field: 'contacts', group: 'contact', purpose: OFFICE_PURPOSES.lastContact },
      { field: 'contacts', group: 'hours', purpose: OFFICE_PURPOSES.hours },
    ],
    carry: 'rebuilt',
  }),
  [LOGBOOK_SEALED_KIND]: kind<LogbookEntry>({
    schema: logbookInputSchema,
    version: 1,
    category: 'other-special',
    compartment: true,
    retention: 'coaching-report',
    export: {
      section: 'logbook',
      title: title('Verzegelde logboekregels', 'Sealed logbook entries'),
      fields: LOGBOOK_LABELS,
    },
    office: [],
    carry: 'own-id',
  }),
  [LOGBOOK_SEALED_VERSION_KIND]: kind<LogbookVersion>({
    schema: logbookInputSchema,
    version: 1,
    category: 'other-special',
    compartment: true,
    retention: 'coaching-report',
    export: {
      section: 'logbook',
      title: title('Eerdere versies van verzegelde regels', 'Earlier versions of sealed entries'),
      fields: VERSION_LABELS,
    },
    office: [],
    carry: 'own-id',
  }),
  [LOGBOOK_SEALED_DRAFT_KIND]: kind<LogbookDraftData>({
    schema: null,
    version: 1,
    category: 'other-special',
    compartment: true,
    retention: 'coaching-report',
    export: {
      section: 'logbook',
      title: title('Verzegelde concepten', 'Sealed drafts'),
      fields: DRAFT_LABELS,
    },
    office: [],
    carry: 'not-carried',
  }),
  // Before v2 the case, sick dates included, was sealed with the client key so the dashboard
  // could read it. Such rows still load (and feed the dashboard) until the next save with the
  // compartment open moves them into POORTWACHTER_SEALED_KIND; nothing new is written here.
  [POORTWACHTER_CASE_KIND]: kind<PoortwachterCase>({
    schema: poortwachterCaseSchema,
    version: 1,
    category: 'poortwachter',
    compartment: false,
    retention: 'medical',
    export: {
      section: 'poortwachter',
      title: title('Wet verbetering poortwachter', 'Gatekeeper Improvement Act'),
      fields: POORTWACHTER_LABELS,
    },
    office: [],
    carry: 'own-id',
  }),
  [POORTWACHTER_DRAFT_KIND]: kind<FormDraftData>({
    schema: null,
    version: 1,
    category: 'poortwachter',
    // Typed sick dates are health data, like the case they belong to.
    compartment: true,
    retention: 'medical',
    export: {
      section: 'poortwachter',
      title: title('Niet-opgeslagen poortwachterinvoer', 'Unsaved gatekeeper input'),
      fields: FORM_DRAFT_LABELS,
    },
    office: [],
    carry: 'not-carried',
  }),
  [POORTWACHTER_SEALED_KIND]: kind<PoortwachterCase>({
    schema: poortwachterCaseSchema,
    version: POORTWACHTER_CASE_VERSION,
    category: 'poortwachter',
    // Sick dates are health data (AVG art. 9): reading them needs the passphrase and a purpose.
    compartment: true,
    retention: 'medical',
    export: {
      section: 'poortwachter',
      title: title('Wet verbetering poortwachter', 'Gatekeeper Improvement Act'),
      fields: POORTWACHTER_LABELS,
    },
    fieldHistory: true,
    office: [],
    carry: { singleton: POORTWACHTER_SEALED_KIND },
  }),
  // Derived from the sealed case at every save: steps, due dates and done / n.v.t. only, for
  // the dashboard. Exported through the case, not on its own.
  [POORTWACHTER_DEADLINES_KIND]: kind<PoortwachterProjection>({
    schema: poortwachterProjectionSchema,
    version: 1,
    category: 'poortwachter',
    compartment: false,
    retention: 'medical',
    export: {
      section: 'none',
      title: title('Poortwachtertermijnen', 'Gatekeeper deadlines'),
      fields: POORTWACHTER_DEADLINES_LABELS,
    },
    // Steps, due dates and open/done only; not `active` (whether the employee is still sick).
    office: [
      { field: 'steps', group: 'deadlines', purpose: OFFICE_PURPOSES.poortwachterDeadlines },
    ],
    carry: 'rebuilt',
  }),
  [UWV_TRAJECTORY_KIND]: kind<UwvTrajectory>({
    schema: uwvTrajectorySchema,
    version: 1,
    category: 'trajectory',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'trajectory',
      title: title('UWV-traject', 'UWV trajectory'),
      fields: TRAJECTORY_LABELS,
    },
    fieldHistory: true,
    // Not typeOther (free text), regime (WIA/WGA hints at incapacity), budget, contacts.
    office: [
      { field: 'type', group: 'trajectory', purpose: OFFICE_PURPOSES.trajectory },
      { field: 'orderNumber', group: 'trajectory', purpose: OFFICE_PURPOSES.orderNumber },
      { field: 'startDate', group: 'trajectory', purpose: OFFICE_PURPOSES.trajectory },
      { field: 'endDate', group: 'trajectory', purpose: OFFICE_PURPOSES.trajectory },
      { field: 'grantedHours', group: 'trajectory', purpose: OFFICE_PURPOSES.grantedHours },
      { field: 'milestonesDone', group: 'deadlines', purpose: OFFICE_PURPOSES.milestones },
    ],
    carry: 'own-id',
  }),
  [TRAJECTORY_DRAFT_KIND]: kind<FormDraftData>({
    schema: null,
    version: 1,
    category: 'trajectory',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'trajectory',
      title: title('Niet-opgeslagen trajectgegevens', 'Unsaved trajectory details'),
      fields: FORM_DRAFT_LABELS,
    },
    office: [],
    carry: 'not-carried',
  }),
  // v2: optional `origin` (herkomst).
  [DOCUMENT_KIND]: kind<DocumentMeta>({
    schema: documentMetaSchema,
    version: 2,
    category: 'document',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'documents',
      title: title('Documenten', 'Documents'),
      fields: DOCUMENT_LABELS,
    },
    fieldHistory: true,
    office: [],
    carry: 'file',
  }),
  // v2: optional `origin` (herkomst).
  [SEALED_DOCUMENT_KIND]: kind<SealedDocumentMeta>({
    schema: sealedDocumentMetaSchema,
    version: 2,
    category: 'other-special',
    compartment: true,
    retention: 'medical',
    export: {
      section: 'documents',
      title: title('Verzegelde documenten', 'Sealed documents'),
      fields: SEALED_DOCUMENT_LABELS,
      // The document's own content key: the bytes themselves travel under documenten/.
      withhold: ['contentKey'],
    },
    office: [],
    carry: 'file',
  }),
  [HEALTH_KIND]: kind<HealthFields>({
    schema: healthSchema,
    version: 1,
    category: 'health',
    compartment: true,
    retention: 'medical',
    export: { section: 'health', title: title('Gezondheid', 'Health'), fields: HEALTH_LABELS },
    fieldHistory: true,
    office: [],
    carry: { singleton: 'health' },
  }),
  [HEALTH_DRAFT_KIND]: kind<FormDraftData>({
    schema: null,
    version: 1,
    category: 'health',
    // Art. 9 data before it is saved is art. 9 data all the same.
    compartment: true,
    retention: 'medical',
    export: {
      section: 'health',
      title: title('Niet-opgeslagen gezondheidsgegevens', 'Unsaved health details'),
      fields: FORM_DRAFT_LABELS,
    },
    office: [],
    carry: 'not-carried',
  }),
  [CONSENT_REGISTER_KIND]: kind<ConsentRegister>({
    schema: consentRegisterSchema,
    version: 1,
    category: 'consent',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Toestemmingen en grondslagen', 'Consents and legal grounds'),
      fields: {
        representation: { nl: 'Vertegenwoordiging', en: 'Representation' },
        grounds: { nl: 'Grondslagen', en: 'Legal grounds' },
      },
    },
    // Only two yes/no flags leave: no names, employers or descriptions (projection.ts).
    office: [{ field: 'grounds', group: 'consent', purpose: OFFICE_PURPOSES.consent }],
    carry: { singleton: CONSENT_REGISTER_KIND },
  }),
  [CONSENT_DRAFT_KIND]: kind<FormDraftData>({
    schema: null,
    version: 1,
    category: 'consent',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Niet-opgeslagen grondslag of toestemming', 'Unsaved legal ground or consent'),
      fields: FORM_DRAFT_LABELS,
    },
    office: [],
    carry: 'not-carried',
  }),
  // Requests under AVG art. 12–21: facts about the client's rights, not art. 9 data, so
  // under the client key and on the dashboard without opening the compartment.
  [REQUEST_KIND]: kind<DataSubjectRequest>({
    schema: requestSchema,
    version: 1,
    category: 'request',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Verzoeken over persoonsgegevens', 'Requests about personal data'),
      fields: REQUEST_LABELS,
    },
    // Only whether a restriction or erasure request is pending or granted (projection.ts).
    office: [
      { field: 'type', group: 'status', purpose: OFFICE_PURPOSES.rights },
      { field: 'status', group: 'status', purpose: OFFICE_PURPOSES.rights },
      { field: 'outcome', group: 'status', purpose: OFFICE_PURPOSES.rights },
    ],
    carry: 'own-id',
  }),
  // A legal hold on a retention item (shared/domain/retention-hold.ts): the client may know
  // why their data is kept past its period; it is this firm's duty, so an import leaves it.
  [RETENTION_HOLD_KIND]: kind<RetentionHold>({
    schema: retentionHoldSchema,
    version: 1,
    category: 'request',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Langer bewaard (wettelijke bewaarplicht)', 'Kept longer (legal hold)'),
      fields: RETENTION_HOLD_LABELS,
    },
    office: [],
    carry: 'not-carried',
  }),
  // Who received which of the client's data (AVG art. 15(1)(c)): facts about disclosures,
  // not art. 9 data themselves, so under the client key.
  [RECIPIENT_KIND]: kind<RecipientRow>({
    schema: recipientSchema,
    version: 1,
    category: 'consent',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Ontvangers van gegevens', 'Recipients of data'),
      fields: RECIPIENT_LABELS,
    },
    office: [],
    carry: 'own-id',
  }),
  // Herkomst (AVG art. 15(1)(g)) of records other than documents, which carry their own.
  [RECORD_ORIGINS_KIND]: kind<RecordOrigins>({
    schema: recordOriginsSchema,
    version: 1,
    category: 'consent',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Herkomst van gegevens', 'Origin of data'),
      fields: RECORD_ORIGINS_LABELS,
    },
    office: [],
    carry: { singleton: RECORD_ORIGINS_KIND },
  }),
  [COMPARTMENT_CLIENT_KEY_KIND]: kind<CompartmentKeyData>({
    schema: null,
    version: 1,
    category: 'keys',
    compartment: false,
    retention: 'dossier',
    // A key is not personal data about the client: never exported, destroyed with the client.
    export: { section: 'none', title: title('Sleutel', 'Key'), fields: null },
    office: [],
    carry: 'not-carried',
  }),
  // Rectification (AVG art. 16): the earlier values of every changed field, per save, with
  // who, when and why. Personalia, CV, trajectory and the like under the client key…
  [FIELD_HISTORY_KIND]: kind<FieldHistory>({
    schema: fieldHistorySchema,
    version: 1,
    category: 'request',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Eerdere waarden van gewijzigde gegevens', 'Earlier values of changed data'),
      fields: FIELD_HISTORY_LABELS,
    },
    office: [],
    carry: 'own-id',
  }),
  // …and those of compartment kinds (health, the Poortwachter case) in the compartment: an
  // earlier value of a health field is health data.
  [FIELD_HISTORY_SEALED_KIND]: kind<FieldHistory>({
    schema: fieldHistorySchema,
    version: 1,
    category: 'health',
    compartment: true,
    retention: 'medical',
    export: {
      section: 'health',
      title: title(
        'Eerdere waarden van gewijzigde gezondheidsgegevens',
        'Earlier values of changed health data',
      ),
      fields: FIELD_HISTORY_LABELS,
    },
    office: [],
    carry: 'own-id',
  }),
  // The client's own statement on a change the coach declined: travels with every export.
  [CLIENT_STATEMENT_KIND]: kind<ClientStatement>({
    schema: clientStatementSchema,
    version: 1,
    category: 'request',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Zienswijzen van de cliënt', "The client's statements"),
      fields: CLIENT_STATEMENT_LABELS,
    },
    fieldHistory: true,
    office: [],
    carry: 'own-id',
  }),
  // Office sync (issue 14): the office's random id for the client, the status and coach a
  // planner may change, and the values that lost a conflict. Belongs to this firm's office,
  // so a portability import into another vault does not carry it.
  [OFFICE_LINK_KIND]: kind<OfficeLink>({
    schema: officeLinkSchema,
    version: 1,
    category: 'trajectory',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'trajectory',
      title: title('Kantoor', 'Office'),
      fields: OFFICE_LINK_LABELS,
    },
    office: [
      { field: 'officeClientId', group: 'client', purpose: OFFICE_PURPOSES.officeClientId },
      { field: 'coachId', group: 'client', purpose: OFFICE_PURPOSES.coach },
      { field: 'status', group: 'trajectory', purpose: OFFICE_PURPOSES.status },
    ],
    carry: 'not-carried',
  }),
  // Restriction of processing (AVG art. 18): why and since when the dossier is only stored,
  // and the notes about it. The vault refuses other writes for the client while it is active.
  [RESTRICTION_KIND]: kind<Restriction>({
    schema: restrictionSchema,
    version: 1,
    category: 'request',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Beperking van de verwerking', 'Restriction of processing'),
      fields: RESTRICTION_LABELS,
    },
    office: [],
    carry: { singleton: RESTRICTION_KIND },
  }),
  // Objections (AVG art. 21): the processing objected to, when, and the outcome.
  [OBJECTION_KIND]: kind<Objection>({
    schema: objectionSchema,
    version: 1,
    category: 'request',
    compartment: false,
    retention: 'dossier',
    export: {
      section: 'privacy',
      title: title('Bezwaren tegen verwerking', 'Objections to processing'),
      fields: OBJECTION_LABELS,
    },
    office: [],
    carry: 'own-id',
  }),
  // Financial records (7 years, tax law) live under a key of their own per client, with an
  // owner id of their own (renderer/vault/financial.ts), so erasing the client leaves them.
  // Hours are derived from the logbook: exported through it, rebuilt from it after an import.
  [HOURS_KIND]: kind<HoursRow>({
    schema: hoursRowSchema,
    version: 1,
    category: 'financial',
    compartment: false,
    retention: 'financial',
    export: {
      section: 'none',
      title: title('Uren per maand en activiteit', 'Hours per month and activity'),
      fields: HOURS_LABELS,
    },
    office: [],
    carry: 'not-carried',
  }),
  // The firm's own invoice numbers: its administration, not carried to another firm.
  [INVOICE_REFERENCE_KIND]: kind<InvoiceReference>({
    schema: invoiceReferenceSchema,
    version: 1,
    category: 'financial',
    compartment: false,
    retention: 'financial',
    export: {
      section: 'none',
      title: title('Factuurverwijzingen', 'Invoice references'),
      fields: INVOICE_REFERENCE_LABELS,
    },
    office: [],
    carry: 'not-carried',
  }),
};

export type RecordKind = keyof typeof RECORD_KINDS;

/**
 * kinds.ts lists the same kinds by name for the vault's unlock path, which must not load this
 * module. Both directions are checked here: a kind added to one and not the other, or a typo,
 * fails to compile.
 */
type SameKinds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const KIND_NAMES_MATCH_REGISTRY: SameKinds<RecordKind, RecordKindName> = true;

export const ALL_RECORD_KINDS = Object.keys(RECORD_KINDS) as RecordKind[];

export const isRecordKind = (k: string): k is RecordKind => Object.hasOwn(RECORD_KINDS, k);
