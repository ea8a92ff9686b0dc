import { useCallback, useEffect, useState } from 'react';
import { newestFirst, type LogbookEntry } from '../../../shared/domain/logbook';
import { logbook } from './logbook-instance';

export interface LogbookItem {
  id: string;
  data: LogbookEntry;
  /** Folded search text, filled in by the first search (see filterLogbook). */
  haystack?: string;
}

const toItem = (r: { id: string; data: LogbookEntry }): LogbookItem => ({ id: r.id, data: r.data });

/** Decrypts the client's logbook once on open; saves update the list in place. */
export function useLogbook(clientId: string) {
  // Keyed by client, so switching clients shows "loading" instead of the previous list.
  const [state, setState] = useState<{ clientId: string; items: LogbookItem[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    logbook
      .list(clientId)
      .then((list) => live && setState({ clientId, items: list.map(toItem) }))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [clientId]);

  const upsert = useCallback(
    (saved: { id: string; data: LogbookEntry }) => {
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

  return { items: state?.clientId === clientId ? state.items : null, error, upsert };
}
