import { useId, useState, type FormEvent } from 'react';
import type { HoursRow } from '../../../../shared/sync/staff-api';
import type { OfficeApi } from '../api';
import { Loaded, useLoad } from '../common';
import { hoursByCoach, hoursCsv } from '../hours-view';
import { useI18n } from '../i18n';

const monthOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** The default period: this month and the two before it (an invoicing quarter at a glance). */
function defaultRange(now = new Date()): { from: string; to: string } {
  return { from: monthOf(new Date(now.getFullYear(), now.getMonth() - 2, 1)), to: monthOf(now) };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Hours per coach and month for a period, and the CSV export of the same rows for invoicing. */
export function Hours({ api }: { api: OfficeApi }) {
  const { t } = useI18n();
  const id = useId();
  const [range, setRange] = useState(defaultRange);
  const [draft, setDraft] = useState(range);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [load, reload] = useLoad(
    () => api.hours(range.from, range.to),
    `${range.from}/${range.to}`,
  );

  function show(e: FormEvent) {
    e.preventDefault();
    if (!MONTH.test(draft.from) || !MONTH.test(draft.to) || draft.from > draft.to) {
      setInvalid(t('hours.badRange'));
      return;
    }
    setInvalid(null);
    // The same period again still asks the office anew: the coaches may have synced since.
    if (draft.from === range.from && draft.to === range.to) reload();
    else setRange(draft);
  }

  return (
    <>
      <p>{t('hours.intro')}</p>
      <form className="inline" onSubmit={show} noValidate>
        <div>
          <label htmlFor={`${id}-from`}>{t('hours.from')}</label>
          <input
            id={`${id}-from`}
            type="month"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`}>{t('hours.to')}</label>
          <input
            id={`${id}-to`}
            type="month"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <button type="submit">{t('hours.show')}</button>
      </form>
      {invalid && (
        <p className="error" role="alert">
          {invalid}
        </p>
      )}
      <Loaded load={load} reload={reload}>
        {(rows) => <HoursTable rows={rows} range={range} />}
      </Loaded>
    </>
  );
}

function HoursTable({ rows, range }: { rows: HoursRow[]; range: { from: string; to: string } }) {
  const { t, month, number } = useI18n();
  if (rows.length === 0) return <p>{t('hours.empty')}</p>;
  const summary = hoursByCoach(rows, t('caseload.unassigned'));

  function download() {
    const csv = hoursCsv(rows, {
      coach: t('csv.coach'),
      month: t('csv.month'),
      activity: t('csv.activity'),
      hours: t('csv.hours'),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `uren-${range.from}-${range.to}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    // The click has handed the blob to the download; release it on the next turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <>
      <div className="table-wrap">
        <table className="numbers">
          <caption>{t('hours.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hours.coach')}</th>
              {summary.months.map((m) => (
                <th scope="col" key={m}>
                  {month(m)}
                </th>
              ))}
              <th scope="col">{t('hours.total')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.coaches.map((c) => (
              <tr key={c.coach}>
                <th scope="row">{c.coach}</th>
                {summary.months.map((m) => (
                  <td key={m}>{number(c.byMonth.get(m) ?? 0)}</td>
                ))}
                <td>
                  <strong>{number(c.total)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('hours.total')}</th>
              {summary.months.map((m) => (
                <td key={m}>{number(summary.totalByMonth.get(m) ?? 0)}</td>
              ))}
              <td>
                <strong>{number(summary.total)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>
        <button type="button" className="primary" onClick={download}>
          {t('hours.export')}
        </button>
      </p>
      <p className="hint">{t('hours.exportHint')}</p>
    </>
  );
}
