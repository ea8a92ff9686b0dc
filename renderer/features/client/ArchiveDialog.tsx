import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';

export function ArchiveDialog(props: { name: string; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <button type="button" className="ghost danger">
          {t('client.archive')}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>{t('client.archiveTitle')}</Dialog.Title>
          <Dialog.Description className="muted">
            {t('client.archiveBody', { name: props.name })}
          </Dialog.Description>
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button" className="ghost">
                {t('client.cancel')}
              </button>
            </Dialog.Close>
            <Dialog.Close asChild>
              <button type="button" className="primary danger" onClick={props.onConfirm}>
                {t('client.archiveConfirm')}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
