import { useSyncExternalStore } from 'react';
import { services } from '../../state/services';

const subscribe = (listener: () => void) => services().compartment.subscribe(listener);

/** Whether sealed content of this client may be shown now; re-renders when that changes. */
export function useCompartmentOpen(clientId: string): boolean {
  return useSyncExternalStore(subscribe, () => services().compartment.peekOpenFor(clientId));
}
