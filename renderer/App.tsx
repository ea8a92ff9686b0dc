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
import { DemoBanner } from './features/demo/DemoBanner';
import { DemoCreating } from './features/demo/DemoCreating';
import { DemoEntry } from './features/demo/DemoEntry';
import { DemoLockActions, DemoLockNotice } from './features/demo/DemoLockNotice';
import { DEMO_PASSPHRASE, isDemo } from './state/profile';

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
  // The demo profile (profile.ts) is its own vault; its screens say so at every step.
  const demo = isDemo();
  if (status === 'setup')
    return demo ? <DemoCreating /> : <SetupScreen footer={<DemoEntry variant="setup" />} />;
  // Keyed on status: the unlocked tree unmounts entirely on lock, so no decrypted value
  // lingers in component state.
  if (status === 'locked')
    return demo ? (
      <LockScreen
        key="locked"
        notice={<DemoLockNotice />}
        footer={<DemoLockActions />}
        initialPassphrase={DEMO_PASSPHRASE}
        gateClassName="gate-demo"
      />
    ) : (
      <LockScreen key="locked" footer={<DemoEntry variant="lock" />} />
    );
  const classes = ['app', inSessionMode && 'session-mode', demo && 'demo'].filter(Boolean);
  return (
    <div className={classes.join(' ')} key="unlocked">
      <a className="skip-link" href="#main">
        {t('keyboard.skipToMain')}
      </a>
      {demo && <DemoBanner />}
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
