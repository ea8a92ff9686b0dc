import { useCallback, useEffect, useRef, useState } from 'react';
import { errorKey } from './session';
import type { ChangeNote } from '../../shared/domain/field-history';
import type { ClientRecords } from './types';

export type SingleRecordState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** The stored record does not have the shape this version knows; never overwritten. */
  | { status: 'damaged' }
  | { status: 'ready'; data: T | undefined };

/**
 * The one record of a kind for a client (Poortwachter case, UWV trajectory): loads it and
 * saves changes in order, so a second quick save updates the record the first one created.
 */
export function useSingleRecord<T extends object>(
  records: ClientRecords<T>,
  clientId: string,
  accept: (data: unknown) => data is T,
) {
  // Keyed by client, so switching clients shows "loading" without resetting state in an effect.
  const [loaded, setLoaded] = useState<{ clientId: string; state: SingleRecordState<T> } | null>(
    null,
  );
  const state: SingleRecordState<T> =
    loaded?.clientId === clientId ? loaded.state : { status: 'loading' };
  const setState = useCallback(
    (next: SingleRecordState<T>) => setLoaded({ clientId, state: next }),
    [clientId],
  );
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedCount, setSavedCount] = useState(0);
  const idRef = useRef<string | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  useEffect(() => {
    let live = true;
    idRef.current = undefined;
    records.single(clientId).then(
      (r) => {
        if (!live) return;
        idRef.current = r?.id;
        if (r && !accept(r.data)) setState({ status: 'damaged' });
        else setState({ status: 'ready', data: r?.data });
      },
      (e: unknown) => live && setState({ status: 'error', message: errorKey(e) }),
    );
    return () => {
      live = false;
    };
  }, [records, clientId, accept, setState]);

  const save = useCallback(
    (data: T, note?: ChangeNote): Promise<boolean> => {
      pending.current += 1;
      setSaving(true);
      const next = queue.current.then(async () => {
        try {
          const saved = await records.save(clientId, data, idRef.current, note);
          idRef.current = saved.id;
          setState({ status: 'ready', data: saved.data });
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
    [records, clientId, setState],
  );

  return { state, save, saving, saveError, savedCount };
}
