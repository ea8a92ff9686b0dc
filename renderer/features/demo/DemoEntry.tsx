import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteDemoDatabase, demoExists, switchProfile } from '../../state/profile';
import './demo.css';

/**
 * The way into the demo from the coach's own profile. Nothing here opens, reads or writes
 * the coach's vault: it switches this page to the demo profile (a reload), where the demo's
 * own database is made or opened.
 *
 * - `setup` (the first screen, no vault yet): a clear second choice under the form.
 * - `lock` (a vault exists): one low-key link, so it never competes with unlocking.
 */
export function DemoEntry({ variant }: { variant: 'setup' | 'lock' }) {
  const { t } = useTranslation();
  const [exists, setExists] = useState<boolean | null>(null);
  const [removing, setRemoving] = useState(false);

  useEffect(() => {
    let live = true;
    void demoExists()
      .catch(() => false)
      .then((e) => live && setExists(e));
    return () => {
      live = false;
    };
  }, []);

  const enter = () => switchProfile('demo');

  if (variant === 'lock')
    return (
      <div className="demo-entry demo-entry-lock">
        <button type="button" className="demo-link" onClick={enter} title={t('demo.viewHint')}>
          {t('demo.view')}
        </button>
      </div>
    );

  async function remove() {
    setRemoving(true);
    try {
      await deleteDemoDatabase();
    } finally {
      setExists(await demoExists().catch(() => false));
      setRemoving(false);
    }
  }

  return (
    <div className="demo-entry">
      <p className="demo-or" aria-hidden="true">
        <span>{t('demo.or')}</span>
      </p>
      <button type="button" className="demo-try wide" onClick={enter} disabled={exists === null}>
        {exists ? t('demo.open') : t('demo.try')}
      </button>
      <p className="muted small">{exists ? t('demo.openHint') : t('demo.tryHint')}</p>
      {exists && (
        <button
          type="button"
          className="demo-link"
          onClick={() => void remove()}
          disabled={removing}
        >
          {removing ? t('demo.removing') : t('demo.remove')}
        </button>
      )}
    </div>
  );
}
