import { useId, useState, type FormEvent } from 'react';
import { LOGIN_PATTERN } from '../../../../shared/sync/staff-api';
import type { OfficeApi } from '../api';
import { ErrorBox } from '../common';
import { useI18n } from '../i18n';

const MIN_PASSPHRASE = 12;

/** Groups a base32 secret in fours, as authenticator apps show it, so it can be typed over. */
const groupSecret = (s: string) => s.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Spends a one-time setup code: the first administrator's (printed by the service at its
 * first start) or a new member's (made by an administrator). Then shows the TOTP secret
 * once; signing in with a code from the app proves it was set up.
 */
export function Setup({
  api,
  firstAdministrator,
  onDone,
}: {
  api: OfficeApi;
  firstAdministrator: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [login, setLogin] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<{ totpSecret: string; otpauthUri: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!code.trim() || !name.trim() || !login.trim()) {
      setInvalid(t('signIn.required'));
      return;
    }
    if (!LOGIN_PATTERN.test(login.trim())) {
      setInvalid(t('setup.badLogin'));
      return;
    }
    if (passphrase.length < MIN_PASSPHRASE) {
      setInvalid(t('setup.tooShort'));
      return;
    }
    if (passphrase !== repeat) {
      setInvalid(t('setup.mismatch'));
      return;
    }
    setInvalid(null);
    setBusy(true);
    try {
      const answer = await api.setup({
        code: code.trim(),
        login: login.trim(),
        name: name.trim(),
        passphrase,
      });
      setPassphrase('');
      setRepeat('');
      setSecret({ totpSecret: answer.totpSecret, otpauthUri: answer.otpauthUri });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (secret) {
    return (
      <section aria-labelledby={`${id}-h`} className="card narrow">
        <h1 id={`${id}-h`}>{t('setup.doneTitle')}</h1>
        <p>{t('setup.doneIntro')}</p>
        <dl className="secret">
          <dt>{t('setup.secret')}</dt>
          <dd>
            <code data-testid="totp-secret">{groupSecret(secret.totpSecret)}</code>
          </dd>
          <dt>{t('setup.uri')}</dt>
          <dd>
            <code className="wrap" data-testid="otpauth-uri">
              {secret.otpauthUri}
            </code>
          </dd>
        </dl>
        <button type="button" className="primary" onClick={onDone}>
          {t('setup.toSignIn')}
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${id}-h`} className="card narrow">
      <h1 id={`${id}-h`}>{firstAdministrator ? t('setup.firstTitle') : t('setup.title')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-code`}>{t('setup.code')}</label>
        <input
          id={`${id}-code`}
          autoComplete="off"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          required
        />
        <label htmlFor={`${id}-name`}>{t('setup.name')}</label>
        <input
          id={`${id}-name`}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <label htmlFor={`${id}-login`}>{t('setup.login')}</label>
        <input
          id={`${id}-login`}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          aria-describedby={`${id}-login-hint`}
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          required
        />
        <p id={`${id}-login-hint`} className="hint">
          {t('setup.loginHint')}
        </p>
        <label htmlFor={`${id}-pass`}>{t('setup.passphrase')}</label>
        <input
          id={`${id}-pass`}
          type="password"
          autoComplete="new-password"
          aria-describedby={`${id}-pass-hint`}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          required
        />
        <p id={`${id}-pass-hint`} className="hint">
          {t('setup.passphraseHint')}
        </p>
        <label htmlFor={`${id}-repeat`}>{t('setup.repeat')}</label>
        <input
          id={`${id}-repeat`}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          required
        />
        {invalid && (
          <p className="error" role="alert">
            {invalid}
          </p>
        )}
        {error !== null && <ErrorBox error={error} />}
        <button type="submit" className="primary" disabled={busy}>
          {t('setup.submit')}
        </button>
      </form>
      <p>
        <button type="button" className="link" onClick={onDone}>
          {t('setup.back')}
        </button>
      </p>
    </section>
  );
}
