import { SourceLink } from '../../components/source-link';
import type { Dataset } from '../../data/schema';
import { sourcesOf } from '../../data/record-selectors';
import { useSectionMessages } from '../../i18n/i18n';
import { FocusLink } from './focus-link';
import type { NavContext } from './section-props';

/**
 * A record's sources, separated by semicolons: each linked to the original and to its
 * entry in the dashboard's source list (`focus=<source id>`), the same way everywhere.
 */
export function SourceRefs({
  dataset,
  nav,
  sourceIds,
}: {
  dataset: Dataset;
  nav: NavContext;
  sourceIds: readonly string[];
}) {
  const m = useSectionMessages();
  return (
    <>
      {sourcesOf(dataset, sourceIds).map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : null}
          <SourceLink source={source} /> (
          <FocusLink
            nav={nav}
            target={source.id}
            label={`${source.publisher}: ${m.figureDetail.sourceEntry}`}
          >
            {m.figureDetail.sourceEntry}
          </FocusLink>
          )
        </span>
      ))}
    </>
  );
}
