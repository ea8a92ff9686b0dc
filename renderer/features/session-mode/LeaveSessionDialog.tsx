import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VaultError } from '../../../shared/crypto/errors';
import { errorKey, useSession } from '../../state/session';
import { vault } from '../../state/vault-instance';
import { Modal } from '../ui/Modal';
import { PASSPHRASE_AUTOCOMPLETE } from '../ui/passphrase-field';

/** Asks the passphrase; a wrong one (or a back-off) leaves session mode exactly as it was. */
export function LeaveSessionDialog(props: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const leave = useSession((s) => s.leaveSessionMode);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const input = useRef<HTMLInputElement>(null);

  // The field is disabled while checking; give it back the focus for the next try.
  useEffect(() => {
    if (props.open && !busy) input.current?.focus();
  }, [props.open, busy]);

  // The lock screen's back-off applies here too: show it before the coach types.
  useEffect(() => {
    if (!props.open) return;
    void vault.retryAfterMs().then((ms) => {
      if (ms > 0) {
        setWaitUntil(Date.now() + ms);
        setNow(Date.now());
      }
    });
  }, [props.open]);

  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), 250);
    return () => clearTimeout(timer);
  }, [waitUntil, now]);

  const secondsLeft = Math.ceil((waitUntil - now) / 1000);
  const throttled = secondsLeft > 0;

  function close() {
    setPassphrase('');
    setError(null);
    props.onClose();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || throttled || !passphrase) return;
    setBusy(true);
    setError(null);
    try {
      // On success this dialog unmounts with the session-mode header.
      await leave(passphrase);
    } catch (err) {
      setPassphrase('');
      if (err instanceof VaultError && err.code === 'throttled') {
        setWaitUntil(Date.now() + (err.retryAfterMs ?? 0));
      } else {
        setError(t(errorKey(err)));
        const wait = await vault.retryAfterMs().catch(() => 0);
        if (wait > 0) setWaitUntil(Date.now() + wait);
      }
      setNow(Date.now());
      setBusy(false);
    }
  }

  return (
    <Modal
      open={props.open}
      onClose={close}
      title={t('sessionMode.endTitle')}
      description={t('sessionMode.endIntro')}
    >
      <form onSubmit={(e) => void submit(e)} autoComplete="off">
        <label className="field">
          <span>{t('sessionMode.passphrase')}</span>
          <input
            ref={input}
            type="password"
            autoComplete={PASSPHRASE_AUTOCOMPLETE}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            disabled={busy}
            aria-invalid={error ? true : undefined}
          />
        </label>
        {error && !throttled && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {throttled && (
          <p className="error" role="alert">
            {t('sessionMode.throttled', { seconds: secondsLeft })}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={close}>
            {t('sessionMode.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || throttled || !passphrase}>
            {busy ? t('sessionMode.checking') : t('sessionMode.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
