import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../state/session';
import { Modal } from '../ui/Modal';
import { PassphraseField } from '../ui/PassphraseField';
import { useBackoff } from '../ui/useBackoff';
import { PURPOSES, type Purpose } from './purposes';
import { services } from '../../state/services';

/**
 * Asks for the purpose and, unless an opening less than five minutes old can be reused,
 * the passphrase. The purpose goes into the audit log as written (in the coach's language).
 */
export function OpenCompartmentDialog(props: {
  clientId: string;
  open: boolean;
  onClose: () => void;
  onOpened?: () => void;
  /** The purpose chosen when the dialog first shows (the export asks for 'access-request'). */
  initialPurpose?: Purpose;
}) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState<Purpose>(props.initialPurpose ?? 'report');
  const [other, setOther] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  // Read when the dialog renders: the reuse window may have passed since it was mounted.
  const reuse = props.open && services().compartment.isOpen();
  // The lock screen's back-off: every wrong passphrase here counts towards it too.
  const backoff = useBackoff(props.open && !reuse);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const text = purpose === 'other' ? other.trim() : t(`compartment.purposes.${purpose}`);
    if (!text) {
      setError(t('compartment.purposeRequired'));
      return;
    }
    if (!reuse && backoff.throttled) return;
    setBusy(true);
    setError('');
    try {
      await services().compartment.open({
        clientId: props.clientId,
        purpose: text,
        passphrase: reuse ? undefined : passphrase,
      });
      setPassphrase('');
      props.onOpened?.();
      props.onClose();
    } catch (err) {
      setPassphrase('');
      setError(t(errorKey(err)));
      if (!reuse) await backoff.failed(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={props.open}
      onClose={props.onClose}
      title={t('compartment.openTitle')}
      description={reuse ? t('compartment.reuseHint') : t('compartment.openHint')}
    >
      <form className="compartment-open" onSubmit={submit} autoComplete="off" noValidate>
        <fieldset>
          <legend>{t('compartment.purpose')}</legend>
          {PURPOSES.map((p) => (
            <label key={p} className="radio">
              <input
                type="radio"
                name="purpose"
                value={p}
                checked={purpose === p}
                onChange={() => setPurpose(p)}
              />
              {t(`compartment.purposes.${p}`)}
            </label>
          ))}
          {purpose === 'other' && (
            <input
              aria-label={t('compartment.otherPurpose')}
              placeholder={t('compartment.otherPurpose')}
              value={other}
              onChange={(e) => setOther(e.target.value)}
              autoFocus
            />
          )}
        </fieldset>
        {!reuse && (
          <PassphraseField
            label={t('compartment.passphrase')}
            value={passphrase}
            onChange={setPassphrase}
            backoff={backoff}
            disabled={busy}
            autoFocus={purpose !== 'other'}
            error={error}
          />
        )}
        {reuse && error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={props.onClose}>
            {t('compartment.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={busy || (!reuse && backoff.throttled)}
          >
            {busy ? t('compartment.opening') : t('compartment.open')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
