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

/** Stores the certificate's SHA-256 in the ledger line; the PDF itself is not kept. */
export async function recordCertificate(entryId: string, pdf: Uint8Array): Promise<string> {
  const sha = await sha256Hex(pdf);
  await services().erasureLedger.setCertificate(entryId, sha);
  return sha;
}

export function forgetErased(clientId: string): void {
  useSession.getState().forgetClient(clientId);
}
