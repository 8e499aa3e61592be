import type { MouseEvent, ReactNode } from 'react';

import type { Dataset } from '../../data/schema';
import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';
import { serialiseViewState, vocabularyOf, type Vocabulary } from '../../view-state/view-state';

const vocabularies = new WeakMap<Dataset, Vocabulary>();

function vocabularyFor(dataset: Dataset): Vocabulary {
  let vocabulary = vocabularies.get(dataset);
  if (!vocabulary) {
    vocabulary = vocabularyOf(dataset);
    vocabularies.set(dataset, vocabulary);
  }
  return vocabulary;
}

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
  dataset,
  view,
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
  if (embedded) {
    return (
      <a
        href={`./?focus=${encodeURIComponent(target)}`}
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
  const href = serialiseViewState({ ...view, focus: target }, vocabularyFor(dataset)) || '?';
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Modified clicks keep their usual meaning (new tab, new window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onViewChange((state) => ({ ...state, focus: target }));
  };
  return (
    <a href={href} onClick={onClick} aria-label={label} className={classes}>
      {children}
    </a>
  );
}
