import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_PASSPHRASE } from '../../state/profile';
import { useSession } from '../../state/session';
import './demo.css';

/**
 * Always on screen in the demo profile, above the header, in a colour the coach's own vault
 * never shows: nobody should mistake fictional clients for real work, or type real work
 * into the demo. Removing is one click: the data is fictional, so nothing asks "are you sure".
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const leaveDemo = useSession((s) => s.leaveDemo);
  const [busy, setBusy] = useState(false);
  // The window title too (the taskbar, the window switcher).
  const badge = t('demo.badge');
  useEffect(() => {
    const before = document.title;
    document.title = `${badge} · ${before}`;
    return () => {
      document.title = before;
    };
  }, [badge]);
  return (
    <div className="demo-banner" role="region" aria-label={t('demo.badge')}>
      <strong className="demo-banner-title">{t('demo.badge')}</strong>
      <span className="demo-banner-text">
        {t('demo.bannerText', { passphrase: DEMO_PASSPHRASE })}
      </span>
      <span className="spacer" />
      <button
        type="button"
        className="demo-banner-button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void leaveDemo(true);
        }}
      >
        {busy ? t('demo.removing') : t('demo.remove')}
      </button>
    </div>
  );
}
