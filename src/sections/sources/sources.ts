import type { Dataset, Figure, HstfEvent, Person, Report, Source } from '../../data/schema';
import type { SourceSort } from '../../view-state/view-state';
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

/**
 * The entries in the order of the sources table (`sort=`): by publisher, date or kind,
 * ascending or descending; ties keep the dataset's order. `null` is the dataset's order.
 */
export function sortedEntries(
  entries: readonly SourceEntry[],
  sort: SourceSort | null,
  kindLabel: (kind: Source['kind']) => string,
  locale: string,
): SourceEntry[] {
  if (sort === null) return [...entries];
  const descending = sort.endsWith('-desc');
  const column = sort.replace(/-desc$/, '') as 'publisher' | 'date' | 'kind';
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const keyOf = (entry: SourceEntry) =>
    column === 'date'
      ? entry.source.date
      : column === 'kind'
        ? kindLabel(entry.source.kind)
        : entry.source.publisher;
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      const byKey =
        column === 'date'
          ? keyOf(a.entry) < keyOf(b.entry)
            ? -1
            : keyOf(a.entry) > keyOf(b.entry)
              ? 1
              : 0
          : collator.compare(keyOf(a.entry), keyOf(b.entry));
      return (descending ? -byKey : byKey) || a.index - b.index;
    })
    .map((item) => item.entry);
}

/** The next order when a column's sort button is pressed: ascending first, then descending, then back. */
export function nextSort(
  current: SourceSort | null,
  column: 'publisher' | 'date' | 'kind',
): SourceSort | null {
  if (current === column) return `${column}-desc`;
  if (current === `${column}-desc`) return null;
  return column;
}
