// What features know of the vault, re-exported here: a feature never imports renderer/vault/
// (ESLint's floors), not even for a type. Add to this list rather than reach past state/.
export type { AuditAction, AuditCheck, AuditEntry } from '../vault/audit';
export type { ConsentErrors } from '../vault/consent';
export type { DocumentRecord } from '../vault/documents';
export type { WaitingDraft } from '../vault/logbook';
export type { ClientRecords } from '../vault/records';
export type { ExportPlan } from '../vault/dossier-export';
export type { StoredHistory, StoredStatement } from '../vault/field-history';
export type { StoredRequest } from '../vault/requests';
export type { CvShareCheck, OriginRow, StoredRecipient } from '../vault/recipients';
export type { StoredObjection } from '../vault/restriction';

// The two values a feature needs: the document error it tells apart, and the id maker.
export { DocumentError } from '../vault/documents';
export { ImportError } from '../vault/dossier-import';
export { RestrictionInputError } from '../vault/restriction';
export { newId } from '../vault/vault';
