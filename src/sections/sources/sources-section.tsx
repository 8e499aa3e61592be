import { Fragment, useState, type ReactNode } from 'react';

import { DISCLOSURE_PANEL, DisclosureButton } from '../../components/disclosure';
import { PanelContent } from '../../components/panel-content';
import { EmptyState } from '../../components/empty-state';
import { SectionCount, SectionFrame } from '../../components/section-frame';
import { ShowMore } from '../../components/show-more';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { usePaging, type Paging } from '../../components/use-paging';
import { formatDateWithPrecision, formatFigure } from '../../data/figure-format';
import { focusTargetOf } from '../../data/focus-target';
import type { Dataset, Figure } from '../../data/schema';
import { metricLabel, reportDateText } from '../../data/selectors';
import { useSectionMessages } from '../../i18n/i18n';
import type { SourceSort } from '../../view-state/view-state';
import { FocusLink, LINK_CLASS } from '../shared/focus-link';
import type { NavContext, SectionProps } from '../shared/section-props';
import { nextSort, sortedEntries, sourceEntries, visibleEntries, type SourceEntry } from './sources';

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

interface SourceRowProps {
  dataset: Dataset;
  nav: NavContext;
  entry: SourceEntry;
  /** The link points to this source. */
  focused: boolean;
  /** The link points to this source or to a figure listed under it. */
  forcedOpen: boolean;
  focusedFigureId: string | null;
  pagingRef: (element: HTMLElement | null) => void;
  /** Past the first page: in the prerendered page only (see usePaging). */
  pagedOut: ReturnType<Paging['pagedOut']>;
}

