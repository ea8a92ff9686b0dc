import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursRow, InvoiceInput, InvoiceReference } from '../../../shared/domain/financial';
import { formatDay, formatHours } from '../../i18n/format';
import { messageKey } from '../../i18n/keys';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';

const monthLabel = (month: string, language: string) =>
  new Date(`${month}-01T12:00:00`).toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
  });

/**
 * The financial records on the trajectory tab: hours per month and activity (what UWV pays
 * by, and what the office will receive) and the invoice references the coach records.
 * Both are kept 7 years under a key of their own, so they outlive an erased dossier.
 */
export function FinancialPanel(props: {
  clientId: string;
  hours: HoursRow[];
  trajectoryId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  return (
    <div className="uwv-financial">
      <section className="uwv-card" aria-labelledby={`${ids}-hours`}>
        <h2 id={`${ids}-hours`}>{t('financial.hoursTitle')}</h2>
        <p className="muted small">{t('financial.hoursIntro')}</p>
        {props.hours.length === 0 ? (
          <p className="muted">{t('financial.noHours')}</p>
        ) : (
          <table className="uwv-hours-table">
            <thead>
              <tr>
                <th scope="col">{t('financial.month')}</th>
                <th scope="col">{t('financial.activity')}</th>
                <th scope="col">{t('financial.hours')}</th>
                <th scope="col">{t('financial.onTrajectory')}</th>
              </tr>
            </thead>
            <tbody>
              {props.hours.map((r) => (
                <tr key={`${r.trajectoryId ?? ''}|${r.month}|${r.activity}`}>
                  <td>{monthLabel(r.month, i18n.language)}</td>
                  <td>{t(`financial.activities.${r.activity}`)}</td>
                  <td>{formatHours(r.minutes, i18n.language)}</td>
                  <td>{r.trajectoryId && r.trajectoryId === props.trajectoryId ? '✓' : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Invoices clientId={props.clientId} trajectoryId={props.trajectoryId} />
    </div>
  );
}

function Invoices(props: { clientId: string; trajectoryId: string | null }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [list, setList] = useState<InvoiceReference[]>([]);
  const [values, setValues] = useState<InvoiceInput>({ reference: '', invoicedOn: '', note: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof InvoiceInput, string>>>({});
  const [status, setStatus] = useState('');
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void services()
      .financial.invoices(props.clientId)
      .then((rows) => live && setList(rows.map((r) => r.data)));
    return () => {
      live = false;
    };
  }, [props.clientId, reloads]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    try {
      const r = await services().financial.addInvoice(
        props.clientId,
        values,
        props.trajectoryId ?? undefined,
      );
      if (!r.ok) return setErrors(r.errors);
      setErrors({});
      setValues({ reference: '', invoicedOn: '', note: '' });
      setStatus(t('financial.invoiceSaved'));
      setReloads((n) => n + 1);
    } catch (err) {
      setStatus(t(errorKey(err)));
    }
  }

  const field = (key: keyof InvoiceInput, label: string, max: number) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={`invoice-${key}`}
        value={values[key]}
        maxLength={max}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${ids}-${key}` : undefined}
        onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
      />
      {errors[key] && (
        <small className="error" id={`${ids}-${key}`}>
          {t(messageKey(errors[key]))}
        </small>
      )}
    </label>
  );

  return (
    <section className="uwv-card" aria-labelledby={`${ids}-invoices`}>
      <h2 id={`${ids}-invoices`}>{t('financial.invoicesTitle')}</h2>
      {list.length === 0 ? (
        <p className="muted">{t('financial.noInvoices')}</p>
      ) : (
        <ul className="uwv-invoices">
          {list.map((r) => (
            <li key={r.recordedAt + r.reference}>
              <strong>{r.reference}</strong> · {formatDay(r.invoicedOn, i18n.language)}
              {r.note && ` · ${r.note}`}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="uwv-invoice-form">
        {field('reference', t('financial.reference'), 60)}
        {field('invoicedOn', t('financial.invoicedOn'), 10)}
        {field('note', t('financial.note'), 200)}
        <div>
          <button type="submit" className="ghost">
            {t('financial.addInvoice')}
          </button>
        </div>
        <p role="status" className="muted small">
          {status}
        </p>
      </form>
    </section>
  );
}
