import i18next from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { backupErrorCode, restoreFromFile } from '../../state/backup-restore';
import { useSession } from '../../state/session';
import { Modal } from '../ui/Modal';
import { PASSPHRASE_AUTOCOMPLETE } from '../ui/passphrase-field';
import { messages } from './i18n';

// The first screen comes before the unlocked app's messages: this chunk brings its own.
for (const lang of ['nl', 'en'] as const)
  i18next.addResourceBundle(lang, 'translation', messages[lang], true, true);

/** "Back-up terugzetten" under the first screen's form: a fresh vault from a backup. */
export function RestoreEntry() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="restore-entry">
      <button type="button" className="demo-link" onClick={() => setOpen(true)}>
        {t('backup.restore.open')}
      </button>
      <Modal open={open} onClose={() => setOpen(false)} title={t('backup.restore.title')}>
        <RestoreForm onCancel={() => setOpen(false)} />
      </Modal>
    </div>
  );
}

function RestoreForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const boot = useSession((s) => s.boot);
  const unlock = useSession((s) => s.unlock);
  const [file, setFile] = useState<File | null>(null);
  const [ledger, setLedger] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file || !passphrase) return setError(t('backup.restore.missing'));
    setBusy(true);
    setError(null);
    try {
      await restoreFromFile(file, ledger, passphrase);
      // The restored vault is this profile's now: to the lock screen, then straight in.
      await boot();
      await unlock(passphrase);
    } catch (err) {
      setError(t(`backup.errors.${backupErrorCode(err)}`));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} autoComplete="off" noValidate>
      <p className="muted">{t('backup.restore.intro')}</p>
      <label className="field">
        <span>{t('backup.restore.file')}</span>
        <input
          type="file"
          name="backupFile"
          accept=".koersbackup"
          disabled={busy}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <label className="field">
        <span>{t('backup.restore.ledger')}</span>
        <input
          type="file"
          name="ledgerFile"
          accept=".koersledger"
          disabled={busy}
          onChange={(e) => setLedger(e.target.files?.[0] ?? null)}
        />
        <small className="muted">{t('backup.restore.ledgerHint')}</small>
      </label>
      <label className="field">
        <span>{t('backup.restore.passphrase')}</span>
        <input
          type="password"
          name="backupPassphrase"
          autoComplete={PASSPHRASE_AUTOCOMPLETE}
          value={passphrase}
          disabled={busy}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={onCancel} disabled={busy}>
          {t('backup.restore.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('backup.restore.busy') : t('backup.restore.submit')}
        </button>
      </div>
    </form>
  );
}
