import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import {
  ACCEPTED_EXTENSIONS,
  DOCUMENT_DIRECTIONS,
  portableFileName,
  validateDocumentInput,
  type DocumentDirection,
  type DocumentInput,
} from '../../../shared/domain/documents';
import { ORIGINS, type Origin } from '../../../shared/domain/recipients';
import { capText, TEXT_LIMITS } from '../../../shared/domain/text-limits';
import { LockIcon } from '../compartment/LockIcon';
import { SpecialFindings } from '../compartment/SpecialFindings';
import { Modal } from '../ui/Modal';
import { TextLimit } from '../ui/TextLimit';
import { documentErrorKey } from './document-errors';
import { formatSize } from '../../i18n/format';
import { services } from '../../state/services';

type FieldErrors = Partial<Record<keyof DocumentInput | 'file', string>>;

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return formatDutchDate(`${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`);
};

export function AddDocumentDialog(props: {
  open: boolean;
  clientId: string;
  onClose: () => void;
  /** `sealed`: it went into the compartment. */
  onAdded: (sealed: boolean) => void;
}) {
  const { t } = useTranslation();
  const busy = useRef<AbortController | null>(null);
  return (
    <Modal
      open={props.open}
      wide
      title={t('documents.add')}
      onClose={() => {
        // Escape or the backdrop during encryption stops it; nothing is kept.
        busy.current?.abort();
        props.onClose();
      }}
    >
      <AddDocumentForm {...props} busy={busy} />
    </Modal>
  );
}

