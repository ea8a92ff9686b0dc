import type { Client } from '../domain/client';
import type { CvRecord } from '../domain/cv';
import type { DocumentMeta, SealedDocumentMeta } from '../domain/documents';
import type { FormDraftData } from '../domain/form-drafts';
import type { ClientStatement, FieldHistory } from '../domain/field-history';
import type { HealthFields } from '../domain/health';
import type { OfficeLink } from '../domain/office-link';
import type { LogbookEntry, LogbookFormValues, LogbookVersion } from '../domain/logbook';
import type { DataSubjectRequest } from '../domain/requests';
import type { RecipientRow, RecordOrigins } from '../domain/recipients';
import type { PoortwachterCase } from '../domain/poortwachter-case';
import type { PoortwachterProjection } from '../domain/poortwachter-projection';
import type { UwvTrajectory } from '../domain/uwv-trajectory';
import type { FieldLabels } from './kind-spec';

// How each field is named in the client's access export, in Dutch and English. The types
// make every field of every kind need a label: a new field without one fails the build.

/** A logbook draft as stored (renderer/vault/logbook.ts LogbookDraft). */
export interface LogbookDraftData {
  entryId: string | null;
  input: LogbookFormValues;
  sealed?: boolean;
  savedAt: string;
}

const l = (nl: string, en: string) => ({ nl, en });

const CREATED = l('Aangemaakt op', 'Created on');
const UPDATED = l('Laatst gewijzigd op', 'Last changed on');

export const CLIENT_LABELS: FieldLabels<Client> = {
  id: l('Dossiernummer (intern)', 'File number (internal)'),
  voornaam: l('Voornaam', 'First name'),
  voorletters: l('Voorletters', 'Initials'),
  tussenvoegsel: l('Tussenvoegsel', 'Name prefix'),
  achternaam: l('Achternaam', 'Surname'),
  geslacht: l('Geslacht', 'Gender'),
  geboortedatum: l('Geboortedatum', 'Date of birth'),
  geboorteplaats: l('Geboorteplaats', 'Place of birth'),
  straat: l('Straat', 'Street'),
  huisnummer: l('Huisnummer', 'House number'),
  toevoeging: l('Toevoeging', 'Addition'),
  postcode: l('Postcode', 'Postcode'),
  woonplaats: l('Woonplaats', 'City'),
  telefoon: l('Telefoon', 'Phone'),
  email: l('E-mail', 'Email'),
  clientnummer: l('Cliëntnummer', 'Client number'),
  bsn: l('BSN', 'Citizen service number (BSN)'),
  archived: l('Gearchiveerd', 'Archived'),
  archivedAt: l('Gearchiveerd op', 'Archived on'),
  createdAt: CREATED,
  updatedAt: UPDATED,
};

export const CV_LABELS: FieldLabels<CvRecord> = {
  include: l('Op het cv', 'On the CV'),
  profile: l('Profiel', 'Profile'),
  work: l('Werkervaring', 'Work experience'),
  education: l('Opleidingen', 'Education'),
  courses: l('Cursussen en certificaten', 'Courses and certificates'),
  skills: l('Vaardigheden', 'Skills'),
  languages: l('Talen', 'Languages'),
  licences: l('Rijbewijzen', 'Driving licences'),
  mobility: l('Mobiliteit', 'Mobility'),
  references: l('Referenties', 'References'),
  updatedAt: UPDATED,
};

export const LOGBOOK_LABELS: FieldLabels<LogbookEntry> = {
  at: l('Datum en tijd', 'Date and time'),
  durationMinutes: l('Duur (minuten)', 'Duration (minutes)'),
  contactType: l('Contactvorm', 'Type of contact'),
  participants: l('Deelnemers', 'Participants'),
  summary: l('Verslag van het gesprek', 'Account of the conversation'),
  agreements: l('Afspraken en vervolgstappen', 'Agreements and next steps'),
  followUpDate: l('Vervolgafspraak', 'Follow-up date'),
  version: l('Versie', 'Version'),
  createdAt: CREATED,
  updatedAt: UPDATED,
};

export const VERSION_LABELS: FieldLabels<LogbookVersion> = {
  ...LOGBOOK_LABELS,
  entryId: l('Hoort bij logboekregel', 'Belongs to logbook entry'),
};

