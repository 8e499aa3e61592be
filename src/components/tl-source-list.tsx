import type { Source } from '../data/schema';
import { SourceLink } from './source-link';

export interface SourceListProps {
  sources: readonly Source[];
  /** Moves the reader to the source's entry in the sources section; absent when embedded. */
  onShowSource?: ((id: string) => void) | undefined;
  detailsText: string;
  detailsLabel: (publisher: string) => string;
}

/** Sources separated by semicolons, each linked to the original and, optionally, to its entry in the dashboard. */
export function SourceList({ sources, onShowSource, detailsText, detailsLabel }: SourceListProps) {
  return (
    <>
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : null}
          <SourceLink source={source} />
          {onShowSource ? (
            <>
              {' '}
              <button
                type="button"
                onClick={() => onShowSource(source.id)}
                aria-label={detailsLabel(source.publisher)}
                className="rounded px-0.5 text-xs text-slate-600 underline decoration-dotted underline-offset-2 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700 dark:text-slate-400 dark:hover:text-slate-100 dark:focus-visible:outline-sky-300"
              >
                ({detailsText})
              </button>
            </>
          ) : null}
        </span>
      ))}
    </>
  );
}
