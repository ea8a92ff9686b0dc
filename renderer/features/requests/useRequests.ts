import { useCallback, useEffect, useState } from 'react';
import { errorKey } from '../../state/session';
import { loadRequestSettings, type RequestSettings } from '../../state/request-settings';
import { services } from '../../state/services';
import type { StoredRequest } from '../../state/types';

export type RequestsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; requests: StoredRequest[]; settings: RequestSettings };

/** A client's requests and the firm's settings, re-read after every change to the register. */
export function useRequests(clientId: string): RequestsState {
  // Keyed by client, so switching clients shows "loading" instead of the previous list.
  const [loaded, setLoaded] = useState<{ clientId: string; state: RequestsState } | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(
    () =>
      services().requests.subscribe((changed) => {
        if (changed === clientId) reload();
      }),
    [clientId, reload],
  );

  useEffect(() => {
    let live = true;
    Promise.all([services().requests.list(clientId), loadRequestSettings()]).then(
      ([requests, settings]) =>
        live && setLoaded({ clientId, state: { status: 'ready', requests, settings } }),
      (e: unknown) =>
        live && setLoaded({ clientId, state: { status: 'error', message: errorKey(e) } }),
    );
    return () => {
      live = false;
    };
  }, [clientId, version]);

  return loaded?.clientId === clientId ? loaded.state : { status: 'loading' };
}
