import { lazy, Suspense, useEffect } from 'react';
import { preloadSession, useSession } from './state/session';
import { LockScreen } from './features/lock/LockScreen';
import { useAutoLock } from './features/lock/useAutoLock';
import { DemoEntry } from './features/demo/DemoEntry';
import { DemoLockActions, DemoLockNotice } from './features/demo/DemoLockNotice';
import { DEMO_PASSPHRASE, isDemo } from './state/profile';

// Only the lock screen and the unlock path are in the entry chunk: a launch must be ready to
// type within 300 ms (issue 11). The rest comes in chunks of its own: setup (with the
// password dictionary) when there is no vault yet, the unlocked app after the lock screen is
// up, fetched in idle time so the first dossier opens no slower than before.
const loadSetup = () => import('./features/setup/SetupScreen');
const loadUnlocked = () => import('./app/UnlockedApp');
const loadDemoCreating = () => import('./features/demo/DemoCreating');
const SetupScreen = lazy(() => loadSetup().then((m) => ({ default: m.SetupScreen })));
const DemoCreating = lazy(() => loadDemoCreating().then((m) => ({ default: m.DemoCreating })));
const RestoreEntry = lazy(() =>
  import('./features/backup/RestoreEntry').then((m) => ({ default: m.RestoreEntry })),
);
const UnlockedApp = lazy(() => loadUnlocked().then((m) => ({ default: m.UnlockedApp })));

/** Runs `work` once the page is idle (after the lock screen has painted and taken focus). */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

/** The same empty card the app shows while it boots, while a chunk is still on its way. */
const gate = <main className="gate" aria-busy="true" />;

export function App() {
  const status = useSession((s) => s.status);
  const boot = useSession((s) => s.boot);
  useEffect(() => {
    void boot();
  }, [boot]);
  const secondsLeft = useAutoLock();

  // From the lock or setup screen, the unlocked app is the next thing the coach needs.
  const waiting = status === 'locked' || status === 'setup';
  useEffect(() => {
    if (!waiting) return;
    // A failed prefetch is retried when the chunk is actually needed (unlock, React.lazy).
    return whenIdle(() => {
      void preloadSession().catch(() => undefined);
      void loadUnlocked().catch(() => undefined);
    });
  }, [waiting]);

  if (status === 'booting') return gate;
  // The demo profile (profile.ts) is its own vault; its screens say so at every step.
  const demo = isDemo();
  if (status === 'setup')
    return (
      <Suspense fallback={gate}>
        {demo ? (
          <DemoCreating />
        ) : (
          <SetupScreen
            footer={
              <>
                <DemoEntry variant="setup" />
                <Suspense fallback={null}>
                  <RestoreEntry />
                </Suspense>
              </>
            }
          />
        )}
      </Suspense>
    );
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
  return (
    <Suspense key="unlocked" fallback={gate}>
      <UnlockedApp idleSecondsLeft={secondsLeft} demo={demo} />
    </Suspense>
  );
}
