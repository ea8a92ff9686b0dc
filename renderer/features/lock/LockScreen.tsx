import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey, useSession } from '../../state/session';
import { quickUnlockPort } from '../../state/profile';
import { platform } from '../../platform';
import { PassphraseField } from '../ui/PassphraseField';
import { useBackoff } from '../ui/useBackoff';
import { Logo } from '../ui/Logo';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ForgottenPassphrase } from './ForgottenPassphrase';

interface LockScreenProps {
  /** Shown above the passphrase (the demo says what it is). */
  notice?: ReactNode;
  /** Under the unlock buttons: other ways on from here (the demo's). */
  footer?: ReactNode;
  /** Only for the demo vault, whose passphrase is public. */
  initialPassphrase?: string;
  /** Another background for the screen (the demo's own colour). */
  gateClassName?: string;
}

export function LockScreen({
  notice,
  footer,
  initialPassphrase = '',
  gateClassName,
}: LockScreenProps = {}) {
  const { t } = useTranslation();
  const { unlock, quickUnlock, lockCause, idleMinutes } = useSession();
  const [quickEnrolled, setQuickEnrolled] = useState(false);
  const [passphrase, setPassphrase] = useState(initialPassphrase);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const backoff = useBackoff();

  useEffect(() => {
    const port = quickUnlockPort();
    if (!port) return;
    void port.status().then((s) => setQuickEnrolled(s.available && s.enrolled));
    // Main releases the quick-unlock key only while the lock screen is up, once per showing.
    void port.lockScreen(true).catch(() => undefined);
    return () => void port.lockScreen(false).catch(() => undefined);
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

  const throttled = backoff.throttled;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (throttled || !passphrase) return;
    setBusy(true);
    setError(null);
    try {
      await unlock(passphrase);
    } catch (err) {
      setPassphrase('');
      setError(t(errorKey(err)));
      await backoff.failed(err);
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
    <main className={gateClassName ? `gate ${gateClassName}` : 'gate'}>
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
        {notice}
        <p className="muted">{t('lock.intro')}</p>
        <PassphraseField
          label={t('lock.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          backoff={backoff}
          disabled={busy}
          autoFocus

          error={error}
        />
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
        {platform.kind === 'browser' && !initialPassphrase && <ForgottenPassphrase />}
        {footer}
      </form>
    </main>
  );
}
