import { disableQuickUnlock, enableQuickUnlock } from '../../state/security-actions';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { errorKey } from '../../state/session';
import { BackoffNotice, PassphraseField } from '../ui/PassphraseField';
import { useBackoff } from '../ui/useBackoff';
import { services } from '../../state/services';
import { isDemo, quickUnlockPort } from '../../state/profile';

/**
 * Desktop-only options: hiding the window from screen sharing, and quick unlock. Both act
 * on the laptop (the window, the one keystore entry), which belongs to the coach's own
 * vault: the demo vault does not offer them.
 */
export function SecuritySettings() {
  const { t } = useTranslation();
  const protection = isDemo() ? undefined : platform.setContentProtection;
  const quick = quickUnlockPort();
  if (!protection && !quick) return null;
  return (
    <section aria-label={t('settings.security')}>
      <h3>{t('settings.security')}</h3>
      {protection && <ContentProtection />}
      {quick && <QuickUnlock />}
    </section>
  );
}

function ContentProtection() {
  const { t } = useTranslation();
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void services()
      .settings.load()
      .then((s) => setOn(s.contentProtection ?? true));
  }, []);
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={on ?? true}
        disabled={on === null}
        onChange={(e) => {
          const enabled = e.target.checked;
          setOn(enabled);
          void platform.setContentProtection?.(enabled);
          void services().settings.save({ contentProtection: enabled });
        }}
      />
      {t('settings.contentProtection')}
    </label>
  );
}

function QuickUnlock() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{
    available: boolean;
    enrolled: boolean;
    reason?: string;
  } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const port = quickUnlockPort();
  const backoff = useBackoff();

  useEffect(() => {
    void port?.status().then(setStatus);
  }, [port]);

  async function enable(e: FormEvent) {
    e.preventDefault();
    if (!port) return;
    try {
      const now = await enableQuickUnlock(passphrase);
      setPassphrase('');
      setStatus(now);
      setMessage(
        now.enrolled
          ? { ok: true, text: t('settings.quickUnlockOn') }
          : { ok: false, text: t('errors.unknown') },
      );
    } catch (err) {
      setPassphrase('');
      setMessage({ ok: false, text: t(errorKey(err)) });
      await backoff.failed(err);
    }
  }

  async function disable() {
    const now = await disableQuickUnlock();
    if (now) setStatus(now);
    setMessage({ ok: true, text: t('settings.quickUnlockOff') });
  }

  if (!status) return null;
  if (!status.available) {
    return (
      <p className="muted small">
        {t('settings.quickUnlockUnavailable', {
          reason: t(
            status.reason === 'linux-basic-text'
              ? 'settings.reasonBasicText'
              : 'settings.reasonNoKeystore',
          ),
        })}
      </p>
    );
  }
  return (
    <div className="quick-unlock">
      <p className="muted small">{t('settings.quickUnlockExplain')}</p>
      {status.enrolled ? (
        <button
          type="button"
          className="ghost"
          onClick={() =>
            void disable().catch((err: unknown) =>
              setMessage({ ok: false, text: t(errorKey(err)) }),
            )
          }
        >
          {t('settings.quickUnlockDisable')}
        </button>
      ) : (
        <form className="settings-row" onSubmit={enable} autoComplete="off">
          <PassphraseField
            className="field w-m"
            label={t('settings.current')}
            value={passphrase}
            onChange={setPassphrase}
            backoff={backoff}
            notice={false}
          />
          <button type="submit" className="primary" disabled={!passphrase || backoff.throttled}>
            {t('settings.quickUnlockEnable')}
          </button>
        </form>
      )}
      <BackoffNotice backoff={backoff} />
      {message && !backoff.throttled && (
        <p className={message.ok ? 'ok' : 'error'} role="status">
          {message.text}
        </p>
      )}
    </div>
  );
}
