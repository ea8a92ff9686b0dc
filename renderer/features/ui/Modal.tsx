import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal on the native <dialog>: showModal() gives the focus trap, Escape, the inert
 * background and the top layer without a library that injects <style> tags (which the
 * strict CSP, style-src 'self', would block).
 */
export function Modal(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      className={props.wide ? 'dialog wide-dialog' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={props.description ? descriptionId : undefined}
      onClose={props.onClose}
      onClick={(e) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (e.target === e.currentTarget) props.onClose();
      }}
    >
      {props.open && (
        <>
          <h2 id={titleId}>{props.title}</h2>
          {props.description && (
            <p id={descriptionId} className="muted">
              {props.description}
            </p>
          )}
          {props.children}
        </>
      )}
    </dialog>
  );
}
