import { EmptyState } from '../../components/empty-state';
import { SectionCount, SectionFrame } from '../../components/section-frame';
import { ShowMore } from '../../components/show-more';
import { usePaging } from '../../components/use-paging';
import { focusTargetOf } from '../../data/focus-target';
import { useSectionMessages } from '../../i18n/i18n';
import type { SourceSort } from '../../view-state/view-state';
import { LINK_CLASS } from '../shared/focus-link';
import type { SectionProps } from '../shared/section-props';
import { nextSort, sortedEntries, sourceEntries, visibleEntries } from './sources';
import { SourceRow } from './source-row';
/** Rows shown before "Show more". */
const PAGE_SIZE = 6;

type Column = 'publisher' | 'date' | 'kind';

/**
 * Every source in a compact table, sortable by publisher, date and kind (`sort=`); what
 * relies on a source opens under its row. `focus=<source id>` opens that row.
 */
export function SourcesSection({ dataset, view, nav }: SectionProps) {
  const m = useSectionMessages();
  const entries = sourceEntries(dataset);
  const shown = sortedEntries(
    visibleEntries(entries, view.q, view.focus),
    view.sort,
    (kind) => m.sources.kind[kind],
    m.locale,
  );
  const target = focusTargetOf(dataset, view.focus, view.embed === 'sources');
  const focusedFigure = target?.kind === 'figure' && target.place === 'source-list' ? target : null;
  const openSourceId = target?.kind === 'source' ? target.id : (focusedFigure?.sourceId ?? null);
  const paging = usePaging(
    shown.length,
    PAGE_SIZE,
    shown.findIndex((entry) => entry.source.id === openSourceId),
  );
  const setSort = (column: Column) =>
    nav.onViewChange((state) => ({ ...state, sort: nextSort(state.sort, column) }));

  return (
    <SectionFrame
      id="sources"
      heading={m.sectionHeadings.sources}
      intro={m.sources.intro}
      aside={<SectionCount>{m.sources.count(shown.length, entries.length)}</SectionCount>}
    >
      {shown.length === 0 ? (
        <div className="mt-3">
          <EmptyState message={m.sources.empty} />
        </div>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{m.sources.tableCaption}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
                <SortHeader
                  column="publisher"
                  label={m.sources.columns.source}
                  sort={view.sort}
                  onSort={setSort}
                />
                <SortHeader column="date" label={m.sources.published} sort={view.sort} onSort={setSort} />
                <SortHeader
                  column="kind"
                  label={m.sources.kindLabel}
                  sort={view.sort}
                  onSort={setSort}
                  className="hidden sm:table-cell"
                />
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, paging.rendered).map((entry, index) => (
                <SourceRow
                  key={entry.source.id}
                  pagedOut={paging.pagedOut(index)}
                  dataset={dataset}
                  nav={nav}
                  entry={entry}
                  focused={view.focus === entry.source.id}
                  forcedOpen={entry.source.id === openSourceId}
                  focusedFigureId={focusedFigure?.sourceId === entry.source.id ? focusedFigure.id : null}
                  pagingRef={paging.itemRef(index)}
                />
              ))}
            </tbody>
          </table>
          <div className="px-3 pb-3 empty:hidden">
            <ShowMore paging={paging} />
          </div>
        </div>
      )}
      {nav.embedded ? null : (
        <p className="mt-2 text-sm print:hidden">
          <a href="#versions" className={LINK_CLASS}>
            {m.versions.sourcesLink}
          </a>
        </p>
      )}
    </SectionFrame>
  );
}

function SortHeader({
  column,
  label,
  sort,
  onSort,
  className,
}: {
  column: Column;
  label: string;
  sort: SourceSort | null;
  onSort: (column: Column) => void;
  className?: string;
}) {
  const m = useSectionMessages();
  const direction = sort === column ? 'ascending' : sort === `${column}-desc` ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={direction} className={`px-3 py-1.5 font-semibold ${className ?? ''}`}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase tracking-wide hover:bg-slate-100 hover:text-slate-900 active:translate-y-px dark:hover:bg-slate-800 dark:hover:text-slate-100"
      >
        {label}
        <span className="sr-only">, {m.sources.sortBy[direction]}</span>
        <svg aria-hidden="true" width="10" height="12" viewBox="0 0 10 12" className="shrink-0">
          <path
            d="M5 1 8.5 5h-7z"
            className={direction === 'ascending' ? 'fill-current' : 'fill-slate-300 dark:fill-slate-600'}
          />
          <path
            d="M5 11 1.5 7h7z"
            className={direction === 'descending' ? 'fill-current' : 'fill-slate-300 dark:fill-slate-600'}
          />
        </svg>
      </button>
    </th>
  );
}
