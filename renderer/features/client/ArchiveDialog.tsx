import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';

export function ArchiveDialog(props: { name: string; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="ghost danger" onClick={() => setOpen(true)}>
        {t('client.archive')}
      </button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t('client.archiveTitle')}
        description={t('client.archiveBody', { name: props.name })}
      >
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={() => setOpen(false)}>
            {t('client.cancel')}
          </button>
          <button
            type="button"
            className="primary danger"
            onClick={() => {
              setOpen(false);
              props.onConfirm();
            }}
          >
            {t('client.archiveConfirm')}
          </button>
        </div>
      </Modal>
    </>
  );
}
