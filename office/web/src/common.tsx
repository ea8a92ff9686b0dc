import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { errorText } from './api';
import { useI18n } from './i18n';

export type Load<T> =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; data: T };

/**
 * Loads on mount, whenever `key` changes (the query, e.g. a period) and on `reload`. An
 * answer for an older key or an older reload is dropped (the effect's cleanup).
 */
export function useLoad<T>(
  load: () => Promise<T>,
  key = '',
): [Load<T>, () => void, (data: T) => void] {
  const [generation, setGeneration] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; load: Load<T> }>();
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    let live = true;
    loadRef.current().then(
      (data) => {
        if (live) setAnswer({ key, load: { state: 'ready', data } });
      },
      (error: unknown) => {
        if (live) setAnswer({ key, load: { state: 'failed', error } });
      },
    );
    return () => {
      live = false;
    };
  }, [key, generation]);
  // A reload keeps showing what was there until the new answer lands (no flash, and the
  // focus stays where it was); a new key shows "loading", since the old rows are another query.
  const current: Load<T> = answer && answer.key === key ? answer.load : { state: 'loading' };
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const replace = useCallback(
    (data: T) => setAnswer((a) => a && { ...a, load: { state: 'ready', data } }),
    [],
  );
  return [current, reload, replace];
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="error" role="alert">
      <p>{errorText(error, t)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/** Shows what a load is doing: a status while loading, the error with a retry, or the content. */
export function Loaded<T>({
  load,
  reload,
  children,
}: {
  load: Load<T>;
  reload: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (load.state === 'loading') return <p role="status">{t('loading')}</p>;
  if (load.state === 'failed') return <ErrorBox error={load.error} onRetry={reload} />;
  return <>{children(load.data)}</>;
}

/** A polite live region: saved messages are read out without moving the focus. */
export function Notice({ text }: { text: string }) {
  return (
    <p className="notice" role="status">
      {text}
    </p>
  );
}
