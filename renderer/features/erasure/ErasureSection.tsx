import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, type Client } from '../../../shared/domain/client';
import type { ErasureEntry } from '../../../shared/domain/erasure';
import { isOpenRequest } from '../../../shared/domain/requests';
import { formatDay } from '../../i18n/format';
import { platform } from '../../platform';
import {
  eraseClient,
  forgetErased,
  previewErasure,
  recordCertificate,
  type ErasurePreview,
} from '../../state/erasure-actions';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import { Modal } from '../ui/Modal';
import { PassphraseField } from '../ui/PassphraseField';
import { useBackoff } from '../ui/useBackoff';
import type { CertificateLanguage } from './certificate-texts';
import './erasure.css';

type Step =
  | { at: 'closed' }
  | { at: 'preview'; preview: ErasurePreview }
  | { at: 'confirm'; preview: ErasurePreview }
  | { at: 'done'; preview: ErasurePreview; entry: ErasureEntry; relocated: boolean };

/**
 * "Verwijderen" on the Privacy tab: a preview of what is erased and what must be kept (why,
 * until when), then the passphrase, then the erasure and the certificate for the client.
 * `requestId`: opened from an erasure request in the register, which it links.
 */
export function ErasureSection(props: { client: Client; requestId?: string }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ at: 'closed' });
  const [error, setError] = useState<string | null>(null);
  // The name lives here only, for the certificate; the vault has forgotten it by then.
  const name = displayName(props.client);

  async function start() {
    setError(null);
    try {
      setStep({ at: 'preview', preview: await previewErasure(props.client.id) });
    } catch (e) {
      setError(t('erasure.failed', { reason: t(errorKey(e)) }));
    }
  }

  function close() {
    if (step.at === 'done') forgetErased(props.client.id);
    setStep({ at: 'closed' });
  }

  const title =
    step.at === 'confirm'
      ? t('erasure.confirmTitle')
      : step.at === 'done'
        ? t('erasure.doneTitle')
        : t('erasure.previewTitle');

  return (
    <div className="erasure-section">
      <p>{t('erasure.intro')}</p>
      <button type="button" className="ghost danger" onClick={() => void start()}>
        {t('erasure.open')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <Modal open={step.at !== 'closed'} onClose={close} title={title} wide>
        {step.at === 'preview' && (
          <PreviewStep
            name={name}
            preview={step.preview}
            onCancel={close}
            onNext={() => setStep({ at: 'confirm', preview: step.preview })}
            lang={i18n.language}
          />
        )}
        {step.at === 'confirm' && (
          <ConfirmStep
            client={props.client}
            requestId={props.requestId}
            onCancel={close}
            onDone={({ entry, relocated }) =>
              setStep({ at: 'done', preview: step.preview, entry, relocated })
            }
          />
        )}
        {step.at === 'done' && (
          <DoneStep
            name={name}
            preview={step.preview}
            entry={step.entry}
            relocated={step.relocated}
            onClose={close}
          />
        )}
      </Modal>
    </div>
  );
}

