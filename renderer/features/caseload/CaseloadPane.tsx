import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useDeferredValue,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { searchCaseload } from '../../../shared/domain/caseload-search';
import { useSession } from '../../state/session';

const ROW_HEIGHT = 56;

export function CaseloadPane(props: { footer?: ReactNode } = {}) {
  const { t } = useTranslation();
  const entries = useSession((s) => s.entries);
  const selectedId = useSession((s) => s.selectedId);
  const select = useSession((s) => s.select);
  const startCreating = useSession((s) => s.startCreating);
  const damagedCount = useSession((s) => s.damagedCount);
  const [query, setQuery] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(
    () => searchCaseload(entries, deferredQuery, { includeArchived }),
    [entries, deferredQuery, includeArchived],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design; this component does not memoize them.
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  // One Tab stop: the selected client's row, or the first; arrow keys move inside the list.
  const [focusId, setFocusId] = useState<string | null>(null);
  const activeId =
    [focusId, selectedId].find((id) => id && results.some((e) => e.id === id)) ??
    results[0]?.id ??
    null;
  function moveTo(index: number) {
    const e = results[Math.max(0, Math.min(results.length - 1, index))];
    if (!e) return;
    setFocusId(e.id);
    virtualizer.scrollToIndex(results.indexOf(e));
    // The row may only exist after the virtualizer rendered it.
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${e.id}"]`)?.focus(),
    );
  }
  function onListKey(ev: ReactKeyboardEvent) {
    const at = results.findIndex((e) => e.id === activeId);
    const to =
      ev.key === 'ArrowDown'
        ? at + 1
        : ev.key === 'ArrowUp'
          ? at - 1
          : ev.key === 'Home'
            ? 0
            : ev.key === 'End'
              ? results.length - 1
              : null;
    if (to === null) return;
    ev.preventDefault();
    moveTo(to);
  }
  /** Enter in the search opens the single hit, or the first. */
  function onSearchKey(ev: ReactKeyboardEvent) {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      moveTo(0);
      return;
    }
    if (ev.key !== 'Enter') return;
    ev.preventDefault();
    const first = searchCaseload(entries, query, { includeArchived })[0];
    if (first) select(first.id);
  }

  return (
    <aside className="caseload" aria-label={t('caseload.title')}>
      <div className="caseload-head">
        <h2>{t('caseload.title')}</h2>
        <button type="button" className="primary" onClick={startCreating}>
          + {t('caseload.newClient')}
        </button>
      </div>
      {damagedCount > 0 && (
        <p className="notice damaged" role="alert">
          {t('caseload.damaged', { count: damagedCount })}
        </p>
      )}
      <input
        type="search"
        className="search"
        placeholder={t('caseload.search')}
        aria-label={t('caseload.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onSearchKey}
        autoComplete="off"
      />
      <div className="caseload-meta">
        <label className="check">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.target.checked)}
          />
          {t('caseload.showArchived')}
        </label>
        {query && <span>{t('caseload.results', { count: results.length })}</span>}
      </div>
      <div
        ref={scrollRef}
        className="caseload-list"
        // A listbox only while it holds options: an empty one is an ARIA error (axe
        // aria-required-children), and the "no clients" message is no option.
        role={results.length > 0 ? 'listbox' : undefined}
        aria-label={results.length > 0 ? t('caseload.title') : undefined}
        // Lets tests and the benchmark see when the deferred search render has landed.
        data-query={deferredQuery}
        onKeyDown={onListKey}
      >
        {entries.length === 0 && <p className="empty">{t('caseload.empty')}</p>}
        {entries.length > 0 && results.length === 0 && (
          <p className="empty">{t('caseload.noResults', { query: deferredQuery })}</p>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const e = results[row.index];
            if (!e) return null;
            return (
              <div
                key={e.id}
                role="option"
                aria-selected={e.id === selectedId}
                tabIndex={e.id === activeId ? 0 : -1}
                data-row-id={e.id}
                onFocus={() => setFocusId(e.id)}
                className={`caseload-row${e.id === selectedId ? ' selected' : ''}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${row.start}px)`,
                }}
                onClick={() => select(e.id)}
                onKeyDown={(ev) => {
                  if (ev.key !== 'Enter' && ev.key !== ' ') return;
                  ev.preventDefault();
                  select(e.id);
                }}
              >
                <span className="avatar" aria-hidden="true">
                  {initials(e.name)}
                </span>
                <span className="row-text">
                  <span className="row-name">{e.name}</span>
                  <span className="row-sub">
                    {[e.clientNumber, e.city].filter(Boolean).join(' · ')}
                    {e.archived && <span className="tag">{t('caseload.archived')}</span>}
                  </span>
                </span>
              </div>
            );
          })}
        </div>
      </div>
      {props.footer}
    </aside>
  );
}

function initials(name: string): string {
  const parts = name.split(' ').filter(Boolean);
  return (
    (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')
  ).toUpperCase();
}
