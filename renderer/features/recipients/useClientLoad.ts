import { useCallback, useEffect, useState } from 'react';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';

export type Loaded<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/** What `load` reads for a client, read again after every change to the recipients register. */
export function useClientLoad<T>(clientId: string, load: (clientId: string) => Promise<T>) {
  // Keyed by client, so switching clients shows "loading" instead of the previous one's.
  const [loaded, setLoaded] = useState<{ clientId: string; state: Loaded<T> } | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(
    () =>
      services().recipients.subscribe((changed) => {
        if (changed === clientId) reload();
      }),
    [clientId, reload],
  );

  useEffect(() => {
    let live = true;
    load(clientId).then(
      (value) => live && setLoaded({ clientId, state: { status: 'ready', value } }),
      (e: unknown) =>
        live && setLoaded({ clientId, state: { status: 'error', message: errorKey(e) } }),
    );
    return () => {
      live = false;
    };
  }, [clientId, version, load]);

  return loaded?.clientId === clientId ? loaded.state : ({ status: 'loading' } as Loaded<T>);
}
