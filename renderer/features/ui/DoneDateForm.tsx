import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import type { IsoDate } from '../../../shared/domain/iso-date';
import { validateDoneDate } from '../../../shared/domain/poortwachter-case';
import { useSession } from '../../state/session';
import { useFormDraft } from '../../state/useFormDraft';
import { DraftNotice } from './DraftNotice';
import './deadlines.css';

/** The inline "Gedaan op [dd-mm-jjjj] Vastleggen" of one step or milestone. */
export function DoneDateForm(props: {
  /** The step's name, so each field has its own accessible label. */
  label: string;
  today: IsoDate;
  disabled?: boolean;
  /** Starts as a small "Gedaan op…" button, for steps that are not due yet. */
  collapsed?: boolean;
  /** Where a typed, unrecorded date is kept across the lock: the editor, and the step's id. */
  draft: { editor: 'poortwachter-done' | 'milestone-done'; part: string };
  onRecord: (date: IsoDate) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(!props.collapsed);
  // A date typed but not recorded survives the idle lock, sealed as a draft (issue 11).
  const draft = useFormDraft<string>({
    clientId: useSession((s) => s.selectedId),
    editor: props.draft.editor,
    part: props.draft.part,
    values: text,
    dirty: text !== '',
    restore: (kept) => {
      setText(typeof kept === 'string' ? kept : '');
      setOpen(true);
    },
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = validateDoneDate(text, props.today);
    if (!r.ok) {
      setError(r.errors.date ?? 'validation.date');
      return;
    }
    setError(null);
    await draft.saving(() => props.onRecord(r.value));
    setText('');
  }

  if (!open)
    return (
      <div className="done-form">
        <button
          type="button"
          className="ghost small"
          aria-label={t('poortwachter.deadline.recordLabel', { step: props.label })}
          onClick={() => setOpen(true)}
        >
          {t('poortwachter.deadline.doneLabel')}…
        </button>
      </div>
    );

  return (
    <form className="done-form" onSubmit={(e) => void submit(e)} noValidate>
      <DraftNotice draft={draft} onDiscarded={() => setText('')} />
      <label htmlFor={id} className="small">
        {t('poortwachter.deadline.doneLabel')}
      </label>
      <input
        id={id}
        className="w-date"
        value={text}
        placeholder={t('client.datePlaceholder')}
        aria-label={t('poortwachter.deadline.recordLabel', { step: props.label })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        // Opened on purpose by the coach: the field is what they want to type in next.
        autoFocus={props.collapsed}
      />
      <button type="submit" className="ghost small" disabled={props.disabled}>
        {t('poortwachter.deadline.record')}
      </button>
      {error && (
        <small id={`${id}-error`} className="error" role="alert">
          {t(messageKey(error))}
        </small>
      )}
    </form>
  );
}
