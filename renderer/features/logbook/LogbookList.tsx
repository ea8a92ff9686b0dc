import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogbookItem } from './useLogbook';
import { LockIcon } from '../compartment/LockIcon';
import { formatDay } from '../../i18n/format';

const ROW_HEIGHT = 92;

/** Virtualised: a dossier with thousands of contacts renders only what is on screen. */
export function LogbookList(props: { items: LogbookItem[]; onOpen: (item: LogbookItem) => void }) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design; nothing here memoizes them.
  const virtualizer = useVirtualizer({
    count: props.items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  return (
    <div ref={scrollRef} className="logbook-list" role="list" aria-label={t('logbook.title')}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = props.items[row.index];
          if (!item) return null;
          const e = item.data;
          return (
            <div
              key={item.id}
              role="listitem"
              className="logbook-row"
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
            >
              <button
                type="button"
                className="logbook-row-button"
                onClick={() => props.onOpen(item)}
              >
                <span className="when">
                  <span className="day">{formatDay(e.at, i18n.language)}</span>
                  <span className="time">{e.at.slice(11, 16)}</span>
                </span>
                <span className="what">
                  <span className="meta">
                    <span className={`type type-${e.contactType}`}>
                      {t(`logbook.types.${e.contactType}`)}
                    </span>
                    <span>{t('logbook.minutes', { count: e.durationMinutes })}</span>
                    {e.participants && <span className="muted">{e.participants}</span>}
                    {item.sealed && (
                      <span className="sealed-badge">
                        <LockIcon /> {t('compartment.sealed')}
                      </span>
                    )}
                    {e.version > 1 && (
                      <span className="tag">{t('logbook.versions', { count: e.version })}</span>
                    )}
                  </span>
                  <span className="summary">{e.summary}</span>
                  {e.followUpDate && (
                    <span className="follow">
                      {t('logbook.followUp', {
                        date: formatDay(e.followUpDate, i18n.language),
                      })}
                    </span>
                  )}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
