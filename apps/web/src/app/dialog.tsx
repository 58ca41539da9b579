import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/use-t';

interface DialogProps {
  readonly title: string;
  readonly onClose?: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /**
   * Where the keyboard goes on closing when nothing opened the dialog (it opened by itself, as Share
   * does for a board's creator) or its opener is gone.
   */
  readonly returnFocusTo?: () => HTMLElement | null;
}

/**
 * A modal built on <dialog>: the browser traps focus, handles Escape and marks the rest inert.
 * Without onClose the dialog cannot be dismissed (e.g. the name prompt must be answered).
 * Closed, it gives the keyboard back to the control that opened it: React detaches the <dialog> before
 * closing it, so the browser cannot.
 */
export function Dialog({ title, onClose, children, className, returnFocusTo }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fallback = useRef(returnFocusTo);
  fallback.current = returnFocusTo;
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement !== document.body ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      const target = opener instanceof HTMLElement && opener.isConnected ? opener : fallback.current?.();
      target?.focus();
    };
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
