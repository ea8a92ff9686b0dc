import { useId, useState, type FormEvent } from 'react';
import type { StaffSession } from '../../../../shared/sync/staff-api';
import type { OfficeApi } from '../api';
import { ErrorBox } from '../common';
import { useI18n } from '../i18n';

/**
 * Passphrase and TOTP. The page checks only the code's form (six digits) before asking;
 * which of the three was wrong the service never says, and neither does the page.
 */
export function SignIn({
  api,
  reason,
  firstAdministrator,
  onSignedIn,
  onSetup,
}: {
  api: OfficeApi;
  /** Why the user is here again (session expired), shown above the form. */
  reason: string | null;
  firstAdministrator: boolean;
  onSignedIn: (s: StaffSession) => void;
  onSetup: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [login, setLogin] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [totp, setTotp] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const code = totp.replace(/\s/g, '');
    if (!login.trim() || !passphrase) {
      setInvalid(t('signIn.required'));
      return;
    }
    if (!/^\d{6}$/.test(code)) {
      setInvalid(t('signIn.totpFormat'));
      return;
    }
    setInvalid(null);
    setBusy(true);
    try {
      onSignedIn(await api.signIn(login.trim(), passphrase, code));
    } catch (err) {
      setError(err);
      setTotp('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="card narrow">
      <h1 id={`${id}-h`}>{t('signIn.title')}</h1>
      {reason && (
        <p className="warning" role="alert">
          {reason}
        </p>
      )}
      {firstAdministrator && <p className="info">{t('signIn.firstAdmin')}</p>}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-login`}>{t('signIn.login')}</label>
        <input
          id={`${id}-login`}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          required
        />
        <label htmlFor={`${id}-pass`}>{t('signIn.passphrase')}</label>
        <input
          id={`${id}-pass`}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          required
        />
        <label htmlFor={`${id}-totp`}>{t('signIn.totp')}</label>
        <input
          id={`${id}-totp`}
          inputMode="numeric"
          autoComplete="one-time-code"
          aria-describedby={`${id}-totp-hint`}
          aria-invalid={invalid === t('signIn.totpFormat') ? true : undefined}
          maxLength={7}
          value={totp}
          onChange={(e) => setTotp(e.target.value)}
          required
        />
        <p id={`${id}-totp-hint`} className="hint">
          {t('signIn.totpHint')}
        </p>
        {invalid && (
          <p className="error" role="alert">
            {invalid}
          </p>
        )}
        {error !== null && <ErrorBox error={error} />}
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <button type="button" className="link" onClick={onSetup}>
          {t('signIn.setupLink')}
        </button>
      </p>
    </section>
  );
}
