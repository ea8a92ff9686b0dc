import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import type { IsoDate } from '../../../shared/domain/iso-date';
import {
  EXTENSION_KINDS,
  loonsanctieInputWarnings,
  loonsanctieWarnings,
  totalExtensionWeeks,
  validateExtension,
  type ExtensionInput,
  type PoortwachterExtension,
} from '../../../shared/domain/poortwachter-case';
import { newId } from '../../state/types';
import { useInputDraft } from '../../state/useFormDraft';
import { DraftNotice } from '../ui/DraftNotice';
import { LoonsanctieWarning } from './LoonsanctieWarning';

/** Loonsanctie and voluntary extensions: their weeks add up and move the later steps. */
export function ExtensionsEditor(props: {
  extensions: PoortwachterExtension[];
  today: IsoDate;
  busy: boolean;
  /** Due date of the 42e-weeksmelding, for the loonsanctie warning; unknown without spells. */
  weeksmelding?: IsoDate | undefined;
  onChange: (extensions: PoortwachterExtension[]) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const empty: ExtensionInput = { kind: 'loonsanctie', weeks: '', decided: '', note: '' };
  const [input, setInput] = useState<ExtensionInput>(empty);
  // What is typed but not added survives the lock, sealed as a draft.
  const draft = useInputDraft('poortwachter-extension', input, setInput, empty);
  const [errors, setErrors] = useState<Partial<Record<keyof ExtensionInput, string>>>({});
  const total = totalExtensionWeeks(props.extensions);

  async function add(e: FormEvent) {
    e.preventDefault();
    const r = validateExtension(input, props.extensions, props.today);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    const added = await draft.saving(() =>
      props.onChange([...props.extensions, { id: newId(), ...r.value }]),
    );
    if (added) setInput(empty);
  }

  const error = (key: keyof ExtensionInput, errorId?: string) =>
    errors[key] && (
      <small id={errorId} className="error pw-form-error" role="alert">
        {t(messageKey(errors[key]))}
      </small>
    );

  return (
    <section className="pw-side-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('poortwachter.extensions.title')}</h3>
      {props.extensions.length === 0 ? (
        <p className="muted small">{t('poortwachter.extensions.none')}</p>
      ) : (
        <>
          <ul className="pw-list">
            {props.extensions.map((x) => (
              <li key={x.id}>
                <span>
                  {t(
                    x.decided
                      ? 'poortwachter.extensions.item'
                      : 'poortwachter.extensions.itemNoDate',
                    {
                      kind: t(`poortwachter.extensions.kinds.${x.kind}`),
                      weeks: x.weeks,
                      date: x.decided ? formatDutchDate(x.decided) : '',
                    },
                  )}
                  {x.note && <span className="muted small"> · {x.note}</span>}
                </span>
                <LoonsanctieWarning
                  warnings={loonsanctieWarnings(x, props.weeksmelding, props.today)}
                  weeksmelding={props.weeksmelding}
                />
                <button
                  type="button"
                  className="ghost small danger"
                  disabled={props.busy}
                  onClick={() => void props.onChange(props.extensions.filter((e) => e !== x))}
                >
                  {t('poortwachter.extensions.remove')}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted small">{t('poortwachter.extensions.total', { weeks: total })}</p>
        </>
      )}
      <form onSubmit={(e) => void add(e)} noValidate>
        <DraftNotice draft={draft} onDiscarded={() => setInput(empty)} />
        <div className="row">
          <label className="field w-m" htmlFor={`${id}-kind`}>
            <span>{t('poortwachter.extensions.kind')}</span>
            <select
              id={`${id}-kind`}
              value={input.kind}
              onChange={(e) =>
                setInput({ ...input, kind: e.target.value as ExtensionInput['kind'] })
              }
            >
              {EXTENSION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`poortwachter.extensions.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="row">
          <label className="field w-s" htmlFor={`${id}-weeks`}>
            <span>{t('poortwachter.extensions.weeks')}</span>
            <input
              id={`${id}-weeks`}
              inputMode="numeric"
              value={input.weeks}
              aria-invalid={errors.weeks ? true : undefined}
              aria-describedby={errors.weeks ? `${id}-weeks-error` : undefined}
              onChange={(e) => setInput({ ...input, weeks: e.target.value })}
            />
          </label>
          <label className="field w-s" htmlFor={`${id}-decided`}>
            <span>
              {t(
                input.kind === 'loonsanctie'
                  ? 'poortwachter.extensions.decidedUwv'
                  : 'poortwachter.extensions.decided',
              )}
            </span>
            <input
              id={`${id}-decided`}
              value={input.decided}
              placeholder={t('client.datePlaceholder')}
              aria-invalid={errors.decided ? true : undefined}
              aria-describedby={errors.decided ? `${id}-decided-error` : undefined}
              onChange={(e) => setInput({ ...input, decided: e.target.value })}
            />
          </label>
        </div>
        {/* Below the narrow fields, so a long message stays readable. */}
        {error('weeks', `${id}-weeks-error`)}
        {error('decided', `${id}-decided-error`)}
        {/* Live once a date is typed (an empty one is still being filled in); a loonsanctie
            saved without one shows the warning in the list above. Warns, never blocks. */}
        {input.decided.trim() !== '' && (
          <LoonsanctieWarning
            warnings={loonsanctieInputWarnings(input, props.weeksmelding, props.today)}
            weeksmelding={props.weeksmelding}
            inForm
          />
        )}
        <label className="field" htmlFor={`${id}-note`}>
          <span>{t('poortwachter.extensions.note')}</span>
          <input
            id={`${id}-note`}
            value={input.note}
            aria-invalid={errors.note ? true : undefined}
            onChange={(e) => setInput({ ...input, note: e.target.value })}
          />
          {error('note')}
        </label>
        <button type="submit" className="ghost" disabled={props.busy}>
          {t('poortwachter.extensions.add')}
        </button>
      </form>
    </section>
  );
}
