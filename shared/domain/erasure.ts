import type { DataCategory, RetentionClass } from '../records/kind-spec';

/**
 * Why a client's data left this vault. A handover is not an erasure at the client's request:
 * the ledger says which, so a certificate is only ever made for the ones a client asked for.
 */
export type ErasureReason = 'client-request' | 'retention' | 'handover' | 'office-order';

/** What an erasure had to leave in place, why, and until when (ISO date). */
export interface KeptItem {
  category: DataCategory;
  retention: RetentionClass;
  /** Until when it must be kept (yyyy-mm-dd). */
  until: string;
  /** Dutch and English why, e.g. "fiscale bewaarplicht, 7 jaar (AWR art. 52)". */
  why: { nl: string; en: string };
}

/**
 * One line of the erasure ledger: the minimal record that stays after an erasure. No name,
 * no BSN, no date of birth. `clientId` is the random id the vault used (needed so a restore
 * of an older backup drops the client again); `itemId` is set when one item (a document, a
 * logbook entry) was erased rather than the whole client.
 *
 * The ledger is replayed before a restored vault opens (renderer/vault/backup*) and, once
 * sync exists, kept at the office as well.
 */
export interface ErasureEntry {
  /** Random id of this ledger line. */
  id: string;
  clientId: string;
  itemId?: string;
  /** ISO timestamp. */
  erasedAt: string;
  reason: ErasureReason;
  /** The request in the register that asked for it, if any. */
  requestId?: string;
  categories: DataCategory[];
  kept: KeptItem[];
  /** SHA-256 (hex) of the certificate PDF given to the client, when one was made. */
  certificateSha256?: string;
}

/** The ledger as the backup restore reads it (implemented in renderer/vault/erasure-ledger.ts). */
export interface ErasureLedgerReader {
  list(): Promise<ErasureEntry[]>;
}
