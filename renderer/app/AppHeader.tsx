import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../state/session';
import { AuditButton } from '../features/audit/AuditDialog';
import { Logo } from '../features/ui/Logo';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { SessionModeHeader } from '../features/session-mode/SessionModeHeader';
import { LanguageSwitch } from '../features/ui/LanguageSwitch';
import { LockButton } from '../features/ui/LockButton';
import { SyncStatus } from '../features/sync/SyncStatus';
import { OfficeSettings } from '../features/sync/OfficeSettings';

export function AppHeader() {
  const { t } = useTranslation();
  const select = useSession((s) => s.select);
  const selectedId = useSession((s) => s.selectedId);
  const creating = useSession((s) => s.creating);
  const active = useSession((s) => s.entries.filter((e) => !e.archived).length);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const inSessionMode = useSession((s) => s.sessionMode !== null);
  if (inSessionMode) return <SessionModeHeader />;
  return (
    <header className="app-header">
      <Logo />
      <span className="header-count">{t('shell.clients', { count: active })}</span>
      <button
        type="button"
        className={selectedId === null && !creating ? 'ghost active-view' : 'ghost'}
        onClick={() => select(null)}
        aria-current={selectedId === null && !creating ? 'page' : undefined}
      >
        {t('shell.overview')}
      </button>
      <div className="spacer" />
      <SyncStatus />
      <LanguageSwitch />
      <button type="button" className="ghost" onClick={() => setSettingsOpen(true)}>
        {t('shell.settings')}
      </button>
      <AuditButton />
      <LockButton />
      <SettingsDialog
        open={settingsOpen}
        onOpenChange={setSettingsOpen}
        office={<OfficeSettings />}
      />
    </header>
  );
}
