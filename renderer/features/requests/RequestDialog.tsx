import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import { REPRESENTATIVE_ROLES } from '../../../shared/domain/consent';
import { formatDutchDate, parseDutchDate } from '../../../shared/domain/dutch-date';
import {
  emptyRequestInput,
  ID_DOCUMENTS,
  ID_METHODS,
  knownRepresentatives,
  MAX_EXTENSION_MONTHS,
  REQUEST_CHANNELS,
  REQUEST_OUTCOMES,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  requestDeadline,
  requestToInput,
  validateRequest,
  type RequestErrors,
  type RequestInput,
  type RequestTerm,
} from '../../../shared/domain/requests';
import { formatDay } from '../../i18n/format';
import { messageKey } from '../../i18n/keys';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import type { StoredRequest } from '../../state/types';
import { Modal } from '../ui/Modal';
import { RequestChanges } from '../ui/history/RequestChanges';
import { IdRedaction } from './IdRedaction';

/** Record a new request (request null) or change one. */
export function RequestDialog(props: {
  client: Client;
  request: StoredRequest | null;
  /** The firm's term now: a new request takes it, an existing one keeps its own. */
  term: RequestTerm;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      wide
      title={props.request ? t('requests.form.titleEdit') : t('requests.form.titleNew')}
      onClose={props.onClose}
    >
      <RequestForm {...props} />
    </Modal>
  );
}

