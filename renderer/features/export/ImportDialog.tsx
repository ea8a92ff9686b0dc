import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { services } from '../../state/services';
import { useSession } from '../../state/session';
import { ImportError } from '../../state/types';
import { Modal } from '../ui/Modal';

type ImportErrorKey = Parameters<typeof importErrorKey>[0];
const importErrorKey = (code: ImportError['code'] | 'unknown') => `import.errors.${code}` as const;

/**
 * Reads another vault's export in as a new client (portability). Everything is checked
 * before anything is written; a refusal names the problem in the coach's language and
 * changes nothing.
 */
export function ImportDialog(props: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const showImported = useSession((s) => s.showImported);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      // The File itself: the importer reads it a slice at a time, never whole (issue 12).
      const { clientId, name } = await services().importer.import(file);
      await showImported(clientId);
      setMessage({ ok: true, text: t('import.done', { name }) });
    } catch (err) {
      const code: ImportErrorKey = err instanceof ImportError ? err.code : 'unknown';
      setMessage({ ok: false, text: t(importErrorKey(code)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={props.open}
      onClose={props.onClose}
      title={t('import.title')}
      description={t('import.description')}
    >
      <form className="import-dialog" onSubmit={(e) => void submit(e)}>
        <label>
          <span>{t('import.file')}</span>
          <input
            type="file"
            accept=".zip,application/zip"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMessage(null);
            }}
          />
        </label>
        <p role="status" aria-live="polite" className={message?.ok ? 'ok' : 'error'}>
          {busy ? t('import.busy') : message?.text}
        </p>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={props.onClose}>
            {t('export.close')}
          </button>
          <button type="submit" className="primary" disabled={!file || busy}>
            {t('import.start')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
