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
  // Closed before the caller runs, so the caller can move the focus out of the modal.
  const then = (next: () => void) => () => {
    ref.current?.close();
    next();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault();
        then(onCancel)();
      }}
    >
      <p id={id}>{text}</p>
      <div className="actions">
        <button type="button" onClick={then(onCancel)} autoFocus>
          {t('cancel')}
        </button>
        <button type="button" className="danger" onClick={then(onConfirm)}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
