import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import type { IsoDate } from '../../../shared/domain/iso-date';
import { latestWaitingPeriod, type SickSpell } from '../../../shared/domain/poortwachter';
import { validateSpell, type SpellInput } from '../../../shared/domain/poortwachter-case';
import { useSession } from '../../state/session';
import { useFormDraft, useInputDraft } from '../../state/useFormDraft';
import { DraftNotice } from '../ui/DraftNotice';

/** The sick spells: list, add, remove, and the last sick day of the open spell. */
export function SpellsEditor(props: {
  spells: SickSpell[];
  today: IsoDate;
  busy: boolean;
  onChange: (spells: SickSpell[]) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const empty: SpellInput = { firstDay: '', lastDay: '' };
  const [input, setInput] = useState<SpellInput>(empty);
  // What is typed but not added survives the lock, sealed as a draft.
  const draft = useInputDraft('poortwachter-spell', input, setInput, empty);
  const [errors, setErrors] = useState<Partial<Record<keyof SpellInput, string>>>({});
  const sorted = [...props.spells].sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1));
  const current = currentPeriod(sorted);

  async function add(e: FormEvent) {
    e.preventDefault();
    const r = validateSpell(input, props.spells, props.today);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    if (await draft.saving(() => props.onChange([...props.spells, r.value]))) setInput(empty);
  }

  const field = (key: keyof SpellInput, label: string, hint?: string) => (
    <label className="field w-s" htmlFor={`${id}-${key}`}>
      <span>{label}</span>
      <input
        id={`${id}-${key}`}
        value={input[key]}
        placeholder={t('client.datePlaceholder')}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => setInput({ ...input, [key]: e.target.value })}
      />
      {errors[key] ? (
        <small className="error" role="alert">
          {t(messageKey(errors[key]))}
        </small>
      ) : (
        hint && <small className="muted">{hint}</small>
      )}
    </label>
  );

  return (
    <section className="pw-side-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('poortwachter.spells.title')}</h3>
      {sorted.length === 0 ? (
        <p className="muted small">{t('poortwachter.spells.none')}</p>
      ) : (
        <ul className="pw-list">
          {sorted.map((spell) => (
            <li key={spell.firstDay}>
              <span>
                {formatDutchDate(spell.firstDay)} –{' '}
                {spell.lastDay ? formatDutchDate(spell.lastDay) : t('poortwachter.spells.open')}
                {!current.has(spell.firstDay) && (
                  <span className="tag">{t('poortwachter.spells.earlier')}</span>
                )}
              </span>
              <button
                type="button"
                className="ghost small danger"
                disabled={props.busy}
                aria-label={t('poortwachter.spells.removeLabel', {
                  date: formatDutchDate(spell.firstDay),
                })}
                onClick={() => void props.onChange(props.spells.filter((s) => s !== spell))}
              >
                {t('poortwachter.spells.remove')}
              </button>
              {!spell.lastDay && (
                <CloseSpell
                  spell={spell}
                  others={props.spells.filter((s) => s !== spell)}
                  today={props.today}
                  busy={props.busy}
                  onClose={(closed) =>
                    props.onChange(props.spells.map((s) => (s === spell ? closed : s)))
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {sorted.length > 1 && <p className="muted small">{t('poortwachter.spells.merged')}</p>}
      <form onSubmit={(e) => void add(e)} noValidate>
        <DraftNotice draft={draft} onDiscarded={() => setInput(empty)} />
        <div className="row">
          {field('firstDay', t('poortwachter.spells.firstDay'))}
          {field('lastDay', t('poortwachter.spells.lastDay'), t('poortwachter.spells.lastDayHint'))}
        </div>
        <button type="submit" className="ghost" disabled={props.busy}>
          {t('poortwachter.spells.add')}
        </button>
      </form>
    </section>
  );
}

function currentPeriod(spells: SickSpell[]): Set<IsoDate> {
  try {
    return new Set(latestWaitingPeriod(spells).spells.map((s) => s.firstDay));
  } catch {
    // Invalid or no spells: nothing is marked as an earlier waiting period.
    return new Set(spells.map((s) => s.firstDay));
  }
}

function CloseSpell(props: {
  spell: SickSpell;
  others: SickSpell[];
  today: IsoDate;
  busy: boolean;
  onClose: (spell: SickSpell) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The last sick day typed but not recorded survives the idle lock (issue 11).
  const draft = useFormDraft<string>({
    clientId: useSession((s) => s.selectedId),
    editor: 'poortwachter-close-spell',
    part: props.spell.firstDay,
    values: text,
    dirty: text !== '',
    restore: (kept) => setText(typeof kept === 'string' ? kept : ''),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = validateSpell(
      { firstDay: props.spell.firstDay, lastDay: text },
      props.others,
      props.today,
    );
    if (!r.ok || !text.trim()) {
      setError(
        (r.ok ? undefined : (r.errors.lastDay ?? r.errors.firstDay)) ?? 'validation.required',
      );
      return;
    }
    setError(null);
    if (await draft.saving(() => props.onClose(r.value))) setText('');
  }

  return (
    <form className="done-form" onSubmit={(e) => void submit(e)} noValidate>
      <DraftNotice draft={draft} onDiscarded={() => setText('')} />
      <label htmlFor={id} className="small">
        {t('poortwachter.spells.recover')}
      </label>
      <input
        id={id}
        className="w-date"
        value={text}
        placeholder={t('client.datePlaceholder')}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="ghost small" disabled={props.busy}>
        {t('poortwachter.spells.close')}
      </button>
      {error && (
        <small className="error" role="alert">
          {t(messageKey(error))}
        </small>
      )}
    </form>
  );
}
