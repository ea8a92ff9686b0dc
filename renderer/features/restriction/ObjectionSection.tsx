import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OBJECTION_OUTCOMES,
  objectionStops,
  PROCESSINGS,
  type ObjectionInput,
} from '../../../shared/domain/restriction';
import { localIsoDate } from '../../../shared/domain/local-date';
import { formatDay } from '../../i18n/format';
import { messageKey } from '../../i18n/keys';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import { RestrictionInputError, type StoredObjection, type StoredRequest } from '../../state/types';
import { useRestriction } from './useRestriction';
import './restriction.css';

const emptyInput = (): ObjectionInput => ({
  processing: 'employer-sharing',
  description: '',
  receivedOn: localIsoDate(new Date()),
  outcome: 'pending',
  decidedOn: '',
  reasons: '',
  requestId: null,
});

const toInput = (o: StoredObjection): ObjectionInput => ({
  ...o.data,
  decidedOn: o.data.decidedOn ?? '',
});

/**
 * The privacy tab's objections (AVG art. 21): what the client objected to, when, and the
 * outcome. While one is pending or upheld, the app stops that processing (a CV to an
 * employer is refused by the recipients register).
 */
export function ObjectionSection(props: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const state = useRestriction(props.clientId);
  const [editing, setEditing] = useState<StoredObjection | 'new' | null>(null);
  if (state.status !== 'ready') return null;
  const objections = state.objections;
  return (
    <div className="objection-section">
      <p className="hint">{t('objection.intro')}</p>
      {objections.length === 0 ? (
        <p className="muted">{t('objection.empty')}</p>
      ) : (
        <ul className="objection-list">
          {objections.map((o) => (
            <li key={o.id}>
              {t('objection.item', {
                processing: t(`objection.processings.${o.data.processing}`),
                date: formatDay(o.data.receivedOn, i18n.language),
                outcome: t(`objection.outcomes.${o.data.outcome}`),
              })}
              {objectionStops([o.data], o.data.processing) && (
                <strong> · {t('objection.stops')}</strong>
              )}
              {o.data.description && <div className="muted">{o.data.description}</div>}
              {o.data.reasons && <div className="muted">{o.data.reasons}</div>}{' '}
              <button type="button" className="ghost" onClick={() => setEditing(o)}>
                {t('objection.decide')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ObjectionForm
          key={editing === 'new' ? 'new' : editing.id}
          clientId={props.clientId}
          objection={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <div>
          <button type="button" className="ghost" onClick={() => setEditing('new')}>
            {t('objection.add')}
          </button>
        </div>
      )}
    </div>
  );
}

function ObjectionForm(props: {
  clientId: string;
  objection: StoredObjection | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [values, setValues] = useState<ObjectionInput>(() =>
    props.objection ? toInput(props.objection) : emptyInput(),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  // Objection requests in the register: the objection can say which one it answers.
  const [requests, setRequests] = useState<StoredRequest[]>([]);
  useEffect(() => {
    let live = true;
    void services()
      .requests.list(props.clientId)
      .then((list) => live && setRequests(list.filter((q) => q.data.type === 'objection')));
    return () => {
      live = false;
    };
  }, [props.clientId]);
  const set = <K extends keyof ObjectionInput>(k: K, v: ObjectionInput[K]) =>
    setValues((old) => ({ ...old, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await services().restrictions.saveObjection(props.clientId, values, props.objection?.id);
      props.onDone();
    } catch (err) {
      if (err instanceof RestrictionInputError) setErrors(err.errors);
      else setFailure(t(errorKey(err)));
    }
  }

  const error = (field: string) =>
    errors[field] ? (
      <small className="error" role="alert" id={`${ids}-${field}`}>
        {t(messageKey(errors[field]))}
      </small>
    ) : null;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span>{t('objection.processing')}</span>
        <select
          value={values.processing}
          onChange={(e) => set('processing', e.target.value as ObjectionInput['processing'])}
        >
          {PROCESSINGS.map((p) => (
            <option key={p} value={p}>
              {t(`objection.processings.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('objection.description')}</span>
        <input
          value={values.description}
          maxLength={500}
          onChange={(e) => set('description', e.target.value)}
        />
        {error('description')}
      </label>
      <label className="field">
        <span>{t('objection.receivedOn')}</span>
        <input
          value={values.receivedOn}
          aria-invalid={errors.receivedOn ? true : undefined}
          onChange={(e) => set('receivedOn', e.target.value)}
        />
        {error('receivedOn')}
      </label>
      {requests.length > 0 && (
        <label className="field">
          <span>{t('restriction.request')}</span>
          <select
            value={values.requestId ?? ''}
            onChange={(e) => set('requestId', e.target.value || null)}
          >
            <option value="">{t('restriction.noRequest')}</option>
            {requests.map((q) => (
              <option key={q.id} value={q.id}>
                {t('requests.types.objection')} · {formatDay(q.data.receivedOn, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('objection.outcome')}</span>
        <select
          value={values.outcome}
          onChange={(e) => set('outcome', e.target.value as ObjectionInput['outcome'])}
        >
          {OBJECTION_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`objection.outcomes.${o}`)}
            </option>
          ))}
        </select>
      </label>
      {values.outcome !== 'pending' && (
        <label className="field">
          <span>{t('objection.decidedOn')}</span>
          <input
            value={values.decidedOn}
            aria-invalid={errors.decidedOn ? true : undefined}
            onChange={(e) => set('decidedOn', e.target.value)}
          />
          {error('decidedOn')}
        </label>
      )}
      <label className="field">
        <span>{t('objection.reasons')}</span>
        <textarea
          rows={2}
          maxLength={500}
          value={values.reasons}
          aria-invalid={errors.reasons ? true : undefined}
          onChange={(e) => set('reasons', e.target.value)}
        />
        {error('reasons')}
      </label>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={props.onDone}>
          {t('client.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('objection.save')}
        </button>
      </div>
    </form>
  );
}
