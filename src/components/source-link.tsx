import type { Source } from '../data/schema';

/** A source by its publisher, linked to the original when the full address is known. */
export function SourceLink({ source }: { source: Source }) {
  if (!source.url) {
    return (
      <cite className="not-italic" title={source.title}>
        {source.publisher}
      </cite>
    );
  }
  return (
    <a
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      title={source.title}
      className="text-sky-800 underline decoration-sky-800/40 decoration-1 underline-offset-2 hover:decoration-2 hover:decoration-current dark:text-sky-300 dark:decoration-sky-300/50"
    >
      <cite className="not-italic">{source.publisher}</cite>
    </a>
  );
}
