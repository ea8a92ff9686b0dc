import { changePassphrase } from '../../state/security-actions';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey, useSession } from '../../state/session';
import { CrackTime } from '../ui/CrackTime';
import { passphraseProblem } from '../ui/passphrase-problem';
import { Modal } from '../ui/Modal';
import { BackoffNotice, PassphraseField } from '../ui/PassphraseField';
import { useBackoff } from '../ui/useBackoff';
import { assessPassphraseNow, usePassphraseAssessment } from '../ui/usePassphraseAssessment';
import { RequestSettings } from './RequestSettings';
import { RetentionPolicySettings } from './RetentionPolicySettings';
import { SecuritySettings } from './SecuritySettings';
import { BackupSettings } from './BackupSettings';
import { PASSPHRASE_AUTOCOMPLETE } from '../ui/passphrase-field';

export function SettingsDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The office section (features/sync), composed in by the header. */
  office?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={props.open}
      onClose={() => props.onOpenChange(false)}
      title={t('settings.title')}
      wide
    >
      <IdleSetting />
      <hr />
      <RequestSettings />
      <hr />
      <BackupSettings />
      <RetentionPolicySettings />
      <hr />
      {props.office}
      {props.office && <hr />}
      <ChangePassphrase />
      <SecuritySettings />
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={() => props.onOpenChange(false)}>
          {t('settings.close')}
        </button>
      </div>
    </Modal>
  );
}

function IdleSetting() {
  const { t } = useTranslation();
  const idleMinutes = useSession((s) => s.idleMinutes);
  const setIdleMinutes = useSession((s) => s.setIdleMinutes);
  const [value, setValue] = useState(String(idleMinutes));
  const [saved, setSaved] = useState(false);
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= 60;
  return (
    <form
      className="settings-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        void setIdleMinutes(n).then(() => setSaved(true));
      }}
    >
      <label className="field w-m">
        <span>{t('settings.idle')}</span>
        <input
          type="number"
          min={1}
          max={60}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(false);
          }}
          aria-invalid={valid ? undefined : true}
        />
        <small className={valid ? 'muted' : 'error'}>{t('settings.idleHint')}</small>
      </label>
      <button type="submit" className="primary" disabled={!valid}>
        {t('settings.save')}
      </button>
      {saved && <span className="ok">✓</span>}
    </form>
  );
}

function ChangePassphrase() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const assessment = usePassphraseAssessment(next);
  const backoff = useBackoff();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (backoff.throttled) return;
    const problem = passphraseProblem(t, await assessPassphraseNow(next), next, repeat);
    if (problem) return setMessage({ ok: false, text: problem });
    setBusy(true);
    try {
      await changePassphrase(current, next);
      setMessage({ ok: true, text: t('settings.changed') });
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (err) {
      setCurrent('');
      setMessage({ ok: false, text: t(errorKey(err)) });
      await backoff.failed(err);
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} autoComplete="off">
      <h3>{t('settings.changePassphrase')}</h3>
      <div className="row">
        <PassphraseField
          className="field w-m"
          label={t('settings.current')}
          value={current}
          onChange={setCurrent}
          backoff={backoff}
          notice={false}
        />
        <label className="field w-m">
          <span>{t('settings.next')}</span>
          <input
            type="password"
            autoComplete={PASSPHRASE_AUTOCOMPLETE}
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </label>
        <label className="field w-m">
          <span>{t('settings.repeat')}</span>
          <input
            type="password"
            autoComplete={PASSPHRASE_AUTOCOMPLETE}
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </label>
      </div>
      {next && assessment && <CrackTime assessment={assessment} />}
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={busy || backoff.throttled || !current || !next}
        >
          {t('settings.changePassphrase')}
        </button>
        {message && !backoff.throttled && (
          <span className={message.ok ? 'ok' : 'error'} role="status">
            {message.text}
          </span>
        )}
      </div>
      <BackoffNotice backoff={backoff} />
    </form>
  );
}
