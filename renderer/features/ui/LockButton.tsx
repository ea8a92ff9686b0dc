import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session';

/** The header's lock button, also shown in session mode. */
export function LockButton() {
  const { t } = useTranslation();
  const lock = useSession((s) => s.lock);
  return (
    <button
      type="button"
      className="lock-button"
      onClick={() => lock('manual')}
      title={t('shell.lockHint')}
    >
      <svg
        width="16"
        height="16"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <rect x="4" y="10" width="16" height="11" rx="2" />
        <path d="M8 10V7a4 4 0 0 1 8 0v3" />
      </svg>
      {t('shell.lock')}
      <kbd>Ctrl+L</kbd>
    </button>
  );
}
