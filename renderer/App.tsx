import { useEffect } from 'react';
import { useSession } from './state/session';
import { SetupScreen } from './features/setup/SetupScreen';
import { LockScreen } from './features/lock/LockScreen';
import { useAutoLock } from './features/lock/useAutoLock';
import { AppHeader } from './features/shell/AppHeader';
import { CaseloadPane } from './features/caseload/CaseloadPane';
import { ClientPanel } from './features/client/ClientPanel';

export function App() {
  const status = useSession((s) => s.status);
  const boot = useSession((s) => s.boot);
  useEffect(() => {
    void boot();
  }, [boot]);
  useAutoLock();

  if (status === 'booting') return <main className="gate" aria-busy="true" />;
  if (status === 'setup') return <SetupScreen />;
  // Keyed on status: the unlocked tree unmounts entirely on lock, so no decrypted value
  // lingers in component state.
  if (status === 'locked') return <LockScreen key="locked" />;
  return (
    <div className="app" key="unlocked">
      <AppHeader />
      <div className="workspace">
        <CaseloadPane />
        <ClientPanel />
      </div>
    </div>
  );
}
