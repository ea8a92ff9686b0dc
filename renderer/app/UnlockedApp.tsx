import { useTranslation } from 'react-i18next';
// First: the features' messages, added to i18next before anything here renders.
import './i18n-features';
import { useSession } from '../state/session';
import { CaseloadPane } from '../features/caseload/CaseloadPane';
import { IdleWarning } from '../features/keyboard/IdleWarning';
import { ShortcutHelp } from '../features/keyboard/ShortcutHelp';
import { DemoBanner } from '../features/demo/DemoBanner';
import { ImportButton } from '../features/export/ImportButton';
import { AppHeader } from './AppHeader';
import { ClientPanel } from './ClientPanel';

/**
 * Everything behind the lock screen. Its own chunk (App.tsx loads it with a dynamic import),
 * so a launch parses only the lock screen and the unlock path before the coach can type;
 * this part is fetched in idle time after that.
 */
export function UnlockedApp({
  idleSecondsLeft,
  demo,
}: {
  idleSecondsLeft: number | null;
  demo: boolean;
}) {
  const inSessionMode = useSession((s) => s.sessionMode !== null);
  const { t } = useTranslation();
  return (
    <div
      className={['app', inSessionMode && 'session-mode', demo && 'demo'].filter(Boolean).join(' ')}
    >
      <a className="skip-link" href="#main">
        {t('keyboard.skipToMain')}
      </a>
      {demo && <DemoBanner />}
      <AppHeader />
      <div className="workspace">
        {/* Not rendered at all while the client looks along: nothing of it is in the page. */}
        {!inSessionMode && <CaseloadPane footer={<ImportButton />} />}
        <main id="main" className="main-area" tabIndex={-1}>
          <ClientPanel />
        </main>
      </div>
      <IdleWarning secondsLeft={idleSecondsLeft} />
      <ShortcutHelp />
    </div>
  );
}
