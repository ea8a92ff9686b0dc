import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import type { IsoDate } from '../../../shared/domain/iso-date';
import type { PoortwachterStepId } from '../../../shared/domain/poortwachter';
import type { TimelineItem } from '../../../shared/domain/poortwachter-case';
import { formatDay } from '../../i18n/format';
import { joinList } from './case-records';
import { stepLabel } from '../ui/deadline-labels';
import { DeadlineBadge } from '../ui/DeadlineBadge';
import { DoneDateForm } from '../ui/DoneDateForm';
import { NotApplicableForm } from './NotApplicableForm';

/**
 * The vertical timeline: one card per step on a rail, coloured by state, with a "today"
 * marker between what is past and what is ahead.
 */
export function PoortwachterTimeline(props: {
  items: TimelineItem[];
  today: IsoDate;
  extensionWeeks: number;
  busy: boolean;
  onDone: (step: PoortwachterStepId, date: IsoDate | undefined) => Promise<void>;
  /** Marks a step "n.v.t." with its reason. */
  onNotApplicable?: (step: PoortwachterStepId, reason: string) => Promise<void>;
  /** Clears "gedaan vóór overname" or "n.v.t.". */
  onClear?: (step: PoortwachterStepId) => Promise<void>;
  /**
   * The projection of a closed compartment: states only, nothing to record. A done step shows
   * its badge alone, its done date being in the compartment.
   */
  readOnly?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const todayIndex = props.items.findIndex((i) => i.due >= props.today);

  return (
    <ol className="pw-timeline" aria-label={t('poortwachter.timeline.title')}>
      {props.items.map((item, index) => {
        const label = stepLabel(item.step, lang);
        const who = item.step.responsible.map((r) => t(`poortwachter.roles.${r}`));
        return (
          <Fragment key={item.step.id}>
            {index === todayIndex && <TodayMarker today={props.today} />}
            <li className={`pw-item ${item.state}`} data-step={item.step.id}>
              <span className="pw-dot" aria-hidden="true" />
              <div className="pw-card">
                <div className="pw-head">
                  <strong className="pw-label">{label}</strong>
                  {item.resolution === 'not-applicable' ? (
                    <span className="deadline-badge done">
                      {t('poortwachter.timeline.notApplicableBadge')}
                    </span>
                  ) : (
                    <DeadlineBadge state={item.state} daysLeft={item.daysLeft} />
                  )}
                </div>
                <p className="pw-meta">
                  {[
                    t(
                      item.step.timing === 'end-of-week'
                        ? 'poortwachter.timeline.week'
                        : 'poortwachter.timeline.weekAfter',
                      { week: item.step.week + (item.moved ? props.extensionWeeks : 0) },
                    ),
                    t('poortwachter.timeline.due', { date: formatDay(item.due, lang) }),
                    who.length > 0
                      ? t('poortwachter.timeline.who', { who: joinList(who, lang) })
                      : t('poortwachter.timeline.nobody'),
                  ].join(' · ')}
                  {item.moved && (
                    <span className="tag">
                      {t('poortwachter.timeline.moved', { weeks: props.extensionWeeks })}
                    </span>
                  )}
                </p>
                {item.resolution === 'before-takeover' || item.resolution === 'not-applicable' ? (
                  <p className="pw-done">
                    {item.resolution === 'before-takeover'
                      ? t('poortwachter.timeline.beforeTakeover')
                      : item.reason
                        ? t('poortwachter.timeline.notApplicable', { reason: item.reason })
                        : t('poortwachter.timeline.notApplicableBadge')}
                    {!props.readOnly && props.onClear && (
                      <ClearButton
                        label={label}
                        busy={props.busy}
                        onClear={() => props.onClear?.(item.step.id)}
                      />
                    )}
                  </p>
                ) : props.readOnly ? null : item.passive ? (
                  item.state === 'done' && (
                    <p className="pw-done">
                      {t('poortwachter.timeline.reachedOn', { date: formatDutchDate(item.due) })}
                    </p>
                  )
                ) : item.done ? (
                  <p className="pw-done">
                    {t('poortwachter.timeline.doneOn', { date: formatDutchDate(item.done) })}
                    <button
                      type="button"
                      className="ghost small"
                      disabled={props.busy}
                      aria-label={t('poortwachter.timeline.undoLabel', { step: label })}
                      onClick={() => void props.onDone(item.step.id, undefined)}
                    >
                      {t('poortwachter.timeline.undo')}
                    </button>
                  </p>
                ) : (
                  <div className="pw-actions">
                    <DoneDateForm
                      label={label}
                      today={props.today}
                      disabled={props.busy}
                      collapsed={item.state === 'upcoming'}
                      draft={{ editor: 'poortwachter-done', part: item.step.id }}
                      onRecord={(date) => props.onDone(item.step.id, date)}
                    />
                    {props.onNotApplicable && (
                      <NotApplicableForm
                        label={label}
                        disabled={props.busy}
                        onRecord={(reason) =>
                          props.onNotApplicable?.(item.step.id, reason) ?? Promise.resolve()
                        }
                      />
                    )}
                  </div>
                )}
              </div>
            </li>
          </Fragment>
        );
      })}
      {todayIndex === -1 && <TodayMarker today={props.today} />}
    </ol>
  );
}

function ClearButton(props: { label: string; busy: boolean; onClear: () => unknown }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="ghost small"
      disabled={props.busy}
      aria-label={t('poortwachter.timeline.clearLabel', { step: props.label })}
      onClick={() => void props.onClear()}
    >
      {t('poortwachter.timeline.undo')}
    </button>
  );
}

function TodayMarker({ today }: { today: IsoDate }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="pw-today">
      <span>{t('dashboard.today', { date: formatDay(today, i18n.language) })}</span>
    </li>
  );
}
