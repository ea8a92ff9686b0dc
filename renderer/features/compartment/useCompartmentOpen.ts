import { useSyncExternalStore } from 'react';
import { compartment } from '../../state/vault-instance';

const subscribe = (listener: () => void) => compartment.subscribe(listener);

/** Whether sealed content of this client may be shown now; re-renders when that changes. */
export function useCompartmentOpen(clientId: string): boolean {
  return useSyncExternalStore(subscribe, () => compartment.peekOpenFor(clientId));
}
