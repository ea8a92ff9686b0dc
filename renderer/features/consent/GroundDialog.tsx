import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import type { Client } from '../../../shared/domain/client';
import {
  BASES,
  emptyGroundInput,
  METHODS,
  REPRESENTATIVE_ROLES,
  representationReasons,
  SCOPES,
  type ConsentRegister,
  type GroundInput,
} from '../../../shared/domain/consent';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import { errorKey } from '../../state/session';
import type { ConsentErrors } from '../../state/types';
import { Modal } from '../ui/Modal';
import { DraftNotice } from '../ui/DraftNotice';
import { services } from '../../state/services';
import { useFormDraft } from '../../state/useFormDraft';

/** What the ground form keeps as a draft: its fields and the employers as typed. */
interface GroundDraft {
  values: GroundInput;
  employersText: string;
}

export function GroundDialog(props: {
  open: boolean;
  client: Client;
  register: ConsentRegister;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal open={props.open} wide title={t('consent.form.title')} onClose={props.onClose}>
      <GroundForm {...props} />
    </Modal>
  );
}

/** Fields that depend on the basis: consent has a giver and a form, the others do not. */
function GroundForm(props: {
  client: Client;
  register: ConsentRegister;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const reasons = representationReasons(
    props.client.geboortedatum,
    props.register.representation,
    props.today,
  );
  const [initial] = useState<GroundInput>(() => ({
    ...emptyGroundInput(),
    givenOn: formatDutchDate(props.today),
    givenBy: reasons.length > 0 ? 'representative' : 'client',
  }));
  const [values, setValues] = useState<GroundInput>(initial);
  const [employersText, setEmployersText] = useState('');
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<ConsentErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Unsaved input is sealed as a draft, like every other form's: the idle lock, a reload or
  // closing the dialog by accident loses none of it. "Annuleren" throws it away.
  const kept = useMemo<GroundDraft>(() => ({ values, employersText }), [values, employersText]);
  const draft = useFormDraft<GroundDraft>({
    clientId: props.client.id,
    editor: 'consent-ground',
    values: kept,
    dirty,
    restore: (d) => {
      setValues({ ...initial, ...d.values });
      setEmployersText(d.employersText ?? '');
      setDirty(true);
    },
  });

  const set = <K extends keyof GroundInput>(key: K, value: GroundInput[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setDirty(true);
  };
  const cancel = () => {
    // Not dirty first: the render that follows must not hand the input back to the slot,
    // or closing the dialog would seal it again.
    setDirty(false);
    void draft.discard().finally(props.onClose);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    setFailure(null);
    setErrors({});
    try {
      const employers = employersText.split('\n').map((s) => s.trim());
      // The draft goes only once the ground is on record; refused input stays kept.
      const refused: { errors?: ConsentErrors } = {};
      const saved = await draft.saving(async () => {
        const r = await services().consents.addGround(props.client, { ...values, employers });
        if (r.ok) return true;
        refused.errors = r.errors;
        return false;
      });
      if (saved) {
        setDirty(false);
        props.onClose();
      } else if (refused.errors) setErrors(refused.errors);
    } catch (err) {
      setFailure(errorKey(err));
    } finally {
      setSaving(false);
    }
  }

  const consent = values.basis === 'consent';
  const error = (key: keyof ConsentErrors) =>
    errors[key] && (
      <small className="error" role="alert">
        {t(messageKey(errors[key]))}
      </small>
    );
  const field = (key: keyof GroundInput, label: string, control: ReactNode, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      {control}
      {error(key) || (hint && <small className="muted">{hint}</small>)}
    </label>
  );
  const invalid = (key: keyof GroundInput) => (errors[key] ? true : undefined);
  const descriptionLabel =
    values.basis === 'legal-obligation'
      ? t('consent.form.provision')
      : values.basis === 'vital-interest'
        ? t('consent.form.circumstance')
        : t('consent.form.description');

  return (
    <form className="consent-form" onSubmit={(e) => void submit(e)} noValidate>
      <DraftNotice
        draft={draft}
        onDiscarded={() => {
          setValues(initial);
          setEmployersText('');
          setErrors({});
          setDirty(false);
        }}
      />
      {reasons.length > 0 && (
        <p className="notice">
          {t('consent.form.requiredNow', {
            reasons: reasons
              .map((r) =>
                t(`consent.representation.reasons.${r}`, {
                  date: formatDutchDate(props.client.geboortedatum),
                }),
              )
              .join(', '),
          })}
        </p>
      )}
      <div className="row">
        {field(
          'basis',
          t('consent.form.basis'),
          <select
            name="basis"
            value={values.basis}
            aria-invalid={invalid('basis')}
            onChange={(e) => set('basis', e.target.value as GroundInput['basis'])}
          >
            {BASES.map((b) => (
              <option key={b} value={b}>
                {t(`consent.bases.${b}`)}
              </option>
            ))}
          </select>,
          t(`consent.basisHints.${values.basis}`),
        )}
        {field(
          'scope',
          t('consent.form.scope'),
          <select
            name="scope"
            value={values.scope}
            aria-invalid={invalid('scope')}
            onChange={(e) => set('scope', e.target.value as GroundInput['scope'])}
          >
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`consent.scopes.${s}`)}
              </option>
            ))}
          </select>,
        )}
      </div>
      {values.scope === 'cv-to-employers' &&
        field(
          'employers',
          t('consent.form.employers'),
          <textarea
            name="employers"
            rows={3}
            value={employersText}
            aria-invalid={invalid('employers')}
            onChange={(e) => {
              setEmployersText(e.target.value);
              setDirty(true);
            }}
          />,
          t('consent.form.employersHint'),
        )}
      {field(
        'description',
        descriptionLabel,
        <textarea
          name="description"
          rows={2}
          value={values.description}
          aria-invalid={invalid('description')}
          placeholder={
            values.basis === 'legal-obligation' ? t('consent.form.provisionPlaceholder') : undefined
          }
          onChange={(e) => set('description', e.target.value)}
        />,
      )}
      <div className="row">
        {field(
          'givenOn',
          consent ? t('consent.form.givenOn') : t('consent.form.appliesFrom'),
          <input
            name="givenOn"
            value={values.givenOn}
            aria-invalid={invalid('givenOn')}
            autoComplete="off"
            placeholder={t('client.datePlaceholder')}
            onChange={(e) => set('givenOn', e.target.value)}
          />,
        )}
        {consent &&
          field(
            'method',
            t('consent.form.method'),
            <select
              name="method"
              value={values.method}
              onChange={(e) => set('method', e.target.value as GroundInput['method'])}
            >
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`consent.methods.${m}`)}
                </option>
              ))}
            </select>,
            values.method === 'verbal' && values.scope === 'special-categories'
              ? t('consent.form.verbalHint')
              : undefined,
          )}
      </div>
      {consent && (
        <fieldset className="consent-given-by" aria-describedby={`${ids}-by-error`}>
          <legend>{t('consent.form.givenBy')}</legend>
          <div className="consent-radios">
            {(['client', 'representative'] as const).map((by) => (
              <label key={by} className="check">
                <input
                  type="radio"
                  name="givenBy"
                  value={by}
                  checked={values.givenBy === by}
                  onChange={() => set('givenBy', by)}
                />
                {by === 'client' ? t('consent.form.byClient') : t('consent.form.byRepresentative')}
              </label>
            ))}
          </div>
          <div id={`${ids}-by-error`}>{error('givenBy')}</div>
          {values.givenBy === 'representative' && (
            <div className="row">
              {field(
                'representativeName',
                t('consent.form.representativeName'),
                <input
                  name="representativeName"
                  value={values.representativeName}
                  aria-invalid={invalid('representativeName')}
                  autoComplete="off"
                  onChange={(e) => set('representativeName', e.target.value)}
                />,
              )}
              {field(
                'representativeRole',
                t('consent.form.representativeRole'),
                <select
                  name="representativeRole"
                  value={values.representativeRole}
                  aria-invalid={invalid('representativeRole')}
                  onChange={(e) =>
                    set('representativeRole', e.target.value as GroundInput['representativeRole'])
                  }
                >
                  <option value="">{t('consent.form.chooseRole')}</option>
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
      )}
      <div className="dialog-actions">
        <span className="status" role="status" aria-live="polite">
          {saving && <span className="muted">{t('consent.form.saving')}</span>}
          {!saving && Object.keys(errors).length > 0 && (
            <span className="error">{t('consent.form.invalid')}</span>
          )}
          {failure && <span className="error">{t(messageKey(failure))}</span>}
        </span>
        <button type="button" className="ghost" onClick={cancel}>
          {t('consent.form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t('consent.form.save')}
        </button>
      </div>
    </form>
  );
}
