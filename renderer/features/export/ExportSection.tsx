import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import { ExportDialog } from './ExportDialog';
import './export.css';

/** The privacy tab's "Inzage en overdracht": the export wizard's way in. */
export function ExportSection(props: { client: Client }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="export-section">
      <p className="hint">{t('export.sectionHint')}</p>
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        {t('export.open')}
      </button>
      {open && <ExportDialog client={props.client} open={open} onClose={() => setOpen(false)} />}
    </div>
  );
}
