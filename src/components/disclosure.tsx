import type { ReactNode } from 'react';

/**
 * Marks a disclosure's panel. A closed panel is `hidden` (to everyone, assistive
 * technology included) and, in the sections below the first screen, empty until it opens
 * (PanelContent); on paper every panel is filled and shown (src/index.css).
 */
export const DISCLOSURE_PANEL = { 'data-disclosure-panel': '' } as const;

/** The button half of a disclosure, for when the panel lives elsewhere (e.g. a button inside a heading). */
export function DisclosureButton({
  open,
  onOpenChange,
  controls,
  label,
  className,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Id of the panel. */
  controls: string;
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={label}
      onClick={() => onOpenChange(!open)}
      className={`flex w-full min-w-0 items-start gap-2 text-left ${className ?? ''}`}
    >
      <Chevron open={open} />
      <span className="min-w-0 flex-1">{children}</span>
    </button>
  );
}

export function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      aria-hidden="true"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      className={`mt-0.5 shrink-0 text-slate-500 transition-transform dark:text-slate-400 print:hidden ${open ? 'rotate-90' : ''}`}
    >
      <path
        d="M6 3.5 10.5 8 6 12.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
