import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import type { IsoDate } from '../../../shared/domain/iso-date';
import type { UwvTrajectory } from '../../../shared/domain/uwv-trajectory';
import { formatHours } from '../../i18n/format';

/**
 * "32 van 40 uur": the hours booked on the trajectory (the financial records, built from the
 * logbook, sealed entries included) against the granted hours.
 */
export function HoursBar(props: {
  trajectory: UwvTrajectory;
  /** Minutes booked on the trajectory; null while loading. */
  minutes: number | null;
  error: string | null;
  today: IsoDate;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { trajectory: tr } = props;
  const { minutes } = props;
  const granted = tr.grantedHours;

  let body;
  if (props.error) body = <p className="error">{t(messageKey(props.error))}</p>;
  else if (!tr.startDate) body = <p className="muted small">{t('trajectory.hours.noStart')}</p>;
  else if (minutes === null) body = <p className="muted small">{t('dashboard.loading')}</p>;
  else {
    const spent = formatHours(minutes, lang);
    const over = granted !== null && minutes > granted * 60;
    body = (
      <>
        <p className="uwv-hours-figure">
          {granted !== null
            ? t('trajectory.hours.spent', { spent, granted: formatHours(granted * 60, lang) })
            : t('trajectory.hours.spentOnly', { spent })}
        </p>
        {granted !== null && granted > 0 && (
          <progress
            className={over ? 'uwv-progress over' : 'uwv-progress'}
            max={granted * 60}
            value={Math.min(minutes, granted * 60)}
            aria-label={t('trajectory.hours.title')}
          />
        )}
        {granted !== null && (
          <p className={over ? 'error small' : 'muted small'}>
            {over
              ? t('trajectory.hours.over', { hours: formatHours(minutes - granted * 60, lang) })
              : t('trajectory.hours.left', { hours: formatHours(granted * 60 - minutes, lang) })}
          </p>
        )}
        <p className="muted small">
          {t('trajectory.hours.source', {
            from: formatDutchDate(tr.startDate),
            to: formatDutchDate(tr.endDate || props.today),
          })}
        </p>
      </>
    );
  }

  return (
    <section className="uwv-card" aria-labelledby="uwv-hours">
      <h2 id="uwv-hours">{t('trajectory.hours.title')}</h2>
      {body}
    </section>
  );
}
