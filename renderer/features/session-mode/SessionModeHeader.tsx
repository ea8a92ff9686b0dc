import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../shared/domain/client';
import { useSession } from '../../state/session';
import { compartment } from '../../state/vault-instance';
import { Logo } from '../setup/SetupScreen';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { LeaveSessionDialog } from './LeaveSessionDialog';
import { EyeIcon } from './SessionModeEntry';
import './session-mode.css';

/**
 * The header while the client looks along: a coloured band naming the one client shown,
 * the way out (passphrase), and the lock. No caseload count, overview, settings or audit.
 */
export function SessionModeHeader() {
  const { t } = useTranslation();
  const lock = useSession((s) => s.lock);
  const name = useSession((s) => {
    const id = s.sessionMode?.clientId;
    const client = id ? s.clientsById[id] : undefined;
    return client ? displayName(client) : '';
  });
  const [leaving, setLeaving] = useState(false);

  // Sealed content stays shut for the whole session, whatever screen tries to open it.
  useEffect(() => {
    const shut = () => {
      if (compartment.isOpen()) compartment.close();
    };
    shut();
    return compartment.subscribe(shut);
  }, []);

  return (
    <header className="app-header session-header">
      <Logo />
      <div className="session-banner" role="status">
        <EyeIcon />
        <div>
          <strong>{t('sessionMode.banner', { name })}</strong>
          <small>{t('sessionMode.bannerHint')}</small>
        </div>
      </div>
      <div className="spacer" />
      <LanguageSwitch />
      <button type="button" className="session-end" onClick={() => setLeaving(true)}>
        {t('sessionMode.end')}
      </button>
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
      <LeaveSessionDialog open={leaving} onClose={() => setLeaving(false)} />
    </header>
  );
}
