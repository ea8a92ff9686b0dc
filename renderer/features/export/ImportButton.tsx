import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from './ImportDialog';
import './export.css';

/** Under the caseload: another coach's or firm's export read in as a new client. */
export function ImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="caseload-import">
      <button type="button" className="ghost" onClick={() => setOpen(true)}>
        {t('import.open')}
      </button>
      {open && <ImportDialog open={open} onClose={() => setOpen(false)} />}
    </div>
  );
}
