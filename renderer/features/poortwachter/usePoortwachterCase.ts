import { useCallback, useEffect, useRef, useState } from 'react';
import type { PoortwachterCase } from '../../../shared/domain/poortwachter-case';
import type { PoortwachterProjection } from '../../../shared/domain/poortwachter-projection';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import type { SingleRecordState } from '../../state/useSingleRecord';
import { useCompartmentOpen } from '../compartment/useCompartmentOpen';
import { isPoortwachterCase } from './case-records';

export type ProjectionState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'damaged' }
  | { status: 'ready'; data: PoortwachterProjection | undefined };

/**
 * One client's Poortwachter case. Closed compartment: only the deadline projection (steps,
 * due dates, done / n.v.t.) is loaded. Open: the case itself, with its sick dates, and saves
 * go in order (a second quick save builds on the first), as in useSingleRecord.
 */
export function usePoortwachterCase(clientId: string) {
  const open = useCompartmentOpen(clientId);
  // Keyed by client (and openness), so a switch shows "loading" without a reset in an effect.
  const [loaded, setLoaded] = useState<{
    key: string;
    state: SingleRecordState<PoortwachterCase>;
  } | null>(null);
  const [projected, setProjected] = useState<{ key: string; state: ProjectionState } | null>(null);
  const key = `${clientId}:${open ? 'open' : 'closed'}`;
  const state: SingleRecordState<PoortwachterCase> =
    loaded?.key === key ? loaded.state : { status: 'loading' };
  const projection: ProjectionState =
    projected?.key === key ? projected.state : { status: 'loading' };
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedCount, setSavedCount] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  useEffect(() => {
    let live = true;
    const repo = services().poortwachter;
    if (open) {
      repo.load(clientId).then(
        (data) => {
          if (!live) return;
          if (data !== undefined && !isPoortwachterCase(data))
            setLoaded({ key, state: { status: 'damaged' } });
          else setLoaded({ key, state: { status: 'ready', data } });
        },
        (e: unknown) =>
          live && setLoaded({ key, state: { status: 'error', message: errorKey(e) } }),
      );
    } else {
      repo.projection(clientId).then(
        (r) => {
          if (!live) return;
          setProjected({
            key,
            state:
              r.status === 'none'
                ? { status: 'ready', data: undefined }
                : r.status === 'damaged'
                  ? { status: 'damaged' }
                  : { status: 'ready', data: r.data },
          });
        },
        (e: unknown) =>
          live && setProjected({ key, state: { status: 'error', message: errorKey(e) } }),
      );
    }
    return () => {
      live = false;
    };
  }, [clientId, open, key]);

  const save = useCallback(
    (data: PoortwachterCase): Promise<boolean> => {
      pending.current += 1;
      setSaving(true);
      const next = queue.current.then(async () => {
        try {
          const saved = await services().poortwachter.save(clientId, data);
          setLoaded({ key, state: { status: 'ready', data: saved } });
          setSaveError(null);
          setSavedCount((n) => n + 1);
          return true;
        } catch (e) {
          setSaveError(errorKey(e));
          return false;
        } finally {
          pending.current -= 1;
          setSaving(pending.current > 0);
        }
      });
      queue.current = next;
      return next;
    },
    [clientId, key],
  );

  return { open, projection, state, save, saving, saveError, savedCount };
}
