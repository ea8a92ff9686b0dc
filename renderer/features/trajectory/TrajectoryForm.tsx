import type { ChangeNote } from '../../../shared/domain/field-history';
import { UWV_TRAJECTORY_KIND, type UwvTrajectory } from '../../../shared/domain/uwv-trajectory';
import { useChangeReason } from '../ui/history/ChangeReason';
import { HistoryButton } from '../ui/history/HistoryButton';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import {
  REGIMES,
  SUPPORT_LEVELS,
  TRAJECTORY_TYPES,
  validateTrajectory,
  type TrajectoryFields,
  type TrajectoryInput,
} from '../../../shared/domain/uwv-trajectory';
import { useFormDraft } from '../../state/useFormDraft';
import { DraftNotice } from '../ui/DraftNotice';

type Field = keyof TrajectoryInput;
type TextField = Exclude<Field, 'type' | 'supportLevel' | 'regime' | 'adReport' | 'fml'>;

export function TrajectoryForm(props: {
  clientId: string;
  initial: TrajectoryInput;
  saving: boolean;
  /** A save already succeeded in this visit (the form remounts after the first save). */
  saved: boolean;
  saveError: string | null;
  onSave: (fields: TrajectoryFields, note?: ChangeNote) => Promise<boolean>;
  /** The stored trajectory, for its history; undefined before the first save. */
  current?: UwvTrajectory;
}) {
  const { t } = useTranslation();
  // Why a stored trajectory changed (a rectification request): kept with the earlier values.
  const reason = useChangeReason(props.clientId);
  const [values, setValues] = useState<TrajectoryInput>(props.initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [dirty, setDirty] = useState(false);
  // Unsaved input is sealed as a draft: the idle lock, a reload or a tab switch loses none.
  const draft = useFormDraft({
    clientId: props.clientId,
    editor: 'trajectory',
    values,
    dirty,
    restore: (kept: TrajectoryInput) => {
      setValues((v) => ({ ...v, ...kept }));
      setDirty(true);
    },
  });

  const set = <K extends Field>(field: K, value: TrajectoryInput[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setDirty(true);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = validateTrajectory(values);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    if (await draft.saving(() => props.onSave(r.value, reason.note()))) {
      setDirty(false);
      reason.reset();
    }
  }

  const error = (field: Field) =>
    errors[field] && (
      <small className="error" role="alert">
        {t(messageKey(errors[field]))}
      </small>
    );

  const text = (
    field: TextField,
    opts: { width?: 's' | 'm' | 'l'; date?: boolean; hint?: string; numeric?: boolean } = {},
  ) => (
    <label className={`field w-${opts.width ?? 'm'}`}>
      <span>{t(`trajectory.fields.${field}`)}</span>
      <input
        name={field}
        value={values[field]}
        onChange={(e) => set(field, e.target.value)}
        aria-invalid={errors[field] ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        inputMode={opts.numeric ? 'decimal' : undefined}
        placeholder={opts.date ? t('client.datePlaceholder') : undefined}
      />
      {error(field) || (opts.hint && <small className="muted">{opts.hint}</small>)}
    </label>
  );

  const invalid = Object.keys(errors).length > 0;
  let status = null;
  if (props.saving) status = <span className="muted">{t('trajectory.saving')}</span>;
  else if (invalid) status = <span className="error">{t('trajectory.invalid')}</span>;
  else if (props.saveError)
    status = <span className="error">{t(messageKey(props.saveError))}</span>;
  else if (props.saved && !dirty) status = <span className="ok">✓ {t('trajectory.saved')}</span>;

  return (
    <form className="client-form uwv-form" onSubmit={(e) => void submit(e)} noValidate>
      <DraftNotice
        draft={draft}
        onDiscarded={() => {
          setValues(props.initial);
          setErrors({});
          setDirty(false);
        }}
      />
      <fieldset>
        <legend>{t('trajectory.sections.trajectory')}</legend>
        <div className="row">
          <label className="field w-m">
            <span>{t('trajectory.fields.type')}</span>
            <select
              name="type"
              value={values.type}
              onChange={(e) => set('type', e.target.value as TrajectoryInput['type'])}
            >
              {TRAJECTORY_TYPES.map((k) => (
                <option key={k} value={k}>
                  {t(`trajectory.types.${k}`)}
                </option>
              ))}
            </select>
          </label>
          {values.type === 'jobcoaching' && (
            <label className="field w-m">
              <span>{t('trajectory.fields.supportLevel')}</span>
              <select
                name="supportLevel"
                value={values.supportLevel}
                aria-invalid={errors.supportLevel ? true : undefined}
                onChange={(e) =>
                  set('supportLevel', e.target.value as TrajectoryInput['supportLevel'])
                }
              >
                {(['', ...SUPPORT_LEVELS] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`trajectory.levels.${k}`)}
                  </option>
                ))}
              </select>
              {error('supportLevel')}
            </label>
          )}
          {values.type === 'other' && text('typeOther')}
          <label className="field w-s">
            <span>{t('trajectory.fields.regime')}</span>
            <select
              name="regime"
              value={values.regime}
              onChange={(e) => set('regime', e.target.value as TrajectoryInput['regime'])}
            >
              {(['', ...REGIMES] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`trajectory.regimes.${k}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="row">
          {text('startDate', { width: 's', date: true, hint: t('trajectory.fields.startHint') })}
          {text('endDate', { width: 's', date: true })}
          {text('grantedHours', { width: 's', numeric: true })}
          {text('budget', { width: 's', numeric: true })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('trajectory.sections.uwv')}</legend>
        <div className="row">
          {text('orderNumber')}
          {text('ajNumber', { width: 's' })}
        </div>
        <div className="row">
          {text('uwvContact')}
          {text('arbeidsdeskundige')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('trajectory.sections.documents')}</legend>
        <div className="row uwv-checks">
          {(['adReport', 'fml'] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                name={k}
                checked={values[k]}
                onChange={(e) => set(k, e.target.checked)}
              />
              {t(`trajectory.fields.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {props.current && reason.field}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={props.saving}>
          {t('trajectory.save')}
        </button>
        <span className="status" role="status" aria-live="polite">
          {status}
        </span>
        <div className="spacer" />
        {props.current && (
          <HistoryButton
            clientId={props.clientId}
            kind={UWV_TRAJECTORY_KIND}
            current={props.current}
            title={t('trajectory.title')}
          />
        )}
      </div>
    </form>
  );
}
