import type { DueItem } from '../../shared/domain/retention';
import type { DossierTab } from './tabs';

/** What the dashboard's "Wissen bevestigen" hands over: the due item and a way to open a tab. */
export type RetentionErasureHandler = (
  item: DueItem,
  open: (clientId: string, tab: DossierTab) => void,
) => void;

/**
 * SEAM(retention → erasure). The one function the "Te verwijderen" panel calls when the
 * coach confirms an erasure. Until the erasure dialog exists (ERASURE), it opens the client's
 * Privacy tab, where the erasure of a client is started. The lead replaces it with
 * `setRetentionErasureHandler(...)`: open the erasure dialog (preview, passphrase) for
 * `item.clientId` with reason 'retention', and after it erased, call
 * `services().retention.forget(item.clientId)` (or wire ERASURE's service as the eraser in
 * services.ts and let the dialog call `services().retention.confirm(item, passphrase)`).
 */
let handler: RetentionErasureHandler = (item, open) => open(item.clientId, 'privacy');

export function setRetentionErasureHandler(h: RetentionErasureHandler): void {
  handler = h;
}

export function confirmRetentionErasure(
  item: DueItem,
  open: (clientId: string, tab: DossierTab) => void,
): void {
  handler(item, open);
}
