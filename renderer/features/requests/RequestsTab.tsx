import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import { localIsoDate } from '../../../shared/domain/local-date';
import { extensionToldLate, repeatOf, requestDeadlineState } from '../../../shared/domain/requests';
import { formatDay } from '../../i18n/format';
import { messageKey } from '../../i18n/keys';
import type { StoredRequest } from '../../state/types';
import { DeadlineBadge } from '../ui/DeadlineBadge';
import { RequestDialog } from './RequestDialog';
import type { RequestSettings } from '../../state/request-settings';
import { useRequests } from './useRequests';
import './requests.css';

/** The client's request register: every request ever made, newest first, with deadlines. */
export function RequestsTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const state = useRequests(client.id);
  // Per render: a dossier left open past midnight counts days from the new day.
  const today = localIsoDate();
  const [editing, setEditing] = useState<StoredRequest | 'new' | null>(null);

  if (state.status === 'loading') return <p className="muted">{t('requests.loading')}</p>;
  if (state.status === 'error')
    return <p className="notice error">{t(messageKey(state.message))}</p>;

  return (
    <div className="requests">
      <div className="requests-head">
        <p className="muted">{t('requests.intro')}</p>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('requests.add')}
        </button>
      </div>
      {state.requests.length === 0 ? (
        <p className="muted">{t('requests.empty')}</p>
      ) : (
        <ul className="requests-list" aria-label={t('requests.title')}>
          {state.requests.map((r) => (
            <RequestItem
              key={r.id}
              request={r}
              all={state.requests}
              today={today}
              settings={state.settings}
              onEdit={() => setEditing(r)}
            />
          ))}
        </ul>
      )}
      {editing && (
        <RequestDialog
          client={client}
          request={editing === 'new' ? null : editing}
          term={state.settings.term}
          today={today}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

function RequestItem(props: {
  request: StoredRequest;
  all: StoredRequest[];
  today: string;
  settings: RequestSettings;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const r = props.request.data;
  const deadline = requestDeadlineState(r, props.today);
  const repeat = repeatOf(props.request, props.all);
  return (
    <li className={`request-item ${deadline.state}`} data-type={r.type}>
      <div className="request-item-head">
        <div>
          <strong>{t(`requests.types.${r.type}`)}</strong>
          <span className={`tag status-${r.status}`}>{t(`requests.statuses.${r.status}`)}</span>
          {r.outcome && <span className="tag">{t(`requests.outcomes.${r.outcome}`)}</span>}
        </div>
        <span className="request-when">
          {deadline.state !== 'done' && (
            <DeadlineBadge state={deadline.state} daysLeft={deadline.daysLeft} />
          )}
          <span className="muted small">
            {t('requests.due', { date: formatDay(deadline.due, lang) })}
            {r.extensionMonths > 0 && ` · ${t('requests.extended', { count: r.extensionMonths })}`}
          </span>
        </span>
      </div>
      <p className="request-line">
        {t('requests.received', {
          date: formatDay(r.receivedOn, lang),
          channel: t(`requests.channels.${r.channel}`),
        })}
        {r.requester === 'representative' &&
          ` · ${t('requests.byRepresentative', {
            name: r.representativeName,
            role: r.representativeRole ? t(`consent.roles.${r.representativeRole}`) : '',
          })}`}
      </p>
      {r.description && <p className="request-description">{r.description}</p>}
      {r.outcomeReasons && <p className="request-description">{r.outcomeReasons}</p>}
      {r.deliveredOn && (
        <p className="request-line">
          {t('requests.deliveredOn', { date: formatDay(r.deliveredOn, lang), how: r.deliveredHow })}
        </p>
      )}
      {repeat && (
        <p className="notice small request-repeat">
          {t('requests.repeat', { date: formatDay(repeat.data.receivedOn, lang) })}{' '}
          {props.settings.feeForRepeat ? t('requests.repeatFee') : t('requests.repeatNoFee')}
        </p>
      )}
      {extensionToldLate(r) && <p className="notice small">{t('requests.toldLate')}</p>}
      <div className="request-item-foot">
        <button type="button" className="ghost" onClick={props.onEdit}>
          {t('requests.edit')}
        </button>
      </div>
    </li>
  );
}
