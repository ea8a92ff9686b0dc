import type { ChangeNote } from '../../../shared/domain/field-history';
import { CLIENT_KIND } from '../../../shared/records/registry';
import { useChangeReason } from '../ui/history/ChangeReason';
import { HistoryButton } from '../ui/history/HistoryButton';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import {
  GENDERS,
  validateClient,
  type ClientFields,
  type ClientInput,
  type FieldErrors,
} from '../../../shared/domain/client';
import { errorKey } from '../../state/session';
import { useFormDraft } from '../../state/useFormDraft';
import { DraftNotice } from '../ui/DraftNotice';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import { checkPhone, phoneMessage } from '../../../shared/domain/phone';
import { formatRegion } from '../../i18n/format';
import { BsnField } from './BsnField';

type Field = keyof ClientInput;

export function ClientForm(props: {
  /** The client edited; null for the new-client form (its draft is the vault's one). */
  clientId: string | null;
  initial: ClientInput;
  isNew: boolean;
  /** Start clean even if unsaved input of an earlier form is kept (a new "+ Nieuwe cliënt"). */
  fresh?: boolean;
  initiallySaved?: boolean;
  onSave: (fields: ClientFields, note?: ChangeNote) => Promise<void>;
  onCancel?: () => void;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<ClientInput>(() => forEditing(props.initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'invalid' | 'failed'>(
    props.initiallySaved ? 'saved' : 'idle',
  );
  const [failure, setFailure] = useState('');
  const [dirty, setDirty] = useState(false);
  // Unsaved input is sealed as a draft: the idle lock, a reload or a tab switch loses none.
  const draft = useFormDraft({
    clientId: props.clientId,
    editor: 'personalia',
    values,
    dirty,
    fresh: props.fresh,
    restore: (kept: ClientInput) => {
      setValues((v) => ({ ...v, ...kept }));
      setDirty(true);
      setStatus('idle');
    },
  });
  // Why a change was made (a rectification request): kept with the earlier values.
  const reason = useChangeReason(props.clientId ?? '');
  // The phone message names the country code that was typed, as it was when checked.
  const [phoneTyped, setPhoneTyped] = useState('');

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setDirty(true);
    if (status === 'saved') setStatus('idle');
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = validateClient(values);
    if (!result.ok) {
      setErrors(result.errors);
      setPhoneTyped(values.telefoon);
      setStatus('invalid');
      return;
    }
    setErrors({});
    setStatus('saving');
    try {
      // "Opgeslagen" appears only after the vault write resolved.
      await draft.saving(() => props.onSave(result.value, props.isNew ? undefined : reason.note()));
      reason.reset();
      setValues(forEditing(result.value));
      setDirty(false);
      setStatus('saved');
    } catch (err) {
      setFailure(t(errorKey(err)));
      setStatus('failed');
    }
  }

  const phoneParams = (): { code?: string; country?: string } => {
    const check = checkPhone(phoneTyped);
    if (check.ok) return {};
    const m = phoneMessage(check);
    return { code: m.code, country: m.country && formatRegion(m.country, i18n.language) };
  };

  const text = (
    field: Field,
    opts: {
      type?: string;
      width?: 's' | 'm' | 'l';
      autoFocus?: boolean;
      inputMode?: 'tel' | 'email' | 'numeric';
      placeholder?: string;
    } = {},
  ) => (
    <label className={`field w-${opts.width ?? 'm'}`}>
      <span>{t(`client.fields.${field}`)}</span>
      <input
        name={field}
        type={opts.type ?? 'text'}
        value={values[field]}
        onChange={(e) => set(field)(e.target.value)}
        aria-invalid={errors[field] ? true : undefined}
        autoComplete="off"
        autoFocus={opts.autoFocus}
        inputMode={opts.inputMode}
        placeholder={opts.placeholder}
        spellCheck={false}
      />
      {errors[field] && (
        <small className="error">
          {t(messageKey(errors[field] as string), field === 'telefoon' ? phoneParams() : {})}
        </small>
      )}
    </label>
  );

  return (
    <form className="client-form" onSubmit={submit} autoComplete="off" noValidate>
      <DraftNotice
        draft={draft}
        onDiscarded={() => {
          setValues(forEditing(props.initial));
          setErrors({});
          setDirty(false);
          setStatus('idle');
        }}
      />
      <fieldset>
        <legend>{t('client.sections.personalia')}</legend>
        <div className="row">
          {text('voornaam', { autoFocus: props.isNew })}
          {text('voorletters', { width: 's' })}
          {text('tussenvoegsel', { width: 's' })}
          {text('achternaam')}
        </div>
        <div className="row">
          <label className="field w-s">
            <span>{t('client.fields.geslacht')}</span>
            <select value={values.geslacht} onChange={(e) => set('geslacht')(e.target.value)}>
              {GENDERS.map((g) => (
                <option key={g} value={g}>
                  {t(`client.genders.${g}`)}
                </option>
              ))}
            </select>
          </label>
          {text('geboortedatum', { width: 's', placeholder: t('client.datePlaceholder') })}
          {text('geboorteplaats')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('client.sections.address')}</legend>
        <div className="row">
          {text('straat', { width: 'l' })}
          {text('huisnummer', { width: 's' })}
          {text('toevoeging', { width: 's' })}
        </div>
        <div className="row">
          {text('postcode', { width: 's' })}
          {text('woonplaats')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('client.sections.contact')}</legend>
        <div className="row">
          {text('telefoon', { type: 'tel', inputMode: 'tel' })}
          {text('email', { type: 'email', width: 'l', inputMode: 'email' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('client.sections.identification')}</legend>
        <div className="row">
          {text('clientnummer', { width: 's' })}
          <BsnField
            value={values.bsn}
            onChange={set('bsn')}
            error={errors.bsn ? t(messageKey(errors.bsn)) : undefined}
            isNew={props.isNew}
          />
        </div>
      </fieldset>
      {!props.isNew && props.clientId && reason.field}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={status === 'saving'}>
          {status === 'saving'
            ? t('client.saving')
            : props.isNew
              ? t('client.create')
              : t('client.save')}
        </button>
        {props.onCancel && (
          <button
            type="button"
            className="ghost"
            // Cancelling throws the typed input away, so no draft of it may come back.
            onClick={() => void draft.discard().finally(props.onCancel)}
          >
            {t('client.cancel')}
          </button>
        )}
        <span className="status" role="status" aria-live="polite">
          {status === 'saved' && <span className="ok">✓ {t('client.saved')}</span>}
          {status === 'invalid' && <span className="error">{t('client.invalid')}</span>}
          {status === 'failed' && <span className="error">{failure}</span>}
        </span>
        <div className="spacer" />
        {!props.isNew && props.clientId && (
          <HistoryButton
            clientId={props.clientId}
            kind={CLIENT_KIND}
            current={props.initial}
            title={t('client.sections.personalia')}
          />
        )}
        {props.actions}
      </div>
    </form>
  );
}

const forEditing = (c: ClientInput): ClientInput => ({
  ...c,
  geboortedatum: formatDutchDate(c.geboortedatum),
});
