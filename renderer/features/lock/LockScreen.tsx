import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VaultError } from '../../../shared/crypto/errors';
import { errorKey, useSession } from '../../state/session';
import { vault } from '../../state/vault-instance';
import { platform } from '../../platform';
import { Logo } from '../setup/SetupScreen';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { PASSPHRASE_AUTOCOMPLETE } from '../ui/passphrase-field';

export function LockScreen() {
  const { t } = useTranslation();
  const { unlock, quickUnlock, lockCause, idleMinutes } = useSession();
  const [quickEnrolled, setQuickEnrolled] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void vault.retryAfterMs().then((ms) => ms > 0 && setWaitUntil(Date.now() + ms));
    void platform.quickUnlock?.status().then((s) => setQuickEnrolled(s.available && s.enrolled));
  }, []);

  async function unlockQuickly() {
    setBusy(true);
    setError(null);
    try {
      await quickUnlock();
    } catch (err) {
      setError(t(errorKey(err)));
      setBusy(false);
    }
  }

  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), 250);
    return () => clearTimeout(timer);
  }, [waitUntil, now]);

  const secondsLeft = Math.ceil((waitUntil - now) / 1000);
  const throttled = secondsLeft > 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (throttled || !passphrase) return;
    setBusy(true);
    setError(null);
    try {
      await unlock(passphrase);
    } catch (err) {
      setPassphrase('');
      if (err instanceof VaultError && err.code === 'throttled') {
        setWaitUntil(Date.now() + (err.retryAfterMs ?? 0));
        setNow(Date.now());
      } else {
        setError(t(errorKey(err)));
        const wait = await vault.retryAfterMs();
        if (wait > 0) {
          setWaitUntil(Date.now() + wait);
          setNow(Date.now());
        }
      }
      setBusy(false);
    }
  }

  const cause =
    lockCause === 'idle'
      ? t('lock.lockedIdle', { minutes: idleMinutes })
      : lockCause === 'system'
        ? t('lock.lockedSystem')
        : null;

  return (
    <main className="gate">
      <form className="gate-card" onSubmit={submit} autoComplete="off">
        <div className="gate-top">
          <Logo />
          <LanguageSwitch />
        </div>
        <div className="lock-icon" aria-hidden="true">
          <svg
            width="40"
            height="40"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          >
            <rect x="4" y="10" width="16" height="11" rx="2" />
            <path d="M8 10V7a4 4 0 0 1 8 0v3" />
          </svg>
        </div>
        <h1>{t('lock.title')}</h1>
        {cause && <p className="notice">{cause}</p>}
        <p className="muted">{t('lock.intro')}</p>
        <label className="field">
          <span>{t('lock.passphrase')}</span>
          <input
            type="password"
            autoComplete={PASSPHRASE_AUTOCOMPLETE}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            disabled={busy}
            autoFocus
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
            {t('lock.throttled', { seconds: secondsLeft })}
          </p>
        )}
        <button type="submit" className="primary wide" disabled={busy || throttled || !passphrase}>
          {busy ? t('lock.unlocking') : t('lock.unlock')}
        </button>
        {quickEnrolled && (
          <button
            type="button"
            className="ghost wide"
            disabled={busy}
            onClick={() => void unlockQuickly()}
          >
            {t('lock.quickUnlock')}
          </button>
        )}
      </form>
    </main>
  );
}
