import { lazy, useState } from 'react';

import { Button } from '../../components/button';
import { ChartFrame } from '../../components/chart-frame';
import { ChartSlot } from '../../components/chart-slot';
import { DISCLOSURE_PANEL, DisclosureButton } from '../../components/disclosure';
import { PanelContent } from '../../components/panel-content';
import { EmptyState } from '../../components/empty-state';
import { FigureAmount } from '../../components/figure-amount';
import { SectionCount, SectionFrame } from '../../components/section-frame';
import { ShowMore } from '../../components/show-more';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { usePaging } from '../../components/use-paging';
import { formatFigure } from '../../data/figure-format';
import { focusedItem, indexOf, metricLabel } from '../../data/selectors';
import { agencyName, machineDate } from '../../data/record-selectors';
import type { Dataset, HstfEvent } from '../../data/schema';
import { useSectionMessages } from '../../i18n/i18n';
import { clearFilters, type ViewState } from '../../view-state/view-state';
import { toggleTable } from '../../view-state/table-toggle';
import { DownloadMenu } from '../shared/download-menu';
import { FocusLink } from '../shared/focus-link';
import type { NavContext, SectionProps } from '../shared/section-props';
import { FocusHiddenNotice } from '../shared/focus-hidden-notice';
import { SourceRefs } from '../shared/source-refs';
import { EventTypeBadge } from './event-type-badge';
import type { ChartEvent } from './timeline-chart';
import {
  CHART_HEIGHT_PX,
  ROUNDTABLE_EVENT_ID,
  countsByType,
  eventDateText,
  eventRange,
  figuresOfEvent,
  publishersOf,
  timelineSpan,
  visibleEvents,
} from './timeline';

// Recharts is only fetched when the chart is shown, keeping it out of the first bundle.
const TimelineChart = lazy(() =>
  import('./timeline-chart').then((module) => ({ default: module.TimelineChart })),
);

/** Events shown before "Show more": the list grows with the data, the page should not. */
const PAGE_SIZE = 7;

export function TimelineSection({ dataset, view, nav }: SectionProps) {
  const m = useSectionMessages();
  const events = visibleEvents(dataset, view);
  const total = dataset.events.length;
  const focusedEvent = focusedItem(dataset, view.focus).event ?? null;
  const focusIndex = focusedEvent ? events.indexOf(focusedEvent) : -1;
  const focusHidden = focusedEvent !== null && focusIndex === -1;
  const paging = usePaging(events.length, PAGE_SIZE, focusIndex);
  const select = (id: string | null) => nav.onViewChange((state) => ({ ...state, focus: id }));

  return (
    <SectionFrame
      id="timeline"
      heading={m.sectionHeadings.timeline}
      intro={m.timeline.intro}
      aside={<SectionCount>{m.timeline.count(events.length, total)}</SectionCount>}
    >
      {focusHidden ? (
        <FocusHiddenNotice nav={nav} message={m.timeline.focusHidden} actionLabel={m.timeline.showAll} />
      ) : null}
      {events.length === 0 ? (
        <div className="mt-3">
          <EmptyState
            message={m.timeline.empty}
            action={
              <Button size="sm" onClick={() => nav.onViewChange(clearFilters)}>
                {m.timeline.clearFilters}
              </Button>
            }
          />
        </div>
      ) : (
        <div className="mt-3 grid items-start gap-3 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] lg:gap-4">
          <TimelineChartFrame dataset={dataset} events={events} view={view} nav={nav} onSelect={select} />
          <div className="min-w-0 rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
            <h3
              id="timeline-list-heading"
              className="border-b border-slate-200 px-4 py-3 text-base font-semibold dark:border-slate-800"
            >
              {m.timeline.list}
            </h3>
            <ol
              aria-labelledby="timeline-list-heading"
              className="divide-y divide-slate-200 dark:divide-slate-800"
            >
              {events.slice(0, paging.rendered).map((event, index) => (
                <li key={event.id} {...paging.pagedOut(index)}>
                  <EventEntry
                    dataset={dataset}
                    nav={nav}
                    event={event}
                    focused={view.focus === event.id}
                    tableShown={view.table.includes('timeline')}
                    onSelect={select}
                    pagingRef={paging.itemRef(index)}
                  />
                </li>
              ))}
            </ol>
            <div className="px-4 pb-3 empty:hidden">
              <ShowMore paging={paging} />
            </div>
          </div>
        </div>
      )}
    </SectionFrame>
  );
}

