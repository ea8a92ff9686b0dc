import { useCallback, useEffect, useState } from 'react';
import type { ConsentRegister } from '../../../shared/domain/consent';
import { errorKey } from '../../state/session';
import { services } from '../../state/services';

export type ConsentRegisterState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; register: ConsentRegister; hasLegalGround: boolean };

/**
 * A client's consent register and whether special-category data may be processed, kept
 * current: any screen using this re-reads after every change made through `consents`.
 */
export function useConsentRegister(clientId: string): ConsentRegisterState & {
  reload: () => void;
} {
  // Keyed by client, so switching clients shows "loading" instead of the previous register.
  const [loaded, setLoaded] = useState<{ clientId: string; state: ConsentRegisterState } | null>(
    null,
  );
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(
    () =>
      services().consents.subscribe((changed) => {
        if (changed === clientId) reload();
      }),
    [clientId, reload],
  );

  useEffect(() => {
    let live = true;
    services()
      .consents.snapshot(clientId)
      .then(
        (s) => live && setLoaded({ clientId, state: { status: 'ready', ...s } }),
        (e: unknown) =>
          live && setLoaded({ clientId, state: { status: 'error', message: errorKey(e) } }),
      );
    return () => {
      live = false;
    };
  }, [clientId, version]);

  const state: ConsentRegisterState =
    loaded?.clientId === clientId ? loaded.state : { status: 'loading' };
  return { ...state, reload };
}