export const DRAFT_LABELS: FieldLabels<LogbookDraftData> = {
  entryId: l('Hoort bij logboekregel', 'Belongs to logbook entry'),
  input: l('Concepttekst', 'Draft text'),
  sealed: l('Verzegeld', 'Sealed'),
  savedAt: l('Bewaard op', 'Kept on'),
};

/** Any editor's unsaved input (shared/domain/form-drafts.ts), as typed, not yet checked. */
export const FORM_DRAFT_LABELS: FieldLabels<FormDraftData> = {
  editor: l('Formulier', 'Form'),
  values: l('Niet-opgeslagen invoer', 'Unsaved input'),
  savedAt: l('Bewaard op', 'Kept on'),
};

export const POORTWACHTER_LABELS: FieldLabels<PoortwachterCase> = {
  medical: l('Ziekmeldingen en herstel', 'Sick reports and recovery'),
  extensions: l(
    'Verlengingen (loonsanctie of vrijwillig)',
    'Extensions (wage sanction or voluntary)',
  ),
  done: l('Uitgevoerde stappen', 'Steps done'),
  takeover: l('Overname van het dossier', 'Takeover of the case'),
  doneBeforeTakeover: l('Gedaan vóór overname', 'Done before takeover'),
  notApplicable: l('Niet van toepassing, met reden', 'Not applicable, with reason'),
};

export const POORTWACHTER_DEADLINES_LABELS: FieldLabels<PoortwachterProjection> = {
  active: l('Termijnen lopen', 'Deadlines running'),
  steps: l('Stappen en uiterste data', 'Steps and due dates'),
};

export const TRAJECTORY_LABELS: FieldLabels<UwvTrajectory> = {
  type: l('Soort traject', 'Type of trajectory'),
  typeOther: l('Ander traject', 'Other trajectory'),
  supportLevel: l('Begeleidingsniveau', 'Support level'),
  regime: l('Regime', 'Regime'),
  orderNumber: l('Ordernummer', 'Order number'),
  ajNumber: l('AJ-nummer', 'AJ number'),
  startDate: l('Startdatum', 'Start date'),
  endDate: l('Einddatum', 'End date'),
  grantedHours: l('Toegekende uren', 'Granted hours'),
  budget: l('Budget', 'Budget'),
  uwvContact: l('Contactpersoon UWV', 'UWV contact'),
  arbeidsdeskundige: l('Arbeidsdeskundige', 'Labour expert'),
  adReport: l('Arbeidsdeskundig rapport', "Labour expert's report"),
  fml: l('Functionele mogelijkhedenlijst (FML)', 'Functional capacity list (FML)'),
  milestonesDone: l('Afgeronde mijlpalen', 'Milestones done'),
};

export const DOCUMENT_LABELS: FieldLabels<DocumentMeta> = {
  direction: l('Richting', 'Direction'),
  date: l('Datum', 'Date'),
  counterparty: l('Afzender of ontvanger', 'Sender or recipient'),
  description: l('Omschrijving', 'Description'),
  fileName: l('Bestandsnaam', 'File name'),
  type: l('Soort bestand', 'File type'),
  size: l('Grootte', 'Size'),
  chunkSize: l('Deelgrootte (technisch)', 'Chunk size (technical)'),
  chunkCount: l('Aantal delen (technisch)', 'Number of chunks (technical)'),
  addedAt: l('Toegevoegd op', 'Added on'),
  origin: l('Herkomst', 'Origin'),
};

export const SEALED_DOCUMENT_LABELS: FieldLabels<SealedDocumentMeta> = {
  ...DOCUMENT_LABELS,
  contentKey: l('Sleutel (technisch, niet geëxporteerd)', 'Key (technical, not exported)'),
};

export const HEALTH_LABELS: FieldLabels<HealthFields> = {
  functionalLimitations: l('Functionele beperkingen', 'Functional limitations'),
  remainingCapacity: l('Resterende mogelijkheden', 'Remaining capacity'),
  expectedDuration: l('Verwachte duur', 'Expected duration'),
  incapacityClass: l('Mate van arbeidsongeschiktheid', 'Degree of incapacity'),
  incapacityPercentage: l('Percentage arbeidsongeschiktheid', 'Incapacity percentage'),
  adjustments: l('Aanpassingen', 'Adjustments'),
  occupationalPhysician: l('Bedrijfsarts', 'Occupational physician'),
};

