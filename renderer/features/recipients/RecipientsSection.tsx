import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/domain/local-date';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import {
  emptyRecipientInput,
  RECIPIENT_CHANNELS,
  SHAREABLE_CATEGORIES,
  type RecipientErrors,
  type RecipientInput,
  type RecipientRow,
} from '../../../shared/domain/recipients';
import { formatDay } from '../../i18n/format';
import { messageKey } from '../../i18n/keys';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import { Modal } from '../ui/Modal';
import { useClientLoad } from './useClientLoad';
import './recipients.css';

const listOf = (clientId: string) => services().recipients.list(clientId);

/** The recipients register of one client: every disclosure, newest first, and manual rows. */
export function RecipientsSection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const state = useClientLoad(clientId, listOf);
  const [adding, setAdding] = useState(false);

  const categories = (row: RecipientRow) =>
    row.categories.length === SHAREABLE_CATEGORIES.length
      ? t('recipients.allCategories')
      : row.categories.map((c) => t(`recipients.categories.${c}`)).join(', ');

  return (
    <div className="recipients">
      <div className="recipients-head">
        <p className="muted">{t('recipients.intro')}</p>
        <button type="button" className="ghost" onClick={() => setAdding(true)}>
          {t('recipients.add')}
        </button>
      </div>
      {state.status === 'loading' && <p className="muted">{t('recipients.loading')}</p>}
      {state.status === 'error' && <p className="notice error">{t(messageKey(state.message))}</p>}
      {state.status === 'ready' &&
        (state.value.length === 0 ? (
          <p className="muted">{t('recipients.empty')}</p>
        ) : (
          <div className="recipients-table-wrap">
            <table className="recipients-table" aria-label={t('recipients.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('recipients.columns.sentOn')}</th>
                  <th scope="col">{t('recipients.columns.recipient')}</th>
                  <th scope="col">{t('recipients.columns.categories')}</th>
                  <th scope="col">{t('recipients.columns.ground')}</th>
                  <th scope="col">{t('recipients.columns.channel')}</th>
                </tr>
              </thead>
              <tbody>
                {state.value.map((r) => (
                  <tr key={r.id}>
                    <td className="nowrap">{formatDay(r.data.sentOn, i18n.language)}</td>
                    <td>
                      {r.data.recipient}
                      {r.data.description && (
                        <div className="small muted">{r.data.description}</div>
                      )}
                    </td>
                    <td>{categories(r.data)}</td>
                    <td>{r.data.ground}</td>
                    <td className="nowrap">
                      {t(`recipients.channels.${r.data.channel}`)}
                      <div className="small muted">{t(`recipients.sources.${r.data.source}`)}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <Modal open={adding} wide title={t('recipients.add')} onClose={() => setAdding(false)}>
        <RecipientForm clientId={clientId} onDone={() => setAdding(false)} />
      </Modal>
    </div>
  );
}

function RecipientForm(props: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [values, setValues] = useState<RecipientInput>(() => ({
    ...emptyRecipientInput(),
    sentOn: formatDutchDate(localIsoDate()),
  }));
  const [errors, setErrors] = useState<RecipientErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof RecipientInput>(key: K, value: RecipientInput[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setFailure(null);
    try {
      const result = await services().recipients.addManual(props.clientId, values);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      props.onDone();
    } catch (e) {
      setFailure(errorKey(e));
    } finally {
      setSaving(false);
    }
  }

  const message = (key: keyof RecipientInput) =>
    errors[key] && (
      <small className="error" id={`${ids}-${key}-error`}>
        {t(messageKey(errors[key]))}
      </small>
    );
  const describedBy = (key: keyof RecipientInput) =>
    errors[key] ? `${ids}-${key}-error` : undefined;

  return (
    <form className="recipient-form" onSubmit={submit} noValidate>
      <fieldset disabled={saving}>
        <div className="row">
          <label className="field">
            <span>{t('recipients.fields.recipient')}</span>
            <input
              value={values.recipient}
              maxLength={200}
              placeholder={t('recipients.fields.recipientHint')}
              aria-invalid={errors.recipient ? true : undefined}
              aria-describedby={describedBy('recipient')}
              onChange={(e) => set('recipient', e.target.value)}
            />
            {message('recipient')}
          </label>
          <label className="field w-s">
            <span>{t('recipients.fields.sentOn')}</span>
            <input
              value={values.sentOn}
              inputMode="numeric"
              placeholder={t('client.datePlaceholder')}
              aria-invalid={errors.sentOn ? true : undefined}
              aria-describedby={describedBy('sentOn')}
              onChange={(e) => set('sentOn', e.target.value)}
            />
            {message('sentOn')}
          </label>
          <label className="field w-s">
            <span>{t('recipients.fields.channel')}</span>
            <select
              value={values.channel}
              onChange={(e) => set('channel', e.target.value as RecipientInput['channel'])}
            >
              {RECIPIENT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`recipients.channels.${c}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset
          className="field recipient-categories"
          aria-invalid={errors.categories ? true : undefined}
          aria-describedby={describedBy('categories')}
        >
          <legend>{t('recipients.fields.categories')}</legend>
          <div className="recipient-category-options">
            {SHAREABLE_CATEGORIES.map((c) => (
              <label key={c} className="check">
                <input
                  type="checkbox"
                  checked={values.categories.includes(c)}
                  onChange={(e) =>
                    set(
                      'categories',
                      e.target.checked
                        ? [...values.categories, c]
                        : values.categories.filter((x) => x !== c),
                    )
                  }
                />
                {t(`recipients.categories.${c}`)}
              </label>
            ))}
          </div>
          {message('categories')}
        </fieldset>
        <label className="field">
          <span>{t('recipients.fields.ground')}</span>
          <input
            value={values.ground}
            maxLength={500}
            placeholder={t('recipients.fields.groundHint')}
            aria-invalid={errors.ground ? true : undefined}
            aria-describedby={describedBy('ground')}
            onChange={(e) => set('ground', e.target.value)}
          />
          {message('ground')}
        </label>
        <label className="field">
          <span>{t('recipients.fields.description')}</span>
          <input
            value={values.description}
            maxLength={500}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy('description')}
            onChange={(e) => set('description', e.target.value)}
          />
          {message('description')}
        </label>
      </fieldset>
      {failure && (
        <p className="error" role="alert">
          {t(messageKey(failure))}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={props.onDone}>
          {t('recipients.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t('recipients.save')}
        </button>
      </div>
    </form>
  );
}
