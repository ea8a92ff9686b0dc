import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import {
  groundStatus,
  type ConsentContext,
  type Ground,
  type GroundStatus,
} from '../../../shared/domain/consent';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import { localDateOfTimestamp } from '../../../shared/domain/local-date';

/** Every ground ever recorded, newest first; withdrawn ones stay visible as history. */
export function GroundList(props: {
  grounds: Ground[];
  context: ConsentContext;
  today: string;
  onAdd: () => void;
  onWithdraw: (ground: Ground) => void;
}) {
  const { t } = useTranslation();
  const grounds = [...props.grounds].sort((a, b) =>
    a.givenOn === b.givenOn
      ? b.recordedAt.localeCompare(a.recordedAt)
      : a.givenOn < b.givenOn
        ? 1
        : -1,
  );
  return (
    <section className="consent-list" aria-labelledby="consent-list-title">
      <div className="consent-list-head">
        <h3 id="consent-list-title">{t('consent.list.title')}</h3>
        <button type="button" className="primary" onClick={props.onAdd}>
          {t('consent.list.add')}
        </button>
      </div>
      {grounds.length === 0 ? (
        <p className="muted">{t('consent.list.empty')}</p>
      ) : (
        <ul className="consent-grounds">
          {grounds.map((g) => (
            <GroundItem
              key={g.id}
              ground={g}
              status={groundStatus(g, props.context, props.today)}
              onWithdraw={() => props.onWithdraw(g)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function GroundItem(props: { ground: Ground; status: GroundStatus; onWithdraw: () => void }) {
  const { t } = useTranslation();
  const { ground: g, status } = props;
  const consent = g.basis === 'consent';
  const date = formatDutchDate(g.givenOn);
  const given = [
    consent ? t('consent.list.givenOn', { date }) : t('consent.list.appliesFrom', { date }),
    g.method && t(`consent.methods.${g.method}`).toLocaleLowerCase('nl'),
    g.givenBy === 'client' && t('consent.list.byClient'),
    g.givenBy === 'representative' &&
      t('consent.list.byRepresentative', {
        name: g.representativeName,
        role: g.representativeRole ? t(`consent.roles.${g.representativeRole}`) : '',
      }),
  ].filter(Boolean);

  return (
    <li className={`consent-ground ${status.state}`} data-scope={g.scope}>
      <div className="consent-ground-head">
        <div>
          <strong>{t(`consent.scopes.${g.scope}`)}</strong>
          <span className="muted"> · {t(`consent.bases.${g.basis}`)}</span>
        </div>
        <StatusBadge status={status} consent={consent} />
      </div>
      <p className="consent-ground-given">{given.join(' · ')}</p>
      {g.employers.length > 0 && (
        <p>
          <span className="muted">{t('consent.list.employers')}: </span>
          {g.employers.join(', ')}
        </p>
      )}
      {g.description && <p className="consent-ground-description">{g.description}</p>}
      <div className="consent-ground-foot">
        <span className="muted small">
          {t('consent.list.recordedAt', {
            date: formatDutchDate(localDateOfTimestamp(g.recordedAt)),
          })}
        </span>
        {!g.withdrawnOn && (
          <button type="button" className="ghost danger small" onClick={props.onWithdraw}>
            {consent ? t('consent.list.withdraw') : t('consent.list.end')}
          </button>
        )}
      </div>
    </li>
  );
}

function StatusBadge({ status, consent }: { status: GroundStatus; consent: boolean }) {
  const { t } = useTranslation();
  let text: string;
  if (status.state === 'valid') text = t('consent.status.valid');
  else if (status.state === 'withdrawn')
    text = t(consent ? 'consent.status.withdrawn' : 'consent.status.ended', {
      date: formatDutchDate(status.on),
    });
  else text = t('consent.status.invalid', { reason: t(messageKey(status.reason)) });
  return <span className={`consent-status ${status.state}`}>{text}</span>;
}
