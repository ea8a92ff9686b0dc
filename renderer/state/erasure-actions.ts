import { sha256Hex } from '../../shared/crypto/hash';
import type { ErasureEntry } from '../../shared/domain/erasure';
import type { ErasurePreview } from '../vault/erasure';
import { rotateQuickUnlock } from './security-actions';
import { services } from './services';
import { useSession } from './session';

export type { ErasurePreview };

/** What will be erased and what kept (nothing changes). */
export const previewErasure = (clientId: string): Promise<ErasurePreview> =>
  services().erasure.preview(clientId);

/**
 * Erases the client (services.erasure: keys destroyed, rows deleted, keys rotated, store
 * moved). The rotation replaced the vault key, so quick unlock gets a fresh key too. The
 * caseload forgets the client only when the coach closes the dialog (`forgetErased`): the
 * certificate needs the name until then, and only in this screen's memory.
 */
export async function eraseClient(
  clientId: string,
  opts: { passphrase: string; requestId?: string },
): Promise<{ entry: ErasureEntry; relocated: boolean }> {
  const entry = await services().erasure.eraseClient(clientId, {
    reason: 'client-request',
    passphrase: opts.passphrase,
    ...(opts.requestId ? { requestId: opts.requestId } : {}),
  });
  await rotateQuickUnlock();
  return { entry, relocated: services().erasure.lastRelocation };
}

/**
 * Erases one document (services.erasure.eraseDocument): its rows, change rows and chunks,
 * a ledger line with the item, and the store moved so the deleted rows leave the disk. The
 * only way the app deletes a document: a plain delete would leave it openable in the log.
 */
export async function eraseDocument(
  clientId: string,
  docId: string,
  opts: { passphrase: string; requestId?: string },
): Promise<ErasureEntry> {
  return services().erasure.eraseDocument(clientId, docId, {
    passphrase: opts.passphrase,
    ...(opts.requestId ? { requestId: opts.requestId } : {}),
  });
}

/** Erases one logbook entry with its versions, drafts and contact (services.erasure). */
export const eraseLogbookEntry = (
  clientId: string,
  entryId: string,
  opts: { passphrase: string },
): Promise<ErasureEntry> => services().erasure.eraseLogbookEntry(clientId, entryId, opts);

/** Stores the certificate's SHA-256 in the ledger line; the PDF itself is not kept. */
export async function recordCertificate(entryId: string, pdf: Uint8Array): Promise<string> {
  const sha = await sha256Hex(pdf);
  await services().erasureLedger.setCertificate(entryId, sha);
  return sha;
}

export function forgetErased(clientId: string): void {
  useSession.getState().forgetClient(clientId);
}
