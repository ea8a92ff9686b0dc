import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateNotApplicableReason } from '../../../shared/domain/poortwachter-case';
import { messageKey } from '../../i18n/keys';

/** "n.v.t.…" beside a step's done form; opens a reason field, which is required. */
export function NotApplicableForm(props: {
  /** The step's name, so each field has its own accessible label. */
  label: string;
  disabled: boolean;
  onRecord: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = validateNotApplicableReason(text);
    if (!r.ok) {
      setError(r.errors.reason ?? 'poortwachter.errors.reasonRequired');
      return;
    }
    setError(null);
    await props.onRecord(r.value);
  }

  if (!open)
    return (
      <button
        type="button"
        className="ghost small"
        aria-label={t('poortwachter.notApplicable.buttonLabel', { step: props.label })}
        onClick={() => setOpen(true)}
      >
        {t('poortwachter.notApplicable.button')}
      </button>
    );

  return (
    <form className="done-form pw-nvt-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id} className="small">
        {t('poortwachter.notApplicable.reason')}
      </label>
      <input
        id={id}
        className="pw-reason"
        value={text}
        aria-label={t('poortwachter.notApplicable.reasonLabel', { step: props.label })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        // Opened on purpose by the coach: the reason is what they type next.
        autoFocus
      />
      <button type="submit" className="ghost small" disabled={props.disabled}>
        {t('poortwachter.notApplicable.record')}
      </button>
      <button type="button" className="ghost small" onClick={() => setOpen(false)}>
        {t('poortwachter.notApplicable.cancel')}
      </button>
      {error && (
        <small id={`${id}-error`} className="error" role="alert">
          {t(messageKey(error))}
        </small>
      )}
    </form>
  );
}
