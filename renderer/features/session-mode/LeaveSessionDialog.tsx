import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey, useSession } from '../../state/session';
import { Modal } from '../ui/Modal';
import { PassphraseField } from '../ui/PassphraseField';
import { useBackoff } from '../ui/useBackoff';

/** Asks the passphrase; a wrong one (or a back-off) leaves session mode exactly as it was. */
export function LeaveSessionDialog(props: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const leave = useSession((s) => s.leaveSessionMode);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The lock screen's back-off applies here too: shown before the coach types.
  const backoff = useBackoff(props.open);
  const input = useRef<HTMLInputElement>(null);

  // The field is disabled while checking; give it back the focus for the next try.
  useEffect(() => {
    if (props.open && !busy) input.current?.focus();
  }, [props.open, busy]);

  const throttled = backoff.throttled;

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
      setError(t(errorKey(err)));
      await backoff.failed(err);
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
        <PassphraseField
          label={t('sessionMode.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          backoff={backoff}
          disabled={busy}
          inputRef={input}
          error={error}
        />
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
