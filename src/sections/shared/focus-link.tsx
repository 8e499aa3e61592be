import { useQueryClient } from '@tanstack/react-query';
import type { MouseEvent, ReactNode } from 'react';

import { hstfQueryOptions } from '../../data/hstf-query';
import { useSectionMessages } from '../../i18n/i18n';
import { itemPageOf } from '../../view-state/item-path';
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
 * changes the view through `onViewChange` in place. Its address is the item's own page when
 * it has one (`./claims/<id>/`, with the view's other parameters; docs/item-pages.md), else
 * the dashboard's (`./?focus=<source-id>`). Embedded, the other panels are absent, so it
 * opens the full dashboard in a new tab instead.
 */
export function FocusLink({ nav, target, className = LINK_CLASS, label, children }: FocusLinkProps) {
  const m = useSectionMessages();
  const focusOn = (state: ViewState): ViewState => ({ ...state, focus: target, embed: null });
  // Item pages are those of the latest data, whatever version is on screen (read, not
  // subscribed to: a page has hundreds of these links).
  const latest = useQueryClient().getQueryData(hstfQueryOptions().queryKey);
  const page = latest ? itemPageOf(latest, target) : null;
  // `./?rest` without the focus, which the page's path stands for.
  const href = page
    ? `./${page.path}${nav.hrefOf((state) => ({ ...focusOn(state), focus: null })).slice(2)}`
    : nav.hrefOf(focusOn);
  if (nav.embedded) {
    return (
      <a
        href={href}
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
    <a href={href} onClick={onClick} aria-label={label} className={className}>
      {children}
    </a>
  );
}
