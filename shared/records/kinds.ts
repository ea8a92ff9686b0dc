/**
 * The names of every record kind, and nothing else: what the vault needs at unlock (each
 * kind's opaque tag) without the registry's schemas, labels and their libraries (zod, the
 * phone metadata). The lock screen's script stays small this way (issue 11: ready to type in
 * 300 ms). registry.ts checks at compile time that this list and RECORD_KINDS hold the same
 * kinds, and test/unit/record-kinds.test.ts that neither holds one twice.
 */
export const RECORD_KIND_NAMES = [
  'client',
  'client-draft',
  'cv',
  'cv-draft',
  'logbook',
  'logbook-version',
  'logbook-draft',
  'logbook-index',
  'logbook-sealed',
  'logbook-sealed-version',
  'logbook-sealed-draft',
  'poortwachter-case',
  'poortwachter-draft',
  'poortwachter-case-sealed',
  'poortwachter-deadlines',
  'uwv-trajectory',
  'trajectory-draft',
  'document',
  'document-sealed',
  'health',
  'health-draft',
  'consent-register',
  'consent-draft',
  'data-subject-request',
  'retention-hold',
  'recipient',
  'record-origins',
  'compartment-client-key',
  'field-history',
  'field-history-sealed',
  'client-statement',
  'office-link',
  'client-restriction',
  'objection',
  'financial-hours',
  'invoice-reference',
] as const;

export type RecordKindName = (typeof RECORD_KIND_NAMES)[number];
