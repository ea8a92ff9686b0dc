import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/domain/local-date';
import { DEMO_PASSPHRASE } from '../../state/profile';
import { useSession } from '../../state/session';
import { Logo } from '../ui/Logo';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import type { DemoProgress } from './create-demo';
import './demo.css';

/**
 * The demo profile's first screen: makes the demo vault with the real KDF and the real
 * repositories, then fills it, showing how far it got. Starts by itself, because the coach
 * already chose "Probeer met voorbeelddata" on the page before the switch.
 */
export function DemoCreating() {
  const { t } = useTranslation();
  const setup = useSession((s) => s.setup);
  const leaveDemo = useSession((s) => s.leaveDemo);
  const [progress, setProgress] = useState<DemoProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  // StrictMode runs effects twice in development; the vault must be made once.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void setup(DEMO_PASSPHRASE, async (services) => {
      // Loaded only now: the fictional caseload is no weight for anyone who never asks.
      const { createDemo } = await import('./create-demo');
      await createDemo(services, {
        today: localIsoDate(),
        passphrase: DEMO_PASSPHRASE,
        onProgress: setProgress,
      });
    }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [setup]);

  return (
    <main className="gate gate-demo">
      <div className="gate-card">
        <div className="gate-top">
          <Logo />
          <LanguageSwitch />
        </div>
        <p className="demo-badge">{t('demo.badge')}</p>
        <h1>{t('demo.creatingTitle')}</h1>
        <p className="muted">{t('demo.creatingIntro')}</p>
        {!error && (
          <div className="demo-progress" aria-live="polite">
            <progress
              aria-label={t('demo.progressLabel')}
              max={progress?.total ?? 1}
              value={progress ? progress.done : undefined}
            />
            <p className="small">
              {progress
                ? t('demo.creatingClients', { done: progress.done, total: progress.total })
                : t('demo.creatingVault')}
            </p>
          </div>
        )}
        {error && (
          <>
            <p className="error" role="alert">
              {t('demo.failed', { reason: error })}
            </p>
            <button type="button" className="primary wide" onClick={() => void leaveDemo(true)}>
              {t('demo.startOver')}
            </button>
          </>
        )}
      </div>
    </main>
  );
}
