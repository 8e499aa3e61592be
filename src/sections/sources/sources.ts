import { mainPeriod, metricOf } from '../../data/selectors';
import type { Dataset, Figure, HstfEvent, Person, Report, Source } from '../../data/schema';
import { matchesQuery } from '../../lib/text-match';

export interface SourceEntry {
  source: Source;
  /** Figures that cite this source, in dataset order. */
  figures: Figure[];
  /** Reports (statements) that cite it; a report can rest on a source none of its figures names. */
  reports: Report[];
  events: HstfEvent[];
  people: Person[];
}

/** Every source with what relies on it, in dataset order. */
export function sourceEntries(dataset: Dataset): SourceEntry[] {
  return dataset.sources.map((source) => {
    const cites = (ids: readonly string[]) => ids.includes(source.id);
    return {
      source,
      figures: dataset.figures.filter((f) => cites(f.sourceIds)),
      reports: dataset.reports.filter((r) => cites(r.sourceIds)),
      events: dataset.events.filter((e) => cites(e.sourceIds)),
      people: dataset.people.filter(
        (p) =>
          cites(p.sourceIds) ||
          p.quotes.some((q) => cites(q.sourceIds)) ||
          p.changes.some((c) => cites(c.sourceIds)) ||
          (p.secondaryTitle !== undefined && cites(p.secondaryTitle.sourceIds)),
      ),
    };
  });
}

/** The search (`q`) matches a source by its publisher, title, address or note; a linked source always shows. */
export function visibleEntries(
  entries: readonly SourceEntry[],
  q: string,
  focus: string | null,
): SourceEntry[] {
  return entries.filter(
    ({ source }) =>
      source.id === focus ||
      matchesQuery(q, [source.publisher, source.title, source.url, source.partialAddress, source.note]),
  );
}

/** Metrics drawn in the outcome charts rather than on a headline card. */
const CHARTED_METRICS = new Set(['arrests-by-group', 'cocaine', 'fentanyl-powder']);

/**
 * Whether the source list is where `focus=<figure id>` lands. Headline and other-period
 * figures open on their cards, charted ones in their chart; the rest (operations, the
 * border claim) are shown nowhere else, so the source list highlights them. Embedded,
 * the source list is alone on the page and takes every figure.
 */
export function sourcesShowFocusedFigure(dataset: Dataset, figure: Figure, embedded: boolean): boolean {
  if (embedded) return true;
  const main = mainPeriod(dataset).id;
  if (figure.periodId !== undefined && figure.periodId !== main) return false;
  const metric = metricOf(dataset, figure.metricId);
  if (figure.periodId === main && (metric?.headline || CHARTED_METRICS.has(figure.metricId))) return false;
  return true;
}

/** The entry whose figure list highlights a focused figure: the first source it cites. */
export function entryOfFocusedFigure(
  dataset: Dataset,
  entries: readonly SourceEntry[],
  focus: string | null,
  embedded: boolean,
): { sourceId: string; figureId: string } | null {
  const figure = focus === null ? undefined : dataset.figures.find((f) => f.id === focus);
  if (!figure || !sourcesShowFocusedFigure(dataset, figure, embedded)) return null;
  const entry = entries.find((e) => e.figures.some((f) => f.id === figure.id));
  return entry ? { sourceId: entry.source.id, figureId: figure.id } : null;
}
