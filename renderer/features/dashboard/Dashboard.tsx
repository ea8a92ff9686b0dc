import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import {
  buildDashboard,
  summarizeLogbook,
  type DashboardData,
  type DeadlineRow,
  type LogbookSummary,
} from '../../../shared/domain/deadlines';
import { POORTWACHTER_STEPS } from '../../../shared/domain/poortwachter';
import { errorKey, useSession, type DossierTab } from '../../state/session';
import { services } from '../../state/services';
import { DeadlineBadge } from '../ui/DeadlineBadge';
import { stepLabel, useMilestoneLabel } from '../ui/deadline-labels';
import { formatDay, formatHours, formatMonth } from '../../i18n/format';
import {
  dashboardClients,
  type DashboardContact,
  type DeadlineSources,
} from '../../state/dashboard-loader';
import { localIsoDate } from '../../../shared/domain/local-date';
import { buildAgenda } from '../../../shared/domain/agenda';
import { sortName } from '../../../shared/domain/client';
import { AgendaPanel } from './AgendaPanel';
import type { StoredRequest } from '../../state/types';
import { RequestsPanel } from './RequestsPanel';
import { RetentionPanel } from './RetentionPanel';
import './dashboard.css';

/**
 * The home screen: deadlines across all clients, hours this month and clients without
 * contact. Deadlines come first (few small records); the logbook panels follow once every
 * entry is open.
 */
