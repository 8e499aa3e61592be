import type { MouseEvent, ReactNode } from 'react';

import { useSectionMessages } from '../../i18n/i18n';
import type { ViewState } from '../../view-state/view-state';
import type { NavContext } from './section-props';

interface FocusLinkProps {
  nav: NavContext;
  /** The id of a figure, source, event or person to bring into view. */
  target: string;
  className?: string;
  /** An accessible name when the visible text needs context ("Deseret News: source entry"). */
  label?: string;
  children: ReactNode;
}

export const LINK_CLASS =
  'text-sky-800 underline decoration-sky-800/40 decoration-1 underline-offset-2 hover:decoration-2 hover:decoration-current dark:text-sky-300 dark:decoration-sky-300/50';

/**
 * A link to another item of the dashboard (`focus=<id>`): a real, shareable address that
 * changes the view through `onViewChange` in place. Embedded, the other panels are absent,
 * so it opens the full dashboard in a new tab instead.
 */
export function FocusLink({ nav, target, className = LINK_CLASS, label, children }: FocusLinkProps) {
  const m = useSectionMessages();
  const focusOn = (state: ViewState): ViewState => ({ ...state, focus: target, embed: null });
  if (nav.embedded) {
    return (
      <a
        href={nav.hrefOf(focusOn)}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={label === undefined ? undefined : `${label} ${m.figureDetail.opensFullDashboard}`}
        className={className}
      >
        {children}
        <span className="sr-only"> {m.figureDetail.opensFullDashboard}</span>
      </a>
    );
  }
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Modified clicks keep their usual meaning (new tab, new window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    nav.onViewChange(focusOn);
  };
  return (
    <a href={nav.hrefOf(focusOn)} onClick={onClick} aria-label={label} className={className}>
      {children}
    </a>
  );
}
