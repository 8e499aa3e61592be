import { Fragment, useState, type ReactNode } from 'react';
import { DISCLOSURE_PANEL, DisclosureButton } from '../../components/disclosure';
import { PanelContent } from '../../components/panel-content';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import type { Paging } from '../../components/use-paging';
import { attributedTo, formatDateWithPrecision, formatFigure } from '../../data/figure-format';
import type { Dataset, Figure } from '../../data/schema';
import { metricLabel, reportDateText } from '../../data/selectors';
import { useSectionMessages } from '../../i18n/i18n';
import { FocusLink, LINK_CLASS } from '../shared/focus-link';
import type { NavContext } from '../shared/section-props';
import { type SourceEntry } from './sources';

/** One row of the Sources table: the source, and the figures, reports, events and people that rely on it. */

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

export function SourceRow({
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
        — {m.figureDetail.saidBy(attributedTo(figure, m), date)}
      </span>
      <SupportBadge level={figure.support} />
    </li>
  );
}
