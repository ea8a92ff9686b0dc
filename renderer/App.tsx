import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './state/session';
import { SetupScreen } from './features/setup/SetupScreen';
import { LockScreen } from './features/lock/LockScreen';
import { useAutoLock } from './features/lock/useAutoLock';
import { AppHeader } from './app/AppHeader';
import { CaseloadPane } from './features/caseload/CaseloadPane';
import { ClientPanel } from './app/ClientPanel';
import { IdleWarning } from './features/keyboard/IdleWarning';
import { ShortcutHelp } from './features/keyboard/ShortcutHelp';

export function App() {
  const status = useSession((s) => s.status);
  const boot = useSession((s) => s.boot);
  const inSessionMode = useSession((s) => s.sessionMode !== null);
  useEffect(() => {
    void boot();
  }, [boot]);
  const secondsLeft = useAutoLock();
  const { t } = useTranslation();

  if (status === 'booting') return <main className="gate" aria-busy="true" />;
  if (status === 'setup') return <SetupScreen />;
  // Keyed on status: the unlocked tree unmounts entirely on lock, so no decrypted value
  // lingers in component state.
  if (status === 'locked') return <LockScreen key="locked" />;
  return (
    <div className={inSessionMode ? 'app session-mode' : 'app'} key="unlocked">
      <a className="skip-link" href="#main">
        {t('keyboard.skipToMain')}
      </a>
      <AppHeader />
      <div className="workspace">
        {/* Not rendered at all while the client looks along: nothing of it is in the page. */}
        {!inSessionMode && <CaseloadPane />}
        <main id="main" className="main-area" tabIndex={-1}>
          <ClientPanel />
        </main>
      </div>
      <IdleWarning secondsLeft={secondsLeft} />
      <ShortcutHelp />
    </div>
  );
}
