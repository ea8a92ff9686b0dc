import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { wipe } from '../../../shared/crypto/bytes';
import { platform } from '../../platform';
import { errorKey } from '../../state/session';
import { audit, vault } from '../../state/vault-instance';
import { PASSPHRASE_AUTOCOMPLETE } from '../ui/passphrase-field';

/** Desktop-only options: hiding the window from screen sharing, and quick unlock. */
export function SecuritySettings() {
  const { t } = useTranslation();
  if (!platform.setContentProtection && !platform.quickUnlock) return null;
  return (
    <section aria-label={t('settings.security')}>
      <h3>{t('settings.security')}</h3>
      {platform.setContentProtection && <ContentProtection />}
      {platform.quickUnlock && <QuickUnlock />}
    </section>
  );
}

function ContentProtection() {
  const { t } = useTranslation();
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void vault.settings().then((s) => setOn(s.contentProtection ?? true));
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
          void vault.saveSettings({ contentProtection: enabled });
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
  const port = platform.quickUnlock;

  useEffect(() => {
    void port?.status().then(setStatus);
  }, [port]);

  async function enable(e: FormEvent) {
    e.preventDefault();
    if (!port) return;
    try {
      const key = await vault.vaultKeyForQuickUnlock(passphrase);
      try {
        await port.enable(key);
      } finally {
        wipe(key);
      }
      setPassphrase('');
      await audit.append({ action: 'quick-unlock-enrolled', clientId: null });
      setStatus(await port.status());
      setMessage({ ok: true, text: t('settings.quickUnlockOn') });
    } catch (err) {
      setMessage({ ok: false, text: t(errorKey(err)) });
    }
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
            void port?.disable().then(async () => {
              await audit.append({ action: 'quick-unlock-removed', clientId: null });
              setStatus(await port.status());
              setMessage({ ok: true, text: t('settings.quickUnlockOff') });
            })
          }
        >
          {t('settings.quickUnlockDisable')}
        </button>
      ) : (
        <form className="settings-row" onSubmit={enable} autoComplete="off">
          <label className="field w-m">
            <span>{t('settings.current')}</span>
            <input
              type="password"
              autoComplete={PASSPHRASE_AUTOCOMPLETE}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </label>
          <button type="submit" className="primary" disabled={!passphrase}>
            {t('settings.quickUnlockEnable')}
          </button>
        </form>
      )}
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role="status">
          {message.text}
        </p>
      )}
    </div>
  );
}
