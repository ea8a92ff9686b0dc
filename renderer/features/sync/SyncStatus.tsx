import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { syncNow, useSync, type SyncView } from '../../state/sync';
import './sync.css';

const timeOf = (ms: number, language: string) =>
  new Date(ms).toLocaleTimeString(language === 'en' ? 'en-GB' : 'nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
  });

/** The one line the header shows, and how it looks: fine, waiting or needing the coach. */
export function syncLine(
  view: SyncView,
  t: TFunction,
  language: string,
): { text: string; tone: 'ok' | 'waiting' | 'error' } | null {
  const s = view.status;
  if (!s?.enrolled) return null;
  if (view.running) return { text: t('sync.header.running'), tone: 'waiting' };
  if (s.lastError === 'offline')
    return { text: t('sync.header.offline', { count: s.pending }), tone: 'waiting' };
  if (s.lastError) return { text: t(`sync.header.${s.lastError}`), tone: 'error' };
  if (s.lastSyncAt === null) return { text: t('sync.header.never'), tone: 'waiting' };
  const time = timeOf(s.lastSyncAt, language);
  return s.pending > 0
    ? { text: t('sync.header.syncedPending', { time, count: s.pending }), tone: 'waiting' }
    : { text: t('sync.header.synced', { time }), tone: 'ok' };
}

/** In the header while enrolled: the sync status and a button to sync now. */
export function SyncStatus() {
  const { t, i18n } = useTranslation();
  const view = useSync();
  const line = syncLine(view, t, i18n.language);
  if (!line) return null;
  return (
    <span className={`sync-status ${line.tone}`}>
      <span className="dot" aria-hidden="true" />
      <span role="status" aria-label={`${t('sync.header.label')}: ${line.text}`}>
        {line.text}
      </span>
      <button
        type="button"
        className="ghost"
        onClick={() => void syncNow()}
        disabled={view.running}
      >
        {t('sync.now')}
      </button>
    </span>
  );
}
