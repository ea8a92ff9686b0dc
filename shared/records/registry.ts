import { CONSENT_REGISTER_KIND } from '../domain/consent';
import { CV_DRAFT_KIND, CV_KIND } from '../domain/cv';
import { DOCUMENT_KIND, SEALED_DOCUMENT_KIND } from '../domain/documents';
import { HEALTH_KIND } from '../domain/health';
import {
  LOGBOOK_DRAFT_KIND,
  LOGBOOK_INDEX_KIND,
  LOGBOOK_KIND,
  LOGBOOK_SEALED_DRAFT_KIND,
  LOGBOOK_SEALED_KIND,
  LOGBOOK_SEALED_VERSION_KIND,
  LOGBOOK_VERSION_KIND,
} from '../domain/logbook';
import { POORTWACHTER_CASE_KIND } from '../domain/poortwachter-case';
import { UWV_TRAJECTORY_KIND } from '../domain/uwv-trajectory';

export const CLIENT_KIND = 'client';
export const COMPARTMENT_CLIENT_KEY_KIND = 'compartment-client-key';

export type DataCategory =
  | 'personalia'
  | 'cv'
  | 'logbook'
  | 'poortwachter'
  | 'trajectory'
  | 'health'
  | 'other-special'
  | 'document'
  | 'consent'
  | 'keys';

export type RetentionClass = 'dossier' | 'medical' | 'coaching-report' | 'financial' | 'audit';

export interface KindClass {
  category: DataCategory;
  /** Sealed in the special-category compartment (needs the passphrase and a purpose to read). */
  compartment: boolean;
  retention: RetentionClass;
}

/**
 * Every kind of record the vault stores, classified. The start of the registry of record
 * kinds (see ../shared/docs/architecture.md): the vault derives its index tags from this
 * list, and `satisfies` makes the compiler refuse an entry without a classification.
 */
export const RECORD_KINDS = {
  [CLIENT_KIND]: { category: 'personalia', compartment: false, retention: 'dossier' },
  [CV_KIND]: { category: 'cv', compartment: false, retention: 'dossier' },
  [CV_DRAFT_KIND]: { category: 'cv', compartment: false, retention: 'dossier' },
  [LOGBOOK_KIND]: { category: 'logbook', compartment: false, retention: 'coaching-report' },
  [LOGBOOK_VERSION_KIND]: {
    category: 'logbook',
    compartment: false,
    retention: 'coaching-report',
  },
  [LOGBOOK_DRAFT_KIND]: { category: 'logbook', compartment: false, retention: 'coaching-report' },
  [LOGBOOK_INDEX_KIND]: { category: 'logbook', compartment: false, retention: 'coaching-report' },
  [LOGBOOK_SEALED_KIND]: {
    category: 'other-special',
    compartment: true,
    retention: 'coaching-report',
  },
  [LOGBOOK_SEALED_VERSION_KIND]: {
    category: 'other-special',
    compartment: true,
    retention: 'coaching-report',
  },
  [LOGBOOK_SEALED_DRAFT_KIND]: {
    category: 'other-special',
    compartment: true,
    retention: 'coaching-report',
  },
  [POORTWACHTER_CASE_KIND]: { category: 'poortwachter', compartment: false, retention: 'dossier' },
  [UWV_TRAJECTORY_KIND]: { category: 'trajectory', compartment: false, retention: 'dossier' },
  [DOCUMENT_KIND]: { category: 'document', compartment: false, retention: 'dossier' },
  [SEALED_DOCUMENT_KIND]: { category: 'other-special', compartment: true, retention: 'medical' },
  [HEALTH_KIND]: { category: 'health', compartment: true, retention: 'medical' },
  [CONSENT_REGISTER_KIND]: { category: 'consent', compartment: false, retention: 'dossier' },
  [COMPARTMENT_CLIENT_KEY_KIND]: { category: 'keys', compartment: false, retention: 'dossier' },
} as const satisfies Record<string, KindClass>;

export type RecordKind = keyof typeof RECORD_KINDS;

export const ALL_RECORD_KINDS = Object.keys(RECORD_KINDS) as RecordKind[];