export const REQUEST_LABELS: FieldLabels<DataSubjectRequest> = {
  type: l('Soort verzoek', 'Type of request'),
  receivedOn: l('Ontvangen op', 'Received on'),
  channel: l('Ontvangen via', 'Received by'),
  description: l('Omschrijving', 'Description'),
  requester: l('Ingediend door', 'Made by'),
  representativeName: l('Naam vertegenwoordiger', 'Name of representative'),
  representativeRole: l('Rol vertegenwoordiger', 'Role of representative'),
  idMethod: l('Identiteit vastgesteld door', 'Identity established by'),
  idDocument: l('Getoond identiteitsbewijs', 'Identity document shown'),
  idCheckedOn: l('Identiteit gecontroleerd op', 'Identity checked on'),
  idCheckedBy: l('Identiteit gecontroleerd door', 'Identity checked by'),
  term: l('Termijn', 'Term'),
  extensionMonths: l('Verlenging (maanden)', 'Extension (months)'),
  extensionReason: l('Reden van verlenging', 'Reason for the extension'),
  extensionToldOn: l('Verlenging gemeld op', 'Extension communicated on'),
  status: l('Status', 'Status'),
  outcome: l('Uitkomst', 'Outcome'),
  outcomeReasons: l('Motivering', 'Reasons'),
  deliveredOn: l('Afgehandeld op', 'Answered on'),
  deliveredHow: l('Afgehandeld via', 'Answered by'),
  recordedAt: l('Geregistreerd op', 'Registered on'),
};

export const RECIPIENT_LABELS: FieldLabels<RecipientRow> = {
  recipient: l('Ontvanger', 'Recipient'),
  categories: l('Verstrekte categorieën gegevens', 'Categories of data provided'),
  sentOn: l('Verstrekt op', 'Provided on'),
  consentGroundId: l('Toestemming in het register (intern)', 'Consent in the register (internal)'),
  ground: l('Grondslag', 'Legal ground'),
  channel: l('Verstrekt via', 'Provided by'),
  description: l('Wat is verstrekt', 'What was provided'),
  source: l('Vastgelegd door', 'Recorded by'),
  requestId: l('Bij verzoek (intern)', 'For request (internal)'),
  documentId: l('Document (intern)', 'Document (internal)'),
  recordedAt: l('Geregistreerd op', 'Registered on'),
};

export const RECORD_ORIGINS_LABELS: FieldLabels<RecordOrigins> = {
  entries: l(
    'Herkomst per gegeven (record, herkomst, toelichting)',
    'Origin per record (record, origin, note)',
  ),
};

export const FIELD_HISTORY_LABELS: FieldLabels<FieldHistory> = {
  recordId: l('Gewijzigd gegeven (intern nummer)', 'Changed record (internal number)'),
  kind: l('Soort gegeven', 'Kind of record'),
  at: l('Gewijzigd op', 'Changed on'),
  by: l('Gewijzigd door', 'Changed by'),
  reason: l('Reden van wijziging', 'Reason for the change'),
  requestId: l('Verzoek (intern nummer)', 'Request (internal number)'),
  changes: l('Eerdere waarden per veld', 'Earlier values per field'),
};

export const CLIENT_STATEMENT_LABELS: FieldLabels<ClientStatement> = {
  recordKind: l('Soort gegeven', 'Kind of record'),
  recordId: l('Gegeven (intern nummer)', 'Record (internal number)'),
  requestId: l('Verzoek (intern nummer)', 'Request (internal number)'),
  text: l('Zienswijze van de cliënt', "The client's statement"),
  receivedOn: l('Ontvangen op', 'Received on'),
};

export const OFFICE_LINK_LABELS: FieldLabels<OfficeLink> = {
  officeClientId: l('Nummer bij het kantoor', 'Number at the office'),
  status: l('Status van het traject', 'Status of the trajectory'),
  coachId: l('Coach (nummer bij het kantoor)', 'Coach (number at the office)'),
  coachName: l('Coach', 'Coach'),
  conflicts: l('Waarden die bij synchroniseren verloren', 'Values that lost when syncing'),
};
