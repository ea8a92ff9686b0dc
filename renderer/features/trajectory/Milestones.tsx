import { useTranslation } from 'react-i18next';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import type { IsoDate } from '../../../shared/domain/iso-date';
import { milestoneTimeline, type UwvTrajectory } from '../../../shared/domain/uwv-trajectory';
import { formatDay } from '../../i18n/format';
import { DeadlineBadge } from '../ui/DeadlineBadge';
import { DoneDateForm } from '../ui/DoneDateForm';
import { useMilestoneLabel } from '../ui/deadline-labels';

export function Milestones(props: {
  trajectory: UwvTrajectory | undefined;
  today: IsoDate;
  busy: boolean;
  onDone: (id: string, date: IsoDate | undefined) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const label = useMilestoneLabel();
  const items = props.trajectory ? milestoneTimeline(props.trajectory, props.today) : [];

  return (
    <section className="uwv-card" aria-labelledby="uwv-milestones">
      <h2 id="uwv-milestones">{t('trajectory.milestones.title')}</h2>
      {props.trajectory && (
        <p className="muted small">
          {t(`trajectory.milestones.schedule.${props.trajectory.type}`)}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted small">{t('trajectory.milestones.none')}</p>
      ) : (
        <ol className="uwv-milestones">
          {items.map((m) => (
            <li key={m.id} className={`uwv-milestone ${m.state}`} data-milestone={m.id}>
              <div className="pw-head">
                <strong>{label(m)}</strong>
                <DeadlineBadge state={m.state} daysLeft={m.daysLeft} />
              </div>
              <p className="pw-meta">
                {t('poortwachter.timeline.due', { date: formatDay(m.due, i18n.language) })}
              </p>
              {m.done ? (
                <p className="pw-done">
                  {t('poortwachter.timeline.doneOn', { date: formatDutchDate(m.done) })}
                  <button
                    type="button"
                    className="ghost small"
                    disabled={props.busy}
                    aria-label={t('poortwachter.timeline.undoLabel', { step: label(m) })}
                    onClick={() => void props.onDone(m.id, undefined)}
                  >
                    {t('poortwachter.timeline.undo')}
                  </button>
                </p>
              ) : (
                <DoneDateForm
                  label={label(m)}
                  today={props.today}
                  disabled={props.busy}
                  collapsed={m.state === 'upcoming'}
                  draft={{ editor: 'milestone-done', part: m.id }}
                  onRecord={(date) => props.onDone(m.id, date)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {props.trajectory?.startDate && !props.trajectory.endDate && (
        <p className="muted small">{t('trajectory.milestones.noEnd')}</p>
      )}
    </section>
  );
}
