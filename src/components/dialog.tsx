import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  /** Called when the reader closes the dialog (Escape, the close button); the owner decides `open`. */
  onClose: () => void;
  /** Id of the heading that names the dialog. */
  labelledBy: string;
  closeLabel: string;
  /** Changes when a different item inside should be brought into view while the dialog stays open. */
  focusKey?: string | null;
  children: ReactNode;
}

/** Marks the element a dialog scrolls to and focuses when it opens (instead of the close button). */
export const DIALOG_AUTOFOCUS = { 'data-dialog-autofocus': 'true' } as const;

/**
 * A native modal `<dialog>`: the browser traps focus, closes on Escape and restores focus
 * on close. Whether it is open is owned by the caller (here: the `focus` URL parameter),
 * so the dialog only mirrors that state in an effect, never while rendering.
 */
export function Dialog({ open, onClose, labelledBy, closeLabel, focusKey, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal; the attribute is the non-modal equivalent there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const target = dialog.querySelector<HTMLElement>('[data-dialog-autofocus="true"]');
    if (!target) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    target.scrollIntoView?.({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'nearest' });
    target.focus({ preventScroll: true });
  }, [open, focusKey]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      className="m-auto max-h-[85vh] w-[min(46rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {open ? (
        <div className="relative p-5">
          <button
            type="button"
            onClick={onClose}
            className="absolute right-3 top-3 rounded border border-slate-400 px-2 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-slate-500 dark:hover:bg-slate-800 dark:focus-visible:outline-sky-300"
          >
            {closeLabel}
          </button>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
