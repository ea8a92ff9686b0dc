import { useTranslation } from 'react-i18next';

/**
 * The browser build's answer to a forgotten passphrase: nobody can recover it, where the
 * vault lives, and how to start over with test data. Electron has no site data to clear,
 * so the lock screen shows this only in a browser.
 */
export function ForgottenPassphrase() {
  const { t } = useTranslation();
  return (
    <details className="forgotten-passphrase">
      <summary>{t('lockHelp.forgotten.summary')}</summary>
      <p>{t('lockHelp.forgotten.nobody')}</p>
      <p>{t('lockHelp.forgotten.where', { origin: window.location.origin })}</p>
      <p>{t('lockHelp.forgotten.startOver')}</p>
      <p className="forgotten-warning">{t('lockHelp.forgotten.warning')}</p>
    </details>
  );
}
