import type { ChangeNote } from '../../../shared/domain/field-history';
import { HEALTH_KIND } from '../../../shared/domain/health';
import { useChangeReason } from '../ui/history/ChangeReason';
import { HistoryButton } from '../ui/history/HistoryButton';
import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import {
  EXPECTED_DURATIONS,
  INCAPACITY_CLASSES,
  validateHealth,
  type HealthFields,
} from '../../../shared/domain/health';
import { errorKey } from '../../state/session';
import { useFormDraft } from '../../state/useFormDraft';
import { DraftNotice } from '../ui/DraftNotice';
import { SpecialFindings } from '../compartment/SpecialFindings';
import './health.css';

type TextField = 'functionalLimitations' | 'remainingCapacity' | 'adjustments';
const TEXT_FIELDS: TextField[] = ['functionalLimitations', 'remainingCapacity', 'adjustments'];

/** The allowed health fields; the detector warns when free text drifts into a diagnosis. */
export function HealthForm(props: {
  clientId: string;
  initial: HealthFields;
  onSave: (data: HealthFields, note?: ChangeNote) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(props.initial);
  const reason = useChangeReason(props.clientId);
  const [errors, setErrors] = useState<Partial<Record<keyof HealthFields, string>>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [failure, setFailure] = useState('');
  const [dirty, setDirty] = useState(false);
  // Unsaved input is sealed into the compartment (art. 9 data, like what it will become),
  // never with the client key. The form is open only while the compartment is, so its
  // public key is there to seal to, even in the lock hook after the compartment closed.
  const draft = useFormDraft({
    clientId: props.clientId,
    editor: 'health',
    values,
    dirty,
    restore: (kept: HealthFields) => {
      setValues((v) => ({ ...v, ...kept }));
      setDirty(true);
      setStatus('idle');
    },
  });
  const deferred = useDeferredValue(values);
  const texts = useMemo(() => TEXT_FIELDS.map((f) => deferred[f]), [deferred]);

  const set = <K extends keyof HealthFields>(field: K, value: HealthFields[K]) => {
    setStatus('idle');
    setValues((v) => ({ ...v, [field]: value }));
    setDirty(true);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = validateHealth(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setStatus('saving');
    try {
      await draft.saving(() => props.onSave(result.value, reason.note()));
      reason.reset();
      setDirty(false);
      setStatus('saved');
    } catch (err) {
      setFailure(t(errorKey(err)));
      setStatus('failed');
    }
  }

  const err = (f: keyof HealthFields) =>
    errors[f] ? <small className="error">{t(messageKey(errors[f] as string))}</small> : null;

  return (
    <form className="health-form" onSubmit={submit} noValidate autoComplete="off">
      <DraftNotice
        draft={draft}
        onDiscarded={() => {
          setValues(props.initial);
          setErrors({});
          setDirty(false);
          setStatus('idle');
        }}
      />
      <p className="notice">{t('health.noDiagnosis')}</p>
      {TEXT_FIELDS.map((f) => (
        <label key={f} className="field">
          <span>{t(`health.fields.${f}`)}</span>
          <textarea rows={3} value={values[f]} onChange={(e) => set(f, e.target.value)} />
          {err(f)}
        </label>
      ))}
      <SpecialFindings texts={texts} sealed note={t('health.findingsNote')} />
      <div className="row">
        <label className="field w-m">
          <span>{t('health.fields.expectedDuration')}</span>
          <select
            value={values.expectedDuration}
            onChange={(e) =>
              set('expectedDuration', e.target.value as HealthFields['expectedDuration'])
            }
          >
            {EXPECTED_DURATIONS.map((d) => (
              <option key={d} value={d}>
                {t(`health.durations.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field w-m">
          <span>{t('health.fields.incapacityClass')}</span>
          <select
            value={values.incapacityClass}
            onChange={(e) =>
              set('incapacityClass', e.target.value as HealthFields['incapacityClass'])
            }
          >
            {INCAPACITY_CLASSES.map((c) => (
              <option key={c} value={c}>
                {t(`health.classes.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field w-xs">
          <span>{t('health.fields.incapacityPercentage')}</span>
          <input
            inputMode="numeric"
            value={values.incapacityPercentage}
            onChange={(e) => set('incapacityPercentage', e.target.value)}
            aria-invalid={errors.incapacityPercentage ? true : undefined}
          />
          {err('incapacityPercentage')}
        </label>
      </div>
      <label className="field w-l">
        <span>{t('health.fields.occupationalPhysician')}</span>
        <input
          value={values.occupationalPhysician}
          onChange={(e) => set('occupationalPhysician', e.target.value)}
        />
        {err('occupationalPhysician')}
      </label>
      {reason.field}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={status === 'saving'}>
          {t('health.save')}
        </button>
        <span className="status" role="status" aria-live="polite">
          {status === 'saved' && <span className="ok">✓ {t('health.saved')}</span>}
          {status === 'failed' && <span className="error">{failure}</span>}
        </span>
        <div className="spacer" />
        <HistoryButton
          clientId={props.clientId}
          kind={HEALTH_KIND}
          current={props.initial}
          title={t('health.title')}
        />
      </div>
    </form>
  );
}
