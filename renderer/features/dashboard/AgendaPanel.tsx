import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agenda, AgendaItem } from '../../../shared/domain/agenda';
import { displayName, type Client } from '../../../shared/domain/client';
import { parseIsoDate } from '../../../shared/domain/iso-date';
import { formatDay } from '../../i18n/format';
import { DeadlineBadge } from '../ui/DeadlineBadge';
import { platform } from '../../platform';
import { useSession, type DossierTab } from '../../state/session';
import { agendaFileName, agendaIcs } from './agenda-ics';

/**
 * Follow-up dates from the logbook, by day, each opening the client's logbook; overdue ones
 * first and flagged. The export writes the upcoming ones to an .ics file through the
 * platform (native save dialog in the desktop app, a download in a browser).
 */
export function AgendaPanel(props: {
  agenda: Agenda | null;
  today: string;
  open: (clientId: string, tab: DossierTab) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const clientsById = useSession((s) => s.clientsById);
  const [status, setStatus] = useState<'idle' | 'saving' | 'done' | 'failed'>('idle');
  const { agenda } = props;
  const upcoming = agenda?.days.reduce((n, d) => n + d.items.length, 0) ?? 0;

  async function exportIcs() {
    if (!agenda) return;
    setStatus('saving');
    try {
      const text = agendaIcs(
        agenda,
        clientsById,
        {
          summary: (name) => t('dashboard.agenda.eventSummary', { name }),
          calendar: t('dashboard.agenda.calendarName'),
        },
        new Date(),
      );
      const bytes = new TextEncoder().encode(text);
      const { saved } = await platform.saveFile(
        agendaFileName(props.today),
        bytes,
        'text/calendar',
      );
      setStatus(saved ? 'done' : 'idle');
    } catch {
      setStatus('failed');
    }
  }

  const row = (item: AgendaItem, overdue: boolean) => {
    const client: Client | undefined = clientsById[item.clientId];
    const name = client ? displayName(client) : '';
    return (
      <li key={item.entryId}>
        <button
          type="button"
          className={`dash-row agenda-row${overdue ? ' overdue' : ''}`}
          onClick={() => props.open(item.clientId, 'logbook')}
          aria-label={t('dashboard.agenda.openLogbook', { name })}
        >
          {overdue && (
            <span className="dash-when">
              <DeadlineBadge
                state="overdue"
                daysLeft={parseIsoDate(item.date) - parseIsoDate(props.today)}
              />
              <span className="muted small">{formatDay(item.date, lang)}</span>
            </span>
          )}
          <span className="dash-what">
            <strong>{name}</strong>
            <span className="muted small">
              {t('dashboard.agenda.setOn', { date: formatDay(item.setOn, lang) })}
            </span>
          </span>
        </button>
      </li>
    );
  };

  return (
    <section className="dash-panel agenda" aria-labelledby="dash-agenda">
      <header>
        <h2 id="dash-agenda">{t('dashboard.agenda.title')}</h2>
        {agenda && (
          <p className="muted small">
            {t('dashboard.agenda.subtitle', { date: formatDay(agenda.until, lang) })}
          </p>
        )}
      </header>
      {!agenda ? (
        <p className="muted small" aria-busy="true">
          {t('dashboard.loading')}
        </p>
      ) : (
        <>
          {agenda.overdue.length > 0 && (
            <section className="agenda-day" aria-labelledby="dash-agenda-overdue">
              <h3 id="dash-agenda-overdue" className="agenda-overdue">
                {t('dashboard.agenda.overdue')}
              </h3>
              <p className="muted small">{t('dashboard.agenda.overdueHint')}</p>
              <ul className="dash-list compact">{agenda.overdue.map((i) => row(i, true))}</ul>
            </section>
          )}
          {agenda.days.length === 0 ? (
            <p className="muted small">
              {t('dashboard.agenda.empty', { date: formatDay(agenda.until, lang) })}
            </p>
          ) : (
            agenda.days.map((day) => (
              <section
                key={day.date}
                className="agenda-day"
                aria-labelledby={`dash-agenda-${day.date}`}
              >
                <h3 id={`dash-agenda-${day.date}`}>
                  <time dateTime={day.date}>{formatDay(day.date, lang)}</time>
                  {day.date === props.today && (
                    <span className="muted small"> · {t('dashboard.agenda.today')}</span>
                  )}
                </h3>
                <ul className="dash-list compact">{day.items.map((i) => row(i, false))}</ul>
              </section>
            ))
          )}
          <div className="agenda-export">
            <button
              type="button"
              className="ghost small"
              onClick={() => void exportIcs()}
              disabled={upcoming === 0 || status === 'saving'}
              aria-describedby="dash-agenda-privacy"
            >
              {t('dashboard.agenda.export')}
            </button>
            <p id="dash-agenda-privacy" className="muted small">
              {upcoming === 0
                ? t('dashboard.agenda.exportNone')
                : t('dashboard.agenda.exportPrivacy')}
            </p>
            <span role="status" aria-live="polite" className="small">
              {status === 'done' && (
                <span className="ok">✓ {t('dashboard.agenda.exportDone')}</span>
              )}
              {status === 'failed' && (
                <span className="error">{t('dashboard.agenda.exportFailed')}</span>
              )}
            </span>
          </div>
        </>
      )}
    </section>
  );
}