function PreviewStep(props: {
  name: string;
  preview: ErasurePreview;
  lang: string;
  onCancel: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const { plan } = props.preview;
  return (
    <div className="erasure-preview">
      <p>{t('erasure.erasedIntro', { name: props.name })}</p>
      <ul className="erasure-list">
        {plan.erased.map((e) => (
          <li key={e.category}>
            {t(`erasure.categories.${e.category}`)}{' '}
            <span className="muted">
              ({t('erasure.count', { count: e.count })}
              {e.sealed ? `, ${t('erasure.sealed')}` : ''})
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('erasure.keptTitle')}</h3>
      {plan.kept.length === 0 ? (
        <p>{t('erasure.keptNone')}</p>
      ) : (
        <ul className="erasure-list">
          {plan.kept.map((k) => (
            <li key={`${k.category}/${k.retention}`}>
              {t('erasure.keptItem', {
                label: t(`erasure.categories.${k.category}`),
                count: k.count,
                until: formatDay(k.until, props.lang),
                why: props.lang === 'en' ? k.why.en : k.why.nl,
              })}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {t('erasure.backups', {
          days: props.preview.backupDays,
          date: formatDay(props.preview.lastBackupExpires, props.lang),
        })}
      </p>
      <p className="muted">{t('erasure.how')}</p>
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={props.onCancel}>
          {t('erasure.cancel')}
        </button>
        <button type="button" className="primary danger" onClick={props.onNext}>
          {t('erasure.next')}
        </button>
      </div>
    </div>
  );
}

function ConfirmStep(props: {
  client: Client;
  requestId?: string;
  onCancel: () => void;
  onDone: (done: { entry: ErasureEntry; relocated: boolean }) => void;
}) {
  const { t, i18n } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [requests, setRequests] = useState<{ id: string; label: string }[]>([]);
  const [requestId, setRequestId] = useState(props.requestId ?? '');
  const backoff = useBackoff(true);
  const input = useRef<HTMLInputElement>(null);
  const selectId = useId();

  useEffect(() => {
    let live = true;
    void services()
      .requests.list(props.client.id)
      .then((list) => {
        if (!live) return;
        const open = list.filter((r) => r.data.type === 'erasure' && isOpenRequest(r.data));
        setRequests(
          open.map((r) => ({ id: r.id, label: formatDay(r.data.receivedOn, i18n.language) })),
        );
        if (!props.requestId && open[0]) setRequestId(open[0].id);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [props.client.id, props.requestId, i18n.language]);

  useEffect(() => {
    if (!busy) input.current?.focus();
  }, [busy]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || backoff.throttled || !passphrase) return;
    setBusy(true);
    setError(null);
    try {
      const done = await eraseClient(props.client.id, {
        passphrase,
        ...(requestId ? { requestId } : {}),
      });
      setPassphrase('');
      props.onDone(done);
    } catch (err) {
      setPassphrase('');
      setError(t(errorKey(err)));
      await backoff.failed(err);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} autoComplete="off">
      <p>{t('erasure.confirmIntro', { name: displayName(props.client) })}</p>
      {requests.length > 0 && (
        <div className="field">
          <label htmlFor={selectId}>{t('erasure.request')}</label>
          <select
            id={selectId}
            value={requestId}
            onChange={(e) => setRequestId(e.target.value)}
            disabled={busy}
          >
            <option value="">{t('erasure.noRequest')}</option>
            {requests.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <PassphraseField
        label={t('erasure.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        backoff={backoff}
        disabled={busy}
        inputRef={input}
        error={error}
      />
      {busy && <p role="status">{t('erasure.working')}</p>}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={props.onCancel} disabled={busy}>
          {t('erasure.cancel')}
        </button>
        <button
          type="submit"
          className="primary danger"
          disabled={busy || backoff.throttled || !passphrase}
        >
          {t('erasure.confirm')}
        </button>
      </div>
    </form>
  );
}

function DoneStep(props: {
  name: string;
  preview: ErasurePreview;
  entry: ErasureEntry;
  relocated: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<CertificateLanguage>(i18n.language === 'en' ? 'en' : 'nl');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const langId = useId();

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const { renderErasureCertificate, certificateFileName } = await import('./certificate-pdf');
      const pdf = await renderErasureCertificate({
        entry: props.entry,
        plan: props.preview.plan,
        clientName: props.name,
        backupDays: props.preview.backupDays,
        lastBackupExpires: props.preview.lastBackupExpires,
        language: lang,
        relocated: props.relocated,
      });
      await recordCertificate(props.entry.id, pdf);
      const { saved: ok } = await platform.saveFile(
        certificateFileName(props.entry, lang),
        pdf,
        'application/pdf',
      );
      setSaved(ok);
    } catch (e) {
      setError(t('erasure.failed', { reason: t(errorKey(e)) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="erasure-done">
      <p role="status">
        {t('erasure.done', {
          name: props.name,
          date: formatDay(props.entry.erasedAt.slice(0, 10), i18n.language),
          id: props.entry.id,
        })}
      </p>
      <p>{t('erasure.certificateIntro')}</p>
      <div className="field">
        <label htmlFor={langId}>{t('erasure.certificateLanguage')}</label>
        <select
          id={langId}
          value={lang}
          onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'nl')}
        >
          <option value="nl">{t('erasure.dutch')}</option>
          <option value="en">{t('erasure.english')}</option>
        </select>
      </div>
      {saved && <p role="status">{t('erasure.downloaded')}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void download()} disabled={busy}>
          {t('erasure.download')}
        </button>
        <button type="button" className="ghost" onClick={props.onClose}>
          {t('erasure.close')}
        </button>
      </div>
    </div>
  );
}
