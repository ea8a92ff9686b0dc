import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../shared/domain/client';
import { useSession } from '../../state/session';
import { Logo } from '../ui/Logo';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { LeaveSessionDialog } from './LeaveSessionDialog';
import { EyeIcon } from './SessionModeEntry';
import './session-mode.css';
import { LockButton } from '../ui/LockButton';
import { services } from '../../state/services';

/**
 * The header while the client looks along: a coloured band naming the one client shown,
 * the way out (passphrase), and the lock. No caseload count, overview, settings or audit.
 */
export function SessionModeHeader() {
  const { t } = useTranslation();
  const name = useSession((s) => {
    const id = s.sessionMode?.clientId;
    const client = id ? s.clientsById[id] : undefined;
    return client ? displayName(client) : '';
  });
  const [leaving, setLeaving] = useState(false);

  // Sealed content stays shut for the whole session, whatever screen tries to open it.
  useEffect(() => {
    const shut = () => {
      if (services().compartment.isOpen()) services().compartment.close();
    };
    shut();
    return services().compartment.subscribe(shut);
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
      <LockButton />
      <LeaveSessionDialog open={leaving} onClose={() => setLeaving(false)} />
    </header>
  );
}
