import { useId } from 'react';
import type { OfficeApi } from '../api';
import { Loaded, useLoad } from '../common';
import { withDaysLeft, type DeadlineItem } from '../deadline-view';
import { useI18n } from '../i18n';
import { stepLabel } from '../step-labels';

/** Deadlines across the office: overdue first, then the next 14 days (the service splits them). */
export function Deadlines({ api }: { api: OfficeApi }) {
  const { t, day } = useI18n();
  const [load, reload] = useLoad(() => api.deadlines());
  return (
    <Loaded load={load} reload={reload}>
      {(data) => {
        const overdue = withDaysLeft(data.overdue, data.today);
        const upcoming = withDaysLeft(data.upcoming, data.today);
        return (
          <>
            <p>{t('deadlines.intro', { today: day(data.today) })}</p>
            <DeadlineTable
              title={t('deadlines.overdue')}
              empty={t('deadlines.noneOverdue')}
              rows={overdue}
              late
            />
            <DeadlineTable
              title={t('deadlines.upcoming')}
              empty={t('deadlines.noneUpcoming')}
              rows={upcoming}
            />
          </>
        );
      }}
    </Loaded>
  );
}

function DeadlineTable({
  title,
  empty,
  rows,
  late = false,
}: {
  title: string;
  empty: string;
  rows: DeadlineItem[];
  late?: boolean;
}) {
  const { t, day, language } = useI18n();
  const id = useId();
  const when = (d: number) =>
    d < -1
      ? t('deadlines.daysLate', { days: -d })
      : d === -1
        ? t('deadlines.dayLate')
        : d === 0
          ? t('deadlines.today')
          : d === 1
            ? t('deadlines.inDay')
            : t('deadlines.inDays', { days: d });
  return (
    <section aria-labelledby={id} className={late ? 'group late' : 'group'}>
      <h2 id={id}>
        {title} <span className="count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('deadlines.due')}</th>
                <th scope="col">{t('deadlines.days')}</th>
                <th scope="col">{t('deadlines.client')}</th>
                <th scope="col">{t('deadlines.step')}</th>
                <th scope="col">{t('deadlines.coach')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.officeClientId}/${r.step}`}>
                  <td className="nowrap">{day(r.due)}</td>
                  <td className={late ? 'late-text' : undefined}>{when(r.daysLeft)}</td>
                  <th scope="row">
                    {r.displayName ?? t('caseload.noName')}{' '}
                    {r.clientNumber && <span className="muted">({r.clientNumber})</span>}
                  </th>
                  <td>{stepLabel(r.step, language)}</td>
                  <td>{r.coachName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