function AddDocumentForm(props: {
  clientId: string;
  onClose: () => void;
  onAdded: (sealed: boolean) => void;
  busy: { current: AbortController | null };
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [file, setFile] = useState<File | null>(null);
  const [values, setValues] = useState<DocumentInput>({
    direction: 'ontvangen',
    date: today(),
    counterparty: '',
    description: '',
  });
  const [sealed, setSealed] = useState(false);
  const [descriptionCut, setDescriptionCut] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const { busy } = props;

  useEffect(() => () => busy.current?.abort(), [busy]);

  // What the detector reads as the coach types: everything about the document in words.
  const fileName = file?.name ?? '';
  const findingTexts = useMemo(
    () => [fileName, values.counterparty, values.description],
    [fileName, values.counterparty, values.description],
  );

  const set = <K extends keyof DocumentInput>(key: K, value: DocumentInput[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function choose(chosen: File | null) {
    setFailure(null);
    setErrors((e) => ({ ...e, file: undefined }));
    setFile(null);
    if (!chosen) return;
    try {
      // Refuse a wrong type or size at once, before the coach fills in the rest.
      await services().documents.detectType(chosen, chosen.name);
      setFile(chosen);
    } catch (e) {
      setErrors((prev) => ({ ...prev, file: documentErrorKey(e) }));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateDocumentInput(values);
    const fieldErrors: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (!file) fieldErrors.file = errors.file ?? 'documents.noFile';
    setErrors(fieldErrors);
    if (!checked.ok || !file) return;
    const controller = new AbortController();
    busy.current = controller;
    setFailure(null);
    setPercent(0);
    try {
      const doc = await services().documents.attach(
        props.clientId,
        file,
        // Stored as every OS accepts it, so a later "save as" offers it unchanged.
        { ...values, fileName: portableFileName(file.name), sealed },
        {
          signal: controller.signal,
          onProgress: (done, total) => setPercent(Math.floor((done / total) * 100)),
        },
      );
      busy.current = null;
      // A document sent went to its counterparty: the recipients register records it.
      if (doc.data.direction === 'verzonden')
        await services().recipients.recordDocumentSent(props.clientId, {
          id: doc.id,
          counterparty: doc.data.counterparty,
          date: doc.data.date,
          fileName: doc.data.fileName,
          sealed,
        });
      props.onAdded(sealed);
    } catch (e) {
      if (!controller.signal.aborted) setFailure(e);
    } finally {
      if (busy.current === controller) busy.current = null;
      setPercent(null);
    }
  }

  const encrypting = percent !== null;
  const counterpartyLabel =
    values.direction === 'ontvangen'
      ? t('documents.fields.counterpartyReceived')
      : t('documents.fields.counterpartySent');
  const invalid = (key: keyof FieldErrors) => (errors[key] ? true : undefined);
  const message = (key: keyof FieldErrors) =>
    errors[key] && (
      <small className="error" id={`${ids}-${key}-error`}>
        {t(messageKey(errors[key]))}
      </small>
    );
  const describedBy = (key: keyof FieldErrors, hint?: string) =>
    [errors[key] ? `${ids}-${key}-error` : null, hint].filter(Boolean).join(' ') || undefined;

  return (
    <form className="document-form" onSubmit={submit} noValidate>
      <fieldset disabled={encrypting}>
        <div className="field">
          <span id={`${ids}-file-label`}>{t('documents.fields.file')}</span>
          <div className="file-pick">
            <input
              id={`${ids}-file`}
              type="file"
              className="file-input"
              accept={ACCEPTED_EXTENSIONS.join(',')}
              aria-labelledby={`${ids}-file-label`}
              aria-invalid={invalid('file')}
              aria-describedby={describedBy('file', `${ids}-file-hint`)}
              onChange={(e) => void choose(e.target.files?.[0] ?? null)}
            />
            {/* The browser's own button speaks the browser's language, not the app's. */}
            <label htmlFor={`${ids}-file`} className="file-button" aria-hidden="true">
              {t('documents.fields.choose')}
            </label>
            <span className={file ? 'file-chosen' : 'muted'}>
              {file
                ? `${file.name} · ${formatSize(file.size, i18n.language)}`
                : t('documents.fields.noneChosen')}
            </span>
          </div>
          <small className="muted" id={`${ids}-file-hint`}>
            {t('documents.fields.fileHint')}
          </small>
          {message('file')}
        </div>
        <div className="row">
          <fieldset className="field w-m direction-choice">
            <legend>{t('documents.fields.direction')}</legend>
            <div className="direction-options">
              {DOCUMENT_DIRECTIONS.map((d: DocumentDirection) => (
                <label key={d} className="check">
                  <input
                    type="radio"
                    name="direction"
                    value={d}
                    checked={values.direction === d}
                    onChange={() => set('direction', d)}
                  />
                  {t(`documents.directions.${d}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="field w-s">
            <span>{t('documents.fields.date')}</span>
            <input
              value={values.date}
              placeholder={t('client.datePlaceholder')}
              inputMode="numeric"
              aria-invalid={invalid('date')}
              aria-describedby={describedBy('date')}
              onChange={(e) => set('date', e.target.value)}
            />
            {message('date')}
          </label>
        </div>
        <label className="field">
          <span>{counterpartyLabel}</span>
          <input
            value={values.counterparty}
            maxLength={200}
            aria-invalid={invalid('counterparty')}
            aria-describedby={describedBy('counterparty', `${ids}-cp-hint`)}
            onChange={(e) => set('counterparty', e.target.value)}
          />
          <small className="muted" id={`${ids}-cp-hint`}>
            {t('documents.fields.counterpartyHint')}
          </small>
          {message('counterparty')}
        </label>
        <label className="field w-m">
          <span>{t('documents.fields.origin')}</span>
          <select
            value={values.origin ?? ''}
            onChange={(e) => {
              const origin = e.target.value as Origin | '';
              setValues(({ origin: _drop, ...rest }) => (origin ? { ...rest, origin } : rest));
            }}
          >
            <option value="">{t('documents.fields.originUnknown')}</option>
            {ORIGINS.map((o) => (
              <option key={o} value={o}>
                {t(`recipients.origins.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('documents.fields.description')}</span>
          <textarea
            rows={3}
            value={values.description}
            aria-invalid={invalid('description')}
            aria-describedby={describedBy('description')}
            onChange={(e) => {
              // Cut here rather than by maxLength, which drops a long paste's end silently.
              const capped = capText(e.target.value, TEXT_LIMITS.documentDescription);
              setDescriptionCut(capped.cut);
              set('description', capped.value);
            }}
          />
          <TextLimit
            length={values.description.length}
            max={TEXT_LIMITS.documentDescription}
            cut={descriptionCut}
          />
          {message('description')}
        </label>
        <SpecialFindings
          texts={findingTexts}
          sealed={sealed}
          onSeal={() => setSealed(true)}
          note={t('documents.sealedNote')}
        />
        <label className="check seal-document">
          <input
            type="checkbox"
            checked={sealed}
            aria-describedby={`${ids}-sealed-hint`}
            onChange={(e) => setSealed(e.target.checked)}
          />
          <LockIcon /> {t('documents.fields.sealed')}
        </label>
        <small className="muted seal-document-hint" id={`${ids}-sealed-hint`}>
          {t('documents.fields.sealedHint')}
        </small>
      </fieldset>
      {encrypting && (
        <div className="document-progress" role="status">
          <progress max={100} value={percent} aria-label={t('documents.encrypting', { percent })} />
          <span className="small">{t('documents.encrypting', { percent })}</span>
        </div>
      )}
      {failure !== null && (
        <p className="error" role="alert">
          {t(documentErrorKey(failure))}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="ghost"
          onClick={() => {
            busy.current?.abort();
            props.onClose();
          }}
        >
          {t('documents.cancel')}
        </button>
        <button type="submit" className="primary" disabled={encrypting}>
          {t('documents.submit')}
        </button>
      </div>
    </form>
  );
}
