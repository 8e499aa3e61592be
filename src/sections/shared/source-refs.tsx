import { SourceLink } from '../../components/source-link';
import { sourcesOf } from '../../data/selectors';
import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';
import { FocusLink } from './focus-link';

/**
 * A record's sources, separated by semicolons: each linked to the original and to its
 * entry in the dashboard's source list (`focus=<source id>`), the same way everywhere.
 */
export function SourceRefs({ section, sourceIds }: { section: SectionProps; sourceIds: readonly string[] }) {
  const m = useMessages();
  return (
    <>
      {sourcesOf(section.dataset, sourceIds).map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : null}
          <SourceLink source={source} /> (
          <FocusLink {...section} target={source.id} label={`${source.publisher}: ${m.figure.sourceEntry}`}>
            {m.figure.sourceEntry}
          </FocusLink>
          )
        </span>
      ))}
    </>
  );
}
