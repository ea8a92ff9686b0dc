import { useEffect, useId, useRef } from 'react';
import { useI18n } from './i18n';

/**
 * A modal question with the browser's own <dialog>: focus is trapped and Escape cancels;
 * the caller returns focus to whatever opened it.
 */
export function ConfirmDialog({
  text,
  confirm,
  onConfirm,
  onCancel,
}: {
  text: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <p id={id}>{text}</p>
      <div className="actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