export function Dashboard() {
  const { t, i18n } = useTranslation();
  const clientsById = useSession((s) => s.clientsById);
  const [today] = useState(localIsoDate);
  const [sources, setSources] = useState<DeadlineSources | null>(null);
  const [summaries, setSummaries] = useState<LogbookSummary[] | null>(null);
  const [contacts, setContacts] = useState<DashboardContact[] | null>(null);
  const [requests, setRequests] = useState<StoredRequest[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = useOpen();

  useEffect(() => {
    let live = true;
    const fail = (e: unknown) => live && setError(errorKey(e));
    const { dashboard, requests: register } = services();
    dashboard.deadlineSources().then((s) => live && setSources(s), fail);
    register.listAll().then((r) => live && setRequests(r), fail);
    dashboard.contacts().then((c) => {
      if (!live) return;
      setSummaries(summarizeLogbook(c, today));
      setContacts(c);
    }, fail);
    return () => {
      live = false;
    };
  }, [today]);

  const clients = useMemo(() => dashboardClients(Object.values(clientsById)), [clientsById]);
  const data = useMemo(
    () =>
      buildDashboard({
        today,
        clients,
        cases: sources?.cases ?? [],
        trajectories: sources?.trajectories ?? [],
        logbook: summaries ?? [],
      }),
    [today, clients, sources, summaries],
  );

  // Active clients by name: the agenda lists a day's follow-ups in caseload order.
  const agendaClients = useMemo(
    () =>
      Object.values(clientsById)
        .filter((c) => !c.archived)
        .sort((a, b) => sortName(a).localeCompare(sortName(b), 'nl')),
    [clientsById],
  );
  const agenda = useMemo(
    () => (contacts ? buildAgenda(contacts, agendaClients, today) : null),
    [contacts, agendaClients, today],
  );

  return (
    <section className="detail dashboard" aria-label={t('dashboard.title')}>
      <header className="detail-head">
        <h1>{t('dashboard.title')}</h1>
        <p className="muted">
          {t('dashboard.today', { date: formatDay(today, i18n.language) })} ·{' '}
          {clients.length === 0 ? t('client.noneSelected') : t('dashboard.intro')}
        </p>
      </header>
      {error && (
        <p className="error" role="alert">
          {t(messageKey(error))}
        </p>
      )}
      <div className="dash-grid">
        <DeadlinesPanel data={sources ? data : null} />
        <div className="dash-column">
          <RetentionPanel clientsById={clientsById} today={today} open={open} />
          <RequestsPanel requests={requests} clientsById={clientsById} today={today} open={open} />
          <AgendaPanel agenda={agenda} today={today} open={open} />
          <HoursPanel data={summaries ? data : null} />
          <NoContactPanel data={summaries ? data : null} />
        </div>
      </div>
    </section>
  );
}

function useOpen() {
  const select = useSession((s) => s.select);
  const setTab = useSession((s) => s.setTab);
  return (clientId: string, tab: DossierTab) => {
    select(clientId);
    setTab(tab);
  };
}

function Panel(props: { id: string; title: string; subtitle?: string; children: React.ReactNode }) {
  return (
    <section className="dash-panel" aria-labelledby={props.id}>
      <header>
        <h2 id={props.id}>{props.title}</h2>
        {props.subtitle && <p className="muted small">{props.subtitle}</p>}
      </header>
      {props.children}
    </section>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted small" aria-busy="true">
      {t('dashboard.loading')}
    </p>
  );
}

function DeadlinesPanel({ data }: { data: DashboardData | null }) {
  const { t, i18n } = useTranslation();
  const open = useOpen();
  const milestoneLabel = useMilestoneLabel();
  const label = (row: DeadlineRow) => {
    if (row.source === 'uwv') return milestoneLabel(row.milestone);
    const step = POORTWACHTER_STEPS.find((s) => s.id === row.step);
    return step ? stepLabel(step, i18n.language) : row.step;
  };
  return (
    <Panel
      id="dash-deadlines"
      title={t('dashboard.deadlines.title')}
      subtitle={
        data
          ? t('dashboard.deadlines.subtitle', { date: formatDay(data.horizon, i18n.language) })
          : undefined
      }
    >
      {!data ? (
        <Loading />
      ) : data.deadlines.length === 0 ? (
        <p className="muted">{t('dashboard.deadlines.empty')}</p>
      ) : (
        <ul className="dash-list">
          {data.deadlines.map((row) => (
            <li key={row.key}>
              <button
                type="button"
                className={`dash-row deadline ${row.state}`}
                onClick={() =>
                  open(row.clientId, row.source === 'poortwachter' ? 'poortwachter' : 'trajectory')
                }
              >
                <span className="dash-when">
                  <DeadlineBadge state={row.state} daysLeft={row.daysLeft} />
                  <span className="muted small">{formatDay(row.due, i18n.language)}</span>
                </span>
                <span className="dash-what">
                  <strong>{row.clientName}</strong>
                  <span>{label(row)}</span>
                </span>
                <span className={`tag source-${row.source}`}>
                  {t(`dashboard.deadlines.${row.source}`)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function HoursPanel({ data }: { data: DashboardData | null }) {
  const { t, i18n } = useTranslation();
  const open = useOpen();
  const lang = i18n.language;
  return (
    <Panel id="dash-hours" title={t('dashboard.hours.title')}>
      {!data ? (
        <Loading />
      ) : (
        <>
          <p className="dash-figure">
            {t('dashboard.hours.total', { hours: formatHours(data.hours.totalMinutes, lang) })}
          </p>
          <p className="muted small">
            {data.hours.totalMinutes === 0
              ? t('dashboard.hours.empty', { month: formatMonth(data.hours.month, lang) })
              : t('dashboard.hours.month', { month: formatMonth(data.hours.month, lang) })}
          </p>
          {data.hours.perClient.length > 0 && (
            <ul className="dash-list compact">
              {data.hours.perClient.map((row) => (
                <li key={row.clientId}>
                  <button
                    type="button"
                    className="dash-row"
                    onClick={() => open(row.clientId, 'logbook')}
                  >
                    <span className="dash-what">{row.clientName}</span>
                    <span className="dash-hours">
                      {t('dashboard.hours.client', { hours: formatHours(row.minutes, lang) })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Panel>
  );
}

function NoContactPanel({ data }: { data: DashboardData | null }) {
  const { t } = useTranslation();
  const open = useOpen();
  return (
    <Panel id="dash-no-contact" title={t('dashboard.noContact.title')}>
      {!data ? (
        <Loading />
      ) : data.noContact.length === 0 ? (
        <p className="muted small">{t('dashboard.noContact.empty')}</p>
      ) : (
        <ul className="dash-list compact">
          {data.noContact.map((row) => {
            const client = row.lastContact
              ? t('dashboard.noContact.last', {
                  date: formatDutchDate(row.since),
                  days: row.days,
                })
              : t('dashboard.noContact.never', {
                  date: formatDutchDate(row.since),
                  days: row.days,
                });
            return (
              <li key={row.clientId}>
                <button
                  type="button"
                  className="dash-row"
                  onClick={() => open(row.clientId, 'logbook')}
                >
                  <span className="dash-what">
                    <strong>{row.clientName}</strong>
                    <span className="muted small">{client}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
