import { concat, fromUtf8, utf8 } from '../../shared/crypto/bytes';
import type { SealedIdentity } from '../../shared/crypto/envelope';
import { BackupError, LEDGER_MAGIC } from '../../shared/backup/backup-format';
import type { ErasureEntry } from '../../shared/domain/erasure';
import type { Codec } from './codec';

/**
 * The erasure ledger's copy beside the backups: [magic][secretbox under a key derived from
 * the backup key]. Authenticated (a changed byte is refused) and sealed (the dates and ids of
 * erasures are nobody's business who finds the USB stick).
 */
const LEDGER_ID: SealedIdentity = { id: 'erasure-ledger', clientId: '-', kind: 'erasure-ledger' };

export function sealLedger(
  codec: Codec,
  key: Uint8Array,
  entries: readonly ErasureEntry[],
  writtenAt: string,
): Uint8Array {
  const body = utf8(JSON.stringify({ writtenAt, entries }));
  return concat(LEDGER_MAGIC, codec.seal(key, { ...LEDGER_ID, v: 1 }, body));
}

export function openLedger(codec: Codec, key: Uint8Array, bytes: Uint8Array): ErasureEntry[] {
  const magicOk = LEDGER_MAGIC.every((b, i) => bytes[i] === b);
  if (!magicOk) throw new BackupError('ledger-tampered', 'Not an erasure ledger');
  try {
    const { body } = codec.open(key, LEDGER_ID, bytes.subarray(LEDGER_MAGIC.length));
    const parsed = JSON.parse(fromUtf8(body)) as { entries?: unknown };
    if (!Array.isArray(parsed.entries)) throw new Error('no entries');
    return parsed.entries as ErasureEntry[];
  } catch {
    throw new BackupError('ledger-tampered', 'The erasure ledger does not open with this key');
  }
}

/** What a ledger says must never come back: whole clients, and single items. */
export interface Erased {
  clients: Set<string>;
  items: Set<string>;
}

export function erasedBy(entries: readonly ErasureEntry[]): Erased {
  const erased: Erased = { clients: new Set(), items: new Set() };
  for (const e of entries) {
    if (e.itemId) erased.items.add(e.itemId);
    else erased.clients.add(e.clientId);
  }
  return erased;
}

/**
 * Tables whose rows stay even when they name an erased client: the ledger itself, wherever
 * ERASURE keeps it in the vault (a line per erasure, no personal data). Any other table's row
 * with an erased `clientId` is dropped.
 */
export const LEDGER_TABLES: ReadonlySet<string> = new Set(['erasures', 'erasureLedger', 'ledger']);

/** Whether a stored row survives the ledger's replay (rows are as stored: ids in clear). */
export function survives(table: string, row: Record<string, unknown>, erased: Erased): boolean {
  if (LEDGER_TABLES.has(table)) return true;
  const clientId = row.clientId;
  if (typeof clientId === 'string' && erased.clients.has(clientId)) return false;
  for (const field of ['id', 'recordId', 'docId', 'itemId']) {
    const v = row[field];
    if (typeof v === 'string' && erased.items.has(v)) return false;
  }
  return true;
}
