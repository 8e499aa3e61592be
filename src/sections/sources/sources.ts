import { focusedItem, mainPeriod, metricOf } from '../../data/selectors';
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

const entriesOf = new WeakMap<Dataset, SourceEntry[]>();

/**
 * Every source with what relies on it, in dataset order. One pass over the citations,
 * remembered per dataset: asking each source to scan every record grew with the square of
 * the data (2,700 sources × 7,500 records at 100× today's size).
 */
export function sourceEntries(dataset: Dataset): SourceEntry[] {
  const known = entriesOf.get(dataset);
  if (known) return known;
  const entries = dataset.sources.map((source) => ({
    source,
    figures: [] as Figure[],
    reports: [] as Report[],
    events: [] as HstfEvent[],
    people: [] as Person[],
  }));
  const byId = new Map(entries.map((entry) => [entry.source.id, entry]));
  const add = <K extends 'figures' | 'reports' | 'events' | 'people'>(
    kind: K,
    item: SourceEntry[K][number],
    ids: Iterable<string>,
  ) => {
    // Once per source even when a record cites it twice (a person's quote and a role change).
    for (const id of new Set(ids)) (byId.get(id)?.[kind] as SourceEntry[K][number][] | undefined)?.push(item);
  };
  for (const figure of dataset.figures) add('figures', figure, figure.sourceIds);
  for (const report of dataset.reports) add('reports', report, report.sourceIds);
  for (const event of dataset.events) add('events', event, event.sourceIds);
  for (const person of dataset.people) {
    add('people', person, [
      ...person.sourceIds,
      ...person.quotes.flatMap((q) => q.sourceIds),
      ...person.changes.flatMap((c) => c.sourceIds),
      ...(person.secondaryTitle?.sourceIds ?? []),
    ]);
  }
  entriesOf.set(dataset, entries);
  return entries;
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
  const { figure } = focusedItem(dataset, focus);
  if (!figure || !sourcesShowFocusedFigure(dataset, figure, embedded)) return null;
  const entry = entries.find((e) => e.figures.some((f) => f.id === figure.id));
  return entry ? { sourceId: entry.source.id, figureId: figure.id } : null;
}
