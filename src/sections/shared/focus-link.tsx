import type { MouseEvent, ReactNode } from 'react';

import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';
import type { ViewState } from '../../view-state/view-state';

export interface FocusLinkProps extends SectionProps {
  /** The id of a figure, source, event or person to bring into view. */
  target: string;
  className?: string;
  /** An accessible name when the visible text needs context ("Deseret News: source entry"). */
  label?: string;
  children: ReactNode;
}

/**
 * A link to another item of the dashboard (`focus=<id>`): a real, shareable address that
 * changes the view through `onViewChange` in place. Embedded, the other panels are absent,
 * so it opens the full dashboard in a new tab instead.
 */
export function FocusLink({
  hrefOf,
  onViewChange,
  embedded,
  target,
  className,
  label,
  children,
}: FocusLinkProps) {
  const m = useMessages();
  const classes =
    className ??
    'underline decoration-1 underline-offset-2 hover:decoration-2 text-sky-800 dark:text-sky-300';
  const focusOn = (state: ViewState): ViewState => ({ ...state, focus: target, embed: null });
  if (embedded) {
    return (
      <a
        href={hrefOf(focusOn)}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={label === undefined ? undefined : `${label} ${m.figure.opensFullDashboard}`}
        className={classes}
      >
        {children}
        <span className="sr-only"> {m.figure.opensFullDashboard}</span>
      </a>
    );
  }
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Modified clicks keep their usual meaning (new tab, new window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onViewChange(focusOn);
  };
  return (
    <a href={hrefOf(focusOn)} onClick={onClick} aria-label={label} className={classes}>
      {children}
    </a>
  );
}
