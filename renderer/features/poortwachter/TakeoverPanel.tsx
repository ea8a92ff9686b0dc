import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/domain/iso-date';
import {
  markDoneBeforeTakeover,
  openStepsBeforeTakeover,
  validateTakeover,
  type PoortwachterCase,
  type TakeoverInput,
} from '../../../shared/domain/poortwachter-case';
import { formatDay } from '../../i18n/format';
import { messageKey } from '../../i18n/keys';

/**
 * A case taken over mid-way: the takeover date (and from whom), then one action that marks
 * every open step due before it as "gedaan vóór overname". Starts as a one-line hint, so a
 * case that was not taken over loses no room to it.
 */
export function TakeoverPanel(props: {
  current: PoortwachterCase;
  today: IsoDate;
  busy: boolean;
  onChange: (next: PoortwachterCase) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const empty: TakeoverInput = { date: '', from: '' };
  const [input, setInput] = useState<TakeoverInput>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof TakeoverInput, string>>>({});
  const [editing, setEditing] = useState(false);
  const { takeover } = props.current;
  const open = openStepsBeforeTakeover(props.current, props.today);

  async function record(e: FormEvent) {
    e.preventDefault();
    const r = validateTakeover(input, props.today);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    if (await props.onChange({ ...props.current, takeover: r.value })) {
      setInput(empty);
      setEditing(false);
    }
  }

  if (takeover) {
    // Clearing the takeover keeps the steps already marked: they were done, whoever did them.
    const withoutTakeover = { ...props.current, takeover: undefined };
    return (
      <section className="pw-takeover" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="pw-takeover-title">
          {takeover.from
            ? t('poortwachter.takeover.recordedFrom', {
                date: formatDay(takeover.date, i18n.language),
                from: takeover.from,
              })
            : t('poortwachter.takeover.recorded', {
                date: formatDay(takeover.date, i18n.language),
              })}
          <button
            type="button"
            className="ghost small"
            disabled={props.busy}
            onClick={() => void props.onChange(withoutTakeover)}
          >
            {t('poortwachter.takeover.remove')}
          </button>
        </h3>
        {open.length > 0 ? (
          <p className="pw-takeover-open">
            <span>{t('poortwachter.takeover.open', { count: open.length })}</span>
            <button
              type="button"
              disabled={props.busy}
              onClick={() => void props.onChange(markDoneBeforeTakeover(props.current, open))}
            >
              {t('poortwachter.takeover.bulk', { count: open.length })}
            </button>
          </p>
        ) : (
          <p className="muted small">{t('poortwachter.takeover.settled')}</p>
        )}
        <p className="muted small">{t('poortwachter.takeover.nvtHint')}</p>
      </section>
    );
  }

  if (!editing)
    return (
      <p className="pw-takeover pw-takeover-hint">
        <span className="small">{t('poortwachter.takeover.hint')}</span>
        <button type="button" className="ghost small" onClick={() => setEditing(true)}>
          {t('poortwachter.takeover.record')}…
        </button>
      </p>
    );

  return (
    <section className="pw-takeover" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="pw-takeover-title">
        {t('poortwachter.takeover.title')}
      </h3>
      <form onSubmit={(e) => void record(e)} noValidate>
        <div className="row">
          <label className="field w-s" htmlFor={`${id}-date`}>
            <span>{t('poortwachter.takeover.date')}</span>
            <input
              id={`${id}-date`}
              value={input.date}
              placeholder={t('client.datePlaceholder')}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={errors.date ? `${id}-date-error` : undefined}
              onChange={(e) => setInput({ ...input, date: e.target.value })}
              // Opened on purpose: the date is what the coach types next.
              autoFocus
            />
            {errors.date && (
              <small id={`${id}-date-error`} className="error" role="alert">
                {t(messageKey(errors.date))}
              </small>
            )}
          </label>
          <label className="field w-m" htmlFor={`${id}-from`}>
            <span>{t('poortwachter.takeover.from')}</span>
            <input
              id={`${id}-from`}
              value={input.from}
              aria-invalid={errors.from ? true : undefined}
              onChange={(e) => setInput({ ...input, from: e.target.value })}
            />
            {errors.from ? (
              <small className="error" role="alert">
                {t(messageKey(errors.from))}
              </small>
            ) : (
              <small className="muted">{t('poortwachter.takeover.fromHint')}</small>
            )}
          </label>
        </div>
        <button type="submit" disabled={props.busy}>
          {t('poortwachter.takeover.record')}
        </button>
      </form>
    </section>
  );
}
