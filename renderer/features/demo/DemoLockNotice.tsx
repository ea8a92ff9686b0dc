import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_PASSPHRASE } from '../../state/profile';
import { useSession } from '../../state/session';
import './demo.css';

/** On the demo's lock screen: what this vault is, its public passphrase, and the ways out. */
export function DemoLockNotice() {
  const { t } = useTranslation();
  return (
    <div className="demo-lock-notice">
      <p className="demo-badge">{t('demo.badge')}</p>
      <p className="small">{t('demo.lockText', { passphrase: DEMO_PASSPHRASE })}</p>
    </div>
  );
}

/** Under the demo's unlock button: leave it (kept for later) or remove it. */
export function DemoLockActions() {
  const { t } = useTranslation();
  const leaveDemo = useSession((s) => s.leaveDemo);
  const [busy, setBusy] = useState(false);
  const leave = (remove: boolean) => {
    setBusy(true);
    void leaveDemo(remove);
  };
  return (
    <div className="demo-entry demo-lock-actions">
      <button type="button" className="demo-link" disabled={busy} onClick={() => leave(true)}>
        {t('demo.remove')}
      </button>
      <button type="button" className="demo-link" disabled={busy} onClick={() => leave(false)}>
        {t('demo.back')}
      </button>
    </div>
  );
}
