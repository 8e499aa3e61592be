import type { Dataset, Figure } from '../../data/schema';
import { sourcesOf } from '../../data/record-selectors';
import { useSectionMessages } from '../../i18n/i18n';
import type { NavContext } from '../shared/section-props';
import { SourceRefs } from '../shared/source-refs';

/** External links to a figure's sources, each with a link to its entry in the source list. */
export function FigureSources({
  dataset,
  nav,
  figure,
}: {
  dataset: Dataset;
  nav: NavContext;
  figure: Figure;
}) {
  const m = useSectionMessages();
  const sources = sourcesOf(dataset, figure.sourceIds);
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400">
      {sources.length === 1 ? m.figureDetail.source : m.figureDetail.sources}:{' '}
      <SourceRefs dataset={dataset} nav={nav} sourceIds={figure.sourceIds} />
    </p>
  );
}
