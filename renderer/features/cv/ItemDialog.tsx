import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import {
  LANGUAGE_LEVELS,
  validateItem,
  type CvItemInputs,
  type CvItems,
  type CvListKey,
  type ItemErrors,
} from '../../../shared/domain/cv';
import { capText } from '../../../shared/domain/text-limits';
import { Modal } from '../ui/Modal';
import { TextLimit } from '../ui/TextLimit';
import { SECTION_FIELDS, type FieldDef } from './cv-sections';
import { cvFreeTexts } from './cv-findings';
import { CvTextFindings } from './CvTextFindings';

type Values = Record<string, string | boolean>;

/**
 * Adds or edits one list item. On an error the dialog stays open with everything the coach
 * typed; only a valid item goes back to the CV.
 */
export function ItemDialog<K extends CvListKey>(props: {
  listKey: K;
  initial: CvItemInputs[K];
  isNew: boolean;
  onApply: (item: CvItems[K]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState<Values>(() => ({ ...props.initial }) as Values);
  const [errors, setErrors] = useState<ItemErrors>({});
  const [cut, setCut] = useState<Record<string, boolean>>({});
  const key = props.listKey;

  function submit(e: FormEvent) {
    e.preventDefault();
    // A date field switched off by "tot heden" holds nothing, whatever was typed before.
    const input = { ...values };
    for (const def of SECTION_FIELDS[key].flat())
      if (def.kind === 'monthYear' && def.disabledBy && input[def.disabledBy] === true)
        input[def.name] = '';
    const r = validateItem(key, input as unknown as CvItemInputs[K]);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    props.onApply(r.value);
  }

  const set = (name: string, value: string | boolean) =>
    setValues((v) => ({ ...v, [name]: value }));

  const field = (def: FieldDef) => {
    const id = `${formId}-${def.name}`;
    const error = errors[def.name];
    const errorEl = error ? (
      <small className="error" id={`${id}-error`}>
        {t(messageKey(error))}
      </small>
    ) : null;
    const common = {
      id,
      name: def.name,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-error` : undefined,
    };
    // The first field of every dialog is a text field; it gets the focus.
    const focus = def === SECTION_FIELDS[key][0]?.[0];
    switch (def.kind) {
      case 'checkbox':
        return (
          <label key={def.name} className="check cv-check">
            <input
              {...common}
              type="checkbox"
              checked={values[def.name] === true}
              onChange={(e) => set(def.name, e.target.checked)}
            />
            <span>
              {t(def.label)}
              {def.hint && <small className="muted"> {t(def.hint)}</small>}
            </span>
          </label>
        );
      case 'textarea':
        return (
          <label key={def.name} className="field w-l" htmlFor={id}>
            <span>{t(def.label)}</span>
            <textarea
              {...common}
              rows={4}
              value={String(values[def.name] ?? '')}
              onChange={(e) => {
                const capped = capText(e.target.value, def.max);
                setCut((c) => ({ ...c, [def.name]: capped.cut }));
                set(def.name, capped.value);
              }}
              autoFocus={focus}
            />
            <TextLimit
              length={String(values[def.name] ?? '').length}
              max={def.max}
              cut={cut[def.name] === true}
            />
            {errorEl}
          </label>
        );
      case 'level':
        return (
          <label key={def.name} className="field w-m" htmlFor={id}>
            <span>{t(def.label)}</span>
            <select
              {...common}
              value={String(values[def.name])}
              onChange={(e) => set(def.name, e.target.value)}
            >
              {LANGUAGE_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`cv.levels.${l}`)}
                </option>
              ))}
            </select>
            {errorEl}
          </label>
        );
      default: {
        const disabled =
          def.kind === 'monthYear' && def.disabledBy ? values[def.disabledBy] === true : false;
        return (
          <label
            key={def.name}
            className={`field w-${def.kind === 'monthYear' ? 's' : (def.width ?? 'm')}`}
            htmlFor={id}
          >
            <span>{t(def.label)}</span>
            <input
              {...common}
              type="text"
              value={disabled ? '' : String(values[def.name] ?? '')}
              disabled={disabled}
              onChange={(e) => set(def.name, e.target.value)}
              placeholder={
                def.kind === 'monthYear'
                  ? t('cv.fields.monthYearPlaceholder')
                  : def.placeholder && t(def.placeholder)
              }
              inputMode={def.kind === 'monthYear' ? 'numeric' : undefined}
              autoComplete="off"
              autoFocus={focus}
            />
            {errorEl}
          </label>
        );
      }
    }
  };

  return (
    <Modal
      open
      wide
      onClose={props.onClose}
      title={t(`cv.dialog.${props.isNew ? 'addTitle' : 'editTitle'}.${key}`)}
    >
      <form className="cv-dialog-form" onSubmit={submit} noValidate autoComplete="off">
        {SECTION_FIELDS[key].map((row, i) => (
          <div className="row cv-dialog-row" key={i}>
            {row.map(field)}
          </div>
        ))}
        <CvTextFindings texts={cvFreeTexts(key, [values])} />
        <p className="muted small">{t('cv.dialog.reminder')}</p>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={props.onClose}>
            {t('cv.dialog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t(props.isNew ? 'cv.dialog.add' : 'cv.dialog.apply')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
