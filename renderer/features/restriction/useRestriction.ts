import { useEffect, useState } from 'react';
import type { Restriction } from '../../../shared/domain/restriction';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import type { StoredObjection } from '../../state/types';

export type RestrictionState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; restriction: Restriction | null; objections: StoredObjection[] };

/** The client's restriction and objections, reloaded after every change to them. */
export function useRestriction(clientId: string): RestrictionState {
  const [state, setState] = useState<RestrictionState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const repo = services().restrictions;
    const load = () =>
      Promise.all([repo.load(clientId), repo.listObjections(clientId)]).then(
        ([restriction, objections]) =>
          live && setState({ status: 'ready', restriction, objections }),
        (e: unknown) => live && setState({ status: 'error', message: errorKey(e) }),
      );
    void load();
    const unsubscribe = repo.subscribe((id) => {
      if (id === clientId) void load();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [clientId]);
  return state;
}

/** Whether the client's dossier is restricted now (false while loading). */
export function useIsRestricted(clientId: string): boolean {
  const state = useRestriction(clientId);
  return state.status === 'ready' && state.restriction?.active === true;
}
