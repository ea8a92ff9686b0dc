import i18next from 'i18next';
import { useState } from 'react';
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

  async function submit() {
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
    // Not a <form>: this sits inside the first screen's form (its footer), and forms do not nest.
    <div className="restore-form">
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
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (!busy) void submit();
          }}
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
        <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
          {busy ? t('backup.restore.busy') : t('backup.restore.submit')}
        </button>
      </div>
    </div>
  );
}
