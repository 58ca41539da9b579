import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/use-t';

interface DialogProps {
  readonly title: string;
  readonly onClose?: () => void;
  readonly children: ReactNode;
  readonly className?: string;
}

/**
 * A modal built on <dialog>: the browser traps focus, handles Escape and marks the rest inert.
 * Without onClose the dialog cannot be dismissed (e.g. the name prompt must be answered).
 */
export function Dialog({ title, onClose, children, className }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId}>{title}</h2>
        {onClose ? (
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </header>
      {children}
    </dialog>
  );
}