function RequestForm(props: {
  client: Client;
  request: StoredRequest | null;
  term: RequestTerm;
  today: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<RequestInput>(() =>
    props.request
      ? requestToInput(props.request.data, formatDutchDate)
      : { ...emptyRequestInput(), receivedOn: formatDutchDate(props.today) },
  );
  const [errors, setErrors] = useState<RequestErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [redacting, setRedacting] = useState(false);
  const [representatives, setRepresentatives] = useState<ReturnType<typeof knownRepresentatives>>(
    [],
  );
  const term = props.request?.data.term ?? props.term;

  useEffect(() => {
    let live = true;
    // The representatives the consent register already names, so they are not retyped.
    services()
      .consents.load(props.client.id)
      .then(
        (register) => live && setRepresentatives(knownRepresentatives(register.grounds)),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [props.client.id]);

  const set = <K extends keyof RequestInput>(key: K, value: RequestInput[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const checked = validateRequest(values, {
      today: props.today,
      term,
      recordedAt: props.request?.data.recordedAt ?? new Date().toISOString(),
    });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setSaving(true);
    try {
      await services().requests.save(props.client.id, checked.value, props.request?.id);
      props.onClose();
    } catch (err) {
      setFailure(errorKey(err));
    } finally {
      setSaving(false);
    }
  }

  const invalid = (key: keyof RequestInput) => (errors[key] ? true : undefined);
  const field = (key: keyof RequestInput, label: string, control: ReactNode, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      {control}
      {errors[key] ? (
        <small className="error" role="alert">
          {t(messageKey(errors[key]))}
        </small>
      ) : (
        hint && <small className="muted">{hint}</small>
      )}
    </label>
  );
  const text = (key: keyof RequestInput, label: string, placeholder?: string) =>
    field(
      key,
      label,
      <input
        name={key}
        value={values[key]}
        aria-invalid={invalid(key)}
        autoComplete="off"
        placeholder={placeholder}
        onChange={(e) => set(key, e.target.value)}
      />,
    );
  const date = (key: keyof RequestInput, label: string) =>
    text(key, label, t('client.datePlaceholder'));

  // The deadline as it would be saved, shown while typing.
  const received = parseDutchDate(values.receivedOn);
  const months = Number(values.extensionMonths);
  const due =
    received && Number.isInteger(months)
      ? requestDeadline({ receivedOn: received, term, extensionMonths: months })
      : null;

  return (
    <form className="request-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="row">
        {field(
          'type',
          t('requests.form.type'),
          <select
            name="type"
            value={values.type}
            onChange={(e) => set('type', e.target.value as RequestInput['type'])}
          >
            {REQUEST_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`requests.types.${x}`)}
              </option>
            ))}
          </select>,
        )}
        {date('receivedOn', t('requests.form.receivedOn'))}
        {field(
          'channel',
          t('requests.form.channel'),
          <select
            name="channel"
            value={values.channel}
            onChange={(e) => set('channel', e.target.value as RequestInput['channel'])}
          >
            {REQUEST_CHANNELS.map((x) => (
              <option key={x} value={x}>
                {t(`requests.channels.${x}`)}
              </option>
            ))}
          </select>,
        )}
      </div>
      {field(
        'description',
        t('requests.form.description'),
        <textarea
          name="description"
          rows={2}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
        />,
      )}

      <fieldset>
        <legend>{t('requests.form.who')}</legend>
        <div className="request-radios">
          {(['client', 'representative'] as const).map((by) => (
            <label key={by} className="check">
              <input
                type="radio"
                name="requester"
                value={by}
                checked={values.requester === by}
                onChange={() => set('requester', by)}
              />
              {by === 'client' ? t('requests.form.byClient') : t('requests.form.byRepresentative')}
            </label>
          ))}
        </div>
        {values.requester === 'representative' && (
          <div className="row">
            {representatives.length > 0 && (
              <label className="field">
                <span>{t('requests.form.fromRegister')}</span>
                <select
                  name="fromRegister"
                  value=""
                  onChange={(e) => {
                    const chosen = representatives[Number(e.target.value)];
                    if (!chosen) return;
                    setValues((v) => ({
                      ...v,
                      representativeName: chosen.name,
                      representativeRole: chosen.role,
                    }));
                  }}
                >
                  <option value="">{t('requests.form.chooseRepresentative')}</option>
                  {representatives.map((r, i) => (
                    <option key={`${r.name}-${r.role}`} value={i}>
                      {r.name} ({t(`consent.roles.${r.role}`)})
                    </option>
                  ))}
                </select>
              </label>
            )}
            {text('representativeName', t('requests.form.representativeName'))}
            {field(
              'representativeRole',
              t('requests.form.representativeRole'),
              <select
                name="representativeRole"
                value={values.representativeRole}
                aria-invalid={invalid('representativeRole')}
                onChange={(e) =>
                  set('representativeRole', e.target.value as RequestInput['representativeRole'])
                }
              >
                <option value="">{t('requests.form.chooseRole')}</option>
                {REPRESENTATIVE_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`consent.roles.${r}`)}
                  </option>
                ))}
              </select>,
            )}
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('requests.form.identity')}</legend>
        <p className="notice small" data-testid="no-id-copy">
          {t('requests.form.noCopy')}
        </p>
        {redacting ? (
          <IdRedaction
            client={props.client}
            today={props.today}
            onDone={() => setRedacting(false)}
          />
        ) : (
          <button type="button" className="ghost" onClick={() => setRedacting(true)}>
            {t('requests.idCopy.open')}
          </button>
        )}
        <div className="row">
          {field(
            'idMethod',
            t('requests.form.idMethod'),
            <select
              name="idMethod"
              value={values.idMethod}
              onChange={(e) => set('idMethod', e.target.value as RequestInput['idMethod'])}
            >
              {ID_METHODS.map((x) => (
                <option key={x} value={x}>
                  {t(`requests.idMethods.${x}`)}
                </option>
              ))}
            </select>,
          )}
          {field(
            'idDocument',
            t('requests.form.idDocument'),
            <select
              name="idDocument"
              value={values.idDocument}
              onChange={(e) => set('idDocument', e.target.value as RequestInput['idDocument'])}
            >
              {ID_DOCUMENTS.map((x) => (
                <option key={x} value={x}>
                  {t(`requests.idDocuments.${x}`)}
                </option>
              ))}
            </select>,
          )}
        </div>
        <div className="row">
          {date('idCheckedOn', t('requests.form.idCheckedOn'))}
          {text('idCheckedBy', t('requests.form.idCheckedBy'))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('requests.form.deadline')}</legend>
        <p className="muted small">
          {t('requests.form.term', { term: t(`requests.terms.${term}`) })}
          {due && (
            <>
              {' · '}
              <strong data-testid="request-due">
                {t('requests.form.dueOn', { date: formatDay(due, i18n.language) })}
              </strong>
            </>
          )}
        </p>
        <div className="row">
          {field(
            'extensionMonths',
            t('requests.form.extensionMonths'),
            <select
              name="extensionMonths"
              value={values.extensionMonths}
              aria-invalid={invalid('extensionMonths')}
              onChange={(e) => set('extensionMonths', e.target.value)}
            >
              {Array.from({ length: MAX_EXTENSION_MONTHS + 1 }, (_, n) => (
                <option key={n} value={String(n)}>
                  {n === 0
                    ? t('requests.form.noExtension')
                    : t('requests.form.extensionOption', { count: n })}
                </option>
              ))}
            </select>,
          )}
          {values.extensionMonths !== '0' &&
            date('extensionToldOn', t('requests.form.extensionToldOn'))}
        </div>
        {values.extensionMonths !== '0' &&
          field(
            'extensionReason',
            t('requests.form.extensionReason'),
            <textarea
              name="extensionReason"
              rows={2}
              value={values.extensionReason}
              aria-invalid={invalid('extensionReason')}
              onChange={(e) => set('extensionReason', e.target.value)}
            />,
          )}
      </fieldset>

      <fieldset>
        <legend>{t('requests.form.handling')}</legend>
        <div className="row">
          {field(
            'status',
            t('requests.form.status'),
            <select
              name="status"
              value={values.status}
              onChange={(e) => set('status', e.target.value as RequestInput['status'])}
            >
              {REQUEST_STATUSES.map((x) => (
                <option key={x} value={x}>
                  {t(`requests.statuses.${x}`)}
                </option>
              ))}
            </select>,
          )}
          {field(
            'outcome',
            t('requests.form.outcome'),
            <select
              name="outcome"
              value={values.outcome}
              aria-invalid={invalid('outcome')}
              onChange={(e) => set('outcome', e.target.value as RequestInput['outcome'])}
            >
              <option value="">{t('requests.form.noOutcome')}</option>
              {REQUEST_OUTCOMES.map((x) => (
                <option key={x} value={x}>
                  {t(`requests.outcomes.${x}`)}
                </option>
              ))}
            </select>,
          )}
        </div>
        {(values.outcome === 'partly' || values.outcome === 'refused') &&
          field(
            'outcomeReasons',
            t('requests.form.outcomeReasons'),
            <textarea
              name="outcomeReasons"
              rows={2}
              value={values.outcomeReasons}
              aria-invalid={invalid('outcomeReasons')}
              onChange={(e) => set('outcomeReasons', e.target.value)}
            />,
          )}
        <div className="row">
          {date('deliveredOn', t('requests.form.deliveredOn'))}
          {text(
            'deliveredHow',
            t('requests.form.deliveredHow'),
            t('requests.form.deliveredHowPlaceholder'),
          )}
        </div>
      </fieldset>

      {props.request && props.request.data.type === 'rectification' && (
        <RequestChanges
          clientId={props.client.id}
          requestId={props.request.id}
          declined={values.outcome === 'refused' || values.outcome === 'partly'}
        />
      )}

      <div className="dialog-actions">
        <span className="status" role="status" aria-live="polite">
          {saving && <span className="muted">{t('requests.form.saving')}</span>}
          {!saving && Object.keys(errors).length > 0 && (
            <span className="error">{t('requests.form.invalid')}</span>
          )}
          {failure && <span className="error">{t(messageKey(failure))}</span>}
        </span>
        <button type="button" className="ghost" onClick={props.onClose}>
          {t('requests.form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t('requests.form.save')}
        </button>
      </div>
    </form>
  );
}
