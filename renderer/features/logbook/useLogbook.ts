import { useCallback, useEffect, useMemo, useState } from 'react';
import { newestFirst, type LogbookEntry } from '../../../shared/domain/logbook';
import { useCompartmentOpen } from '../compartment/useCompartmentOpen';
import { services } from '../../state/services';

export interface LogbookItem {
  id: string;
  data: LogbookEntry;
  /** Kept in the special-category compartment; listed only while it is open. */
  sealed?: boolean;
  /** Folded search text, filled in by the first search (see filterLogbook). */
  haystack?: string;
}

const toItem = (r: { id: string; data: LogbookEntry; sealed?: boolean }): LogbookItem => ({
  id: r.id,
  data: r.data,
  sealed: r.sealed,
});

/**
 * Decrypts the client's logbook on open, and again when the compartment opens or closes
 * (sealed entries come and go); saves update the list in place.
 */
export function useLogbook(clientId: string) {
  const compartmentOpen = useCompartmentOpen(clientId);
  // Keyed by client, so switching clients shows "loading" instead of the previous list.
  const [state, setState] = useState<{ clientId: string; items: LogbookItem[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    services()
      .logbook.list(clientId)
      .then((list) => live && setState({ clientId, items: list.map(toItem) }))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [clientId, compartmentOpen]);

  const upsert = useCallback(
    (saved: { id: string; data: LogbookEntry; sealed?: boolean }) => {
      setState((prev) => {
        const rest = (prev?.clientId === clientId ? prev.items : []).filter(
          (i) => i.id !== saved.id,
        );
        const items = [toItem(saved), ...rest].sort(newestFirst);
        return { clientId, items };
      });
    },
    [clientId],
  );

  /** An erased entry leaves the list at once (the store has no row to read back). */
  const drop = useCallback(
    (id: string) =>
      setState((prev) =>
        prev?.clientId === clientId
          ? { clientId, items: prev.items.filter((i) => i.id !== id) }
          : prev,
      ),
    [clientId],
  );

  // Sealed entries disappear the moment the compartment closes, not after the reload.
  const items = useMemo(
    () =>
      state?.clientId === clientId ? state.items.filter((i) => compartmentOpen || !i.sealed) : null,
    [state, clientId, compartmentOpen],
  );
  return { items, error, upsert, drop, compartmentOpen };
}