function SourceRow({
  dataset,
  nav,
  entry,
  focused,
  forcedOpen,
  focusedFigureId,
  pagingRef,
  pagedOut,
}: SourceRowProps) {
  const m = useSectionMessages();
  const { source } = entry;
  const [openedByHand, setOpenedByHand] = useState(false);
  const open = forcedOpen || openedByHand;
  const focusRef = useFocusTarget<HTMLTableRowElement>(focused);
  const panelId = `source-${source.id}-details`;
  const date = formatDateWithPrecision(source.date, source.datePrecision, m.locale);
  const nothing =
    entry.figures.length === 0 &&
    entry.events.length === 0 &&
    entry.people.length === 0 &&
    entry.reports.length === 0;
  return (
    <Fragment>
      <tr
        ref={(element) => {
          focusRef.current = element;
          pagingRef(element);
        }}
        id={`source-${source.id}`}
        {...pagedOut}
        tabIndex={-1}
        aria-current={focused ? 'true' : undefined}
        className={`scroll-mt-24 border-t border-slate-200 align-top first:border-t-0 dark:border-slate-800 ${
          focused ? `bg-amber-50/60 dark:bg-amber-950/30 ${FOCUSED_ITEM_CLASS}` : ''
        }`}
      >
        <th scope="row" className="px-3 py-2 font-normal">
          <DisclosureButton
            open={open}
            onOpenChange={(next) => {
              setOpenedByHand(next);
              if (!next && focused) nav.onViewChange((state) => ({ ...state, focus: null }));
            }}
            controls={panelId}
            className="-mx-1 rounded px-1 hover:bg-slate-50 dark:hover:bg-slate-800/60"
          >
            <span className="block font-medium">{source.publisher}</span>{' '}
            <span className="block text-slate-600 dark:text-slate-400" lang={source.language}>
              {source.title}
            </span>
          </DisclosureButton>
        </th>
        <td className="px-3 py-2 whitespace-nowrap text-slate-700 tabular-nums dark:text-slate-300">
          {date}
        </td>
        <td className="hidden px-3 py-2 text-slate-700 sm:table-cell dark:text-slate-300">
          {m.sources.kind[source.kind]}
        </td>
      </tr>
      <tr id={panelId} hidden={!open} {...DISCLOSURE_PANEL}>
        <td colSpan={3} className="px-3 pb-3 pl-10">
          <PanelContent open={open}>
            {() => (
              <>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                  <dt className="font-medium">{m.sources.published}</dt>
                  <dd>
                    {date}
                    {source.dateNote ? ` (${source.dateNote})` : null}
                  </dd>
                  <dt className="font-medium">{m.sources.kindLabel}</dt>
                  <dd>{m.sources.kind[source.kind]}</dd>
                  <dt className="font-medium">{m.sources.languageLabel}</dt>
                  <dd>{m.sources.language[source.language]}</dd>
                </dl>
                <p className="mt-2">
                  {source.url ? (
                    <a
                      href={source.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      className={`font-medium ${LINK_CLASS}`}
                    >
                      {m.sources.open}
                      <span className="sr-only">
                        : {source.title} {m.figureDetail.opensInNewTab}
                      </span>
                      <span aria-hidden="true"> ↗</span>
                    </a>
                  ) : source.partialAddress ? (
                    <span className="break-all">{m.sources.partialAddress(source.partialAddress)}</span>
                  ) : (
                    <span>{m.sources.noAddress}</span>
                  )}
                </p>
                {source.note ? (
                  <p className="mt-2 text-slate-600 dark:text-slate-400">
                    <span className="font-medium">{m.figureDetail.note}:</span> {source.note}
                  </p>
                ) : null}
                {nothing ? (
                  <p className="mt-2 text-slate-600 dark:text-slate-400">{m.sources.nothingRelies}</p>
                ) : null}
                <ReliesOn
                  heading={m.sources.figures(entry.figures.length)}
                  count={entry.figures.length}
                  plain
                >
                  {entry.figures.map((figure) => (
                    <FigureItem
                      key={figure.id}
                      dataset={dataset}
                      nav={nav}
                      figure={figure}
                      focused={figure.id === focusedFigureId}
                    />
                  ))}
                </ReliesOn>
                <ReliesOn heading={m.sources.reports(entry.reports.length)} count={entry.reports.length}>
                  {entry.reports.map((report) => (
                    <li key={report.id}>
                      {report.title} ({formatDateWithPrecision(report.date, report.datePrecision, m.locale)})
                    </li>
                  ))}
                </ReliesOn>
                <ReliesOn heading={m.sources.events(entry.events.length)} count={entry.events.length}>
                  {entry.events.map((event) => (
                    <li key={event.id}>
                      <FocusLink nav={nav} target={event.id}>
                        {event.title}
                      </FocusLink>{' '}
                      ({formatDateWithPrecision(event.date, event.datePrecision, m.locale)})
                    </li>
                  ))}
                </ReliesOn>
                <ReliesOn heading={m.sources.people(entry.people.length)} count={entry.people.length}>
                  {entry.people.map((person) => (
                    <li key={person.id}>
                      <FocusLink nav={nav} target={person.id}>
                        {person.name}
                      </FocusLink>
                    </li>
                  ))}
                </ReliesOn>
              </>
            )}
          </PanelContent>
        </td>
      </tr>
    </Fragment>
  );
}

/** One "relies on it" list of a source (figures, statements, events, people); nothing when empty. */
function ReliesOn({
  heading,
  count,
  plain = false,
  children,
}: {
  heading: string;
  count: number;
  /** Items that carry their own layout (figures with badges) rather than bullets. */
  plain?: boolean;
  children: ReactNode;
}) {
  if (count === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="font-semibold">{heading}</h3>
      <ul className={plain ? 'mt-1 space-y-1' : 'mt-1 list-disc space-y-1 pl-5'}>{children}</ul>
    </div>
  );
}

function FigureItem({
  dataset,
  nav,
  figure,
  focused,
}: {
  dataset: Dataset;
  nav: NavContext;
  figure: Figure;
  focused: boolean;
}) {
  const m = useSectionMessages();
  const ref = useFocusTarget<HTMLLIElement>(focused);
  const date = reportDateText(dataset, figure, m.locale);
  return (
    <li
      ref={ref}
      id={focused ? `source-figure-${figure.id}` : undefined}
      tabIndex={focused ? -1 : undefined}
      aria-current={focused ? 'true' : undefined}
      className={`flex flex-wrap items-center gap-x-2 gap-y-1 ${focused ? `${FOCUSED_ITEM_CLASS} rounded p-1` : ''}`}
    >
      <FocusLink nav={nav} target={figure.id}>
        {metricLabel(dataset, figure.metricId)}: {formatFigure(figure, m).full}
      </FocusLink>
      <span className="text-slate-600 dark:text-slate-400">
        — {m.figureDetail.saidBy(figure.saidBy, date)}
      </span>
      <SupportBadge level={figure.support} />
    </li>
  );
}
