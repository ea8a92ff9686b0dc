import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { AuditViewer } from './AuditViewer';

/** The whole log, for the coach or the privacy officer; mounts (and so re-reads) on each open. */
export function AuditDialog(props: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const close = () => props.onOpenChange(false);
  return (
    <Modal
      open={props.open}
      onClose={close}
      title={t('audit.title')}
      description={t('audit.description')}
      wide
    >
      <AuditViewer clientId={null} />
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={close}>
          {t('audit.close')}
        </button>
      </div>
    </Modal>
  );
}

/** The header button and its dialog, so the shell needs one line. */
export function AuditButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="ghost"
        onClick={() => setOpen(true)}
        title={t('audit.openHint')}
      >
        {t('audit.open')}
      </button>
      <AuditDialog open={open} onOpenChange={setOpen} />
    </>
  );
}
