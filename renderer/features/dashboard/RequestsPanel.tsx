import { useTranslation } from 'react-i18next';
import { displayName, type Client } from '../../../shared/domain/client';
import { isOpenRequest, requestDeadlineState } from '../../../shared/domain/requests';
import { formatDay } from '../../i18n/format';
import type { DossierTab } from '../../state/session';
import type { StoredRequest } from '../../state/types';
import { DeadlineBadge } from '../ui/DeadlineBadge';

/**
 * "Verzoeken van cliënten": every open request across the caseload, the nearest deadline
 * first. All open ones, not only those due soon: with a 1-week term nothing is far away, and
 * a request forgotten for three weeks must not be out of sight until its last week.
 */
export function RequestsPanel(props: {
  requests: StoredRequest[] | null;
  clientsById: Record<string, Client>;
  today: string;
  open: (clientId: string, tab: DossierTab) => void;
}) {
  const { t, i18n } = useTranslation();
  const rows = (props.requests ?? [])
    .filter((r) => isOpenRequest(r.data) && props.clientsById[r.clientId])
    .map((r) => ({ r, deadline: requestDeadlineState(r.data, props.today) }))
    .sort((a, b) => a.deadline.daysLeft - b.deadline.daysLeft);
  return (
    <section className="dash-panel" aria-labelledby="dash-requests">
      <header>
        <h2 id="dash-requests">{t('requests.dashboard.title')}</h2>
        <p className="muted small">{t('requests.dashboard.subtitle')}</p>
      </header>
      {!props.requests ? (
        <p className="muted small" aria-busy="true">
          {t('dashboard.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('requests.dashboard.empty')}</p>
      ) : (
        <ul className="dash-list">
          {rows.map(({ r, deadline }) => {
            const client = props.clientsById[r.clientId];
            return (
              <li key={r.id}>
                <button
                  type="button"
                  className={`dash-row deadline ${deadline.state}`}
                  onClick={() => props.open(r.clientId, 'requests')}
                >
                  <span className="dash-when">
                    <DeadlineBadge state={deadline.state} daysLeft={deadline.daysLeft} />
                    <span className="muted small">{formatDay(deadline.due, i18n.language)}</span>
                  </span>
                  <span className="dash-what">
                    <strong>{client ? displayName(client) : ''}</strong>
                    <span>
                      {t(`requests.types.${r.data.type}`)} ·{' '}
                      {t(`requests.statuses.${r.data.status}`)}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