interface TimelineChartFrameProps {
  dataset: Dataset;
  events: readonly HstfEvent[];
  view: ViewState;
  nav: NavContext;
  onSelect: (id: string) => void;
}

function TimelineChartFrame({ dataset, events, view, nav, onSelect }: TimelineChartFrameProps) {
  const m = useSectionMessages();
  const asTable = view.table.includes('timeline');
  const roundtableEvent = indexOf(dataset).eventById.get(ROUNDTABLE_EVENT_ID);
  const roundtable = roundtableEvent
    ? { date: roundtableEvent.date, label: m.timeline.chart.roundtable(eventDateText(roundtableEvent, m)) }
    : null;
  const chartEvents: ChartEvent[] = events.map((event) => ({
    id: event.id,
    type: event.type,
    title: event.title,
    dateText: eventDateText(event, m),
    approximate: event.datePrecision === 'month',
    range: eventRange(event),
  }));
  const first = events[0];
  const last = events.at(-1);
  const byType = countsByType(events)
    .map(({ type, count }) => m.timeline.typePlural[type](count))
    .join(', ');
  const summary = [
    first && last
      ? m.timeline.chart.summary(events.length, eventDateText(first, m), eventDateText(last, m), byType)
      : m.timeline.chart.summary(0, '', '', ''),
    roundtableEvent ? m.timeline.chart.roundtableSummary(eventDateText(roundtableEvent, m, true)) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const caption = m.timeline.chart.caption(publishersOf(dataset, events).join('; '));

  return (
    <ChartFrame
      id="timeline"
      title={m.timeline.chart.title}
      description={asTable ? null : m.timeline.chart.selectHint}
      summary={summary}
      summaryLabel={m.outcomes.summaryLabel}
      showTable={asTable}
      toggleLabel={m.timeline.chart.showTable}
      onToggleTable={() => nav.onViewChange((state) => toggleTable(state, 'timeline'))}
      download={
        <DownloadMenu
          dataset={dataset}
          title={m.timeline.chart.title}
          imageAvailable={!asTable}
          describe={() => ({
            what: 'timeline',
            title: m.timeline.chart.title,
            intro: [m.timeline.chart.approximateLegend, caption],
            columns: [m.timeline.date, m.timeline.type, m.timeline.event, m.timeline.agencies],
            rows: events.map((event) => ({
              event,
              cells: [
                eventDateText(event, m),
                m.timeline.types[event.type],
                event.title,
                agencyNames(dataset, event, m.timeline.noAgency),
              ],
            })),
          })}
        />
      }
      table={<TimelineTable events={events} dataset={dataset} focusedId={view.focus} />}
      chart={
        <ChartSlot height={CHART_HEIGHT_PX} loadingLabel={m.timeline.chart.loading}>
          <TimelineChart
            events={chartEvents}
            span={timelineSpan(dataset)}
            roundtable={roundtable}
            focusedId={view.focus}
            onSelect={onSelect}
            label={m.timeline.chart.title}
          />
        </ChartSlot>
      }
      caption={
        <span className="block space-y-1">
          {!asTable ? <span className="block">{m.timeline.chart.approximateLegend}</span> : null}
          <span className="block">{caption}</span>
        </span>
      }
    />
  );
}

function agencyNames(dataset: Dataset, event: HstfEvent, none: string): string {
  return event.agencyIds.length > 0 ? event.agencyIds.map((id) => agencyName(dataset, id)).join(', ') : none;
}

function TimelineTable({
  dataset,
  events,
  focusedId,
}: {
  dataset: Dataset;
  events: readonly HstfEvent[];
  focusedId: string | null;
}) {
  const m = useSectionMessages();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{m.timeline.chart.tableCaption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-xs text-slate-600 dark:border-slate-600 dark:text-slate-400">
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              {m.timeline.date}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              {m.timeline.type}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              {m.timeline.event}
            </th>
            <th scope="col" className="py-1.5 font-semibold">
              {m.timeline.agencies}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr
              key={event.id}
              aria-current={event.id === focusedId ? 'true' : undefined}
              className={`border-b border-slate-200 align-top dark:border-slate-700 ${
                event.id === focusedId ? 'bg-amber-50 font-semibold dark:bg-amber-950' : ''
              }`}
            >
              <td className="py-1.5 pr-3 whitespace-nowrap tabular-nums">
                <time dateTime={machineDate(event)}>{eventDateText(event, m)}</time>
              </td>
              <td className="py-1.5 pr-3">{m.timeline.types[event.type]}</td>
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {event.title}
              </th>
              <td className="py-1.5">{agencyNames(dataset, event, m.timeline.noAgency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface EventEntryProps {
  dataset: Dataset;
  nav: NavContext;
  event: HstfEvent;
  focused: boolean;
  tableShown: boolean;
  onSelect: (id: string | null) => void;
  pagingRef: (element: HTMLElement | null) => void;
}

/** One line per event (date, type, title, support); the rest opens under it. `focus=<id>` opens it. */
function EventEntry({ dataset, nav, event, focused, tableShown, onSelect, pagingRef }: EventEntryProps) {
  const m = useSectionMessages();
  const focusRef = useFocusTarget<HTMLElement>(focused);
  // Whether a row the reader opened by hand stays open is presentation, not view state.
  const [openedByHand, setOpenedByHand] = useState(false);
  const open = focused || openedByHand;
  const figures = figuresOfEvent(dataset, event);
  const titleId = `event-${event.id}-title`;
  const panelId = `event-${event.id}-details`;
  return (
    <article
      ref={(element) => {
        focusRef.current = element;
        pagingRef(element);
      }}
      id={`event-${event.id}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={focused ? 'true' : undefined}
      className={`scroll-mt-24 ${focused ? `relative bg-amber-50/60 dark:bg-amber-950/30 ${FOCUSED_ITEM_CLASS}` : ''}`}
    >
      <h4>
        <DisclosureButton
          open={open}
          onOpenChange={(next) => {
            setOpenedByHand(next);
            if (!next && focused) onSelect(null);
          }}
          controls={panelId}
          className="px-4 py-2.5 hover:bg-slate-50 dark:hover:bg-slate-800/60"
        >
          <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <time
              dateTime={machineDate(event)}
              className="w-28 shrink-0 text-sm text-slate-600 tabular-nums dark:text-slate-400"
            >
              {event.datePrecision === 'month' ? (
                <>
                  <span aria-hidden="true">≈ </span>
                  {eventDateText(event, m)}
                  <span className="sr-only"> ({m.timeline.approximate})</span>
                </>
              ) : (
                eventDateText(event, m)
              )}
            </time>
            <span id={titleId} className="min-w-0 flex-1 basis-48 text-sm font-medium">
              {event.title}
            </span>
            <span className="flex shrink-0 gap-1">
              <EventTypeBadge
                type={event.type}
                label={m.timeline.types[event.type]}
                typeWord={m.timeline.type}
              />
              <SupportBadge level={event.support} />
            </span>
          </span>
        </DisclosureButton>
      </h4>
      <div id={panelId} hidden={!open} {...DISCLOSURE_PANEL} className="space-y-2 px-4 pb-3 pl-10 text-sm">
        <PanelContent open={open}>
          {() => (
            <>
              <p>{event.summary}</p>
              {event.dateNote ? <p className="text-slate-600 dark:text-slate-400">{event.dateNote}</p> : null}
              <p>
                <span className="font-medium">{m.timeline.agencies}: </span>
                {agencyNames(dataset, event, m.timeline.noAgency)}
              </p>
              {figures.length > 0 ? (
                <div>
                  <h5 className="font-medium">{m.timeline.figuresCarried}</h5>
                  <ul className="mt-1 space-y-1">
                    {figures.map((figure) => {
                      const text = formatFigure(figure, m);
                      const label = `${metricLabel(dataset, figure.metricId)}: ${text.full}`;
                      return (
                        <li key={figure.id} className="flex flex-wrap items-center gap-2">
                          <FocusLink nav={nav} target={figure.id} label={m.timeline.showFigure(label)}>
                            {metricLabel(dataset, figure.metricId)}: <FigureAmount text={text} />
                          </FocusLink>
                          {figure.support === 'disputed' ? <SupportBadge level={figure.support} /> : null}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ) : null}
              {event.note ? (
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  <span className="font-medium">{m.figureDetail.note}: </span>
                  {event.note}
                </p>
              ) : null}
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {m.figureDetail.sources}:{' '}
                <SourceRefs dataset={dataset} nav={nav} sourceIds={event.sourceIds} />
              </p>
              <Button
                variant="toggle"
                size="sm"
                aria-pressed={focused}
                onClick={() => onSelect(focused ? null : event.id)}
              >
                {tableShown ? m.timeline.showInTable : m.timeline.showOnChart}
              </Button>
            </>
          )}
        </PanelContent>
      </div>
    </article>
  );
}
