import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT } from '../../../shared/backup/backup-format';
import { formatDayTime } from '../../i18n/format';
import {
  backupNow,
  chooseBackupFolder,
  refreshBackups,
  saveBackupKeep,
  useBackups,
} from '../../state/backups';
import { isDemo } from '../../state/profile';
import { platform } from '../../platform';

/** The settings' "Back-ups" (messages in features/backup/i18n.ts): where, how many are kept, and one now. */
export function BackupSettings() {
  const { t, i18n } = useTranslation();
  const state = useBackups();
  const [keep, setKeep] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [made, setMade] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void refreshBackups()
      .catch(() => undefined)
      .then(() => live && setKeep(String(useBackups.getState().keep)));
    return () => {
      live = false;
    };
  }, []);

  if (isDemo())
    return (
      <section aria-labelledby="backup-settings-title">
        <h3 id="backup-settings-title">{t('backup.title')}</h3>
        <p className="muted">{t('backup.demo')}</p>
      </section>
    );

  const n = Number(keep);
  const valid = Number.isInteger(n) && n >= MIN_BACKUPS_KEPT && n <= MAX_BACKUPS_KEPT;
  const folder = state.folder;
  const inBrowser = !platform.backupFolder;
  const canBackUp = inBrowser || (folder?.chosen === true && folder.reachable);
  const at = (d: Date) => formatDayTime(d.toISOString(), i18n.language);
  const newest = state.backups[0];
  const oldest = state.backups.at(-1);

  const now = async () => {
    setMade(null);
    try {
      await backupNow();
      setMade(useBackups.getState().lastMade?.name ?? null);
    } catch {
      // Shown from the store's error below.
    }
  };

  return (
    <section aria-labelledby="backup-settings-title" className="backup-settings">
      <h3 id="backup-settings-title">{t('backup.title')}</h3>
      <p className="muted small">{t('backup.intro')}</p>
      {inBrowser ? (
        <p>{t('backup.browser')}</p>
      ) : (
        <div className="settings-row">
          <div className="field">
            <span>{t('backup.folder')}</span>
            {folder?.chosen ? (
              <code className="backup-path">{folder.path}</code>
            ) : (
              <span className="muted">{t('backup.noFolder')}</span>
            )}
            {folder?.chosen && !folder.reachable && (
              <small className="error">{t('backup.unreachable')}</small>
            )}
            {folder?.chosen && folder.reachable && (
              <small className="muted">{t('backup.daily')}</small>
            )}
          </div>
          <button type="button" className="ghost" onClick={() => void chooseBackupFolder()}>
            {folder?.chosen ? t('backup.chooseOther') : t('backup.choose')}
          </button>
        </div>
      )}
      {keep !== null && (
        <form
          className="settings-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid) return;
            void saveBackupKeep(n).then((k) => {
              setKeep(String(k));
              setSaved(true);
            });
          }}
        >
          <label className="field w-m">
            <span>{t('backup.keep')}</span>
            <input
              type="number"
              name="backupKeep"
              min={MIN_BACKUPS_KEPT}
              max={MAX_BACKUPS_KEPT}
              value={keep}
              onChange={(e) => {
                setKeep(e.target.value);
                setSaved(false);
              }}
              aria-invalid={valid ? undefined : true}
            />
            <small className={valid ? 'muted' : 'error'}>{t('backup.keepHint')}</small>
          </label>
          <button type="submit" className="ghost" disabled={!valid}>
            {t('backup.save')}
          </button>
          {saved && <span className="ok">✓ {t('backup.saved')}</span>}
        </form>
      )}
      {!inBrowser && folder?.chosen && folder.reachable && (
        <p className="muted small">
          {newest && oldest
            ? t('backup.count', {
                count: state.backups.length,
                newest: at(newest.at),
                oldest: at(oldest.at),
              })
            : t('backup.none')}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!canBackUp || state.running}
          onClick={() => void now()}
        >
          {state.running ? t('backup.running') : inBrowser ? t('backup.download') : t('backup.now')}
        </button>
        {made && !state.running && !state.error && (
          <span className="ok" role="status">
            ✓ {t('backup.made', { name: made })}
          </span>
        )}
        {state.error && (
          <span className="error" role="alert">
            {t(`backup.errors.${state.error}`)}
          </span>
        )}
      </div>
    </section>
  );
}
