import { useTranslation } from 'react-i18next';

/**
 * The last 30 seconds before the idle lock: a countdown the coach can read and cancel with
 * any key (useAutoLock counts every key as activity). Drafts are kept by the lock either way.
 */
export function IdleWarning({ secondsLeft }: { secondsLeft: number | null }) {
  const { t } = useTranslation();
  if (secondsLeft === null) return null;
  return (
    <div className="idle-warning" role="alertdialog" aria-label={t('keyboard.idleWarning.title')}>
      <strong>{t('keyboard.idleWarning.title')}</strong>
      <p role="timer" aria-live="polite">
        {t('keyboard.idleWarning.text', { count: secondsLeft })}
      </p>
      <p className="muted small">{t('keyboard.idleWarning.hint')}</p>
    </div>
  );
}
