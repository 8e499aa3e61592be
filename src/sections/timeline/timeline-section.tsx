import { lazy } from 'react';
import { Button } from '../../components/button';
import { ChartFrame } from '../../components/chart-frame';
import { ChartSlot } from '../../components/chart-slot';
import { EmptyState } from '../../components/empty-state';
import { SectionCount, SectionFrame } from '../../components/section-frame';
import { ShowMore } from '../../components/show-more';
import { usePaging } from '../../components/use-paging';
import { focusedItem, indexOf } from '../../data/selectors';
import { machineDate } from '../../data/record-selectors';
import type { Dataset, HstfEvent } from '../../data/schema';
import { useSectionMessages } from '../../i18n/i18n';
import { clearFilters, type ViewState } from '../../view-state/view-state';
import { toggleTable } from '../../view-state/table-toggle';
import { DownloadMenu } from '../shared/download-menu';
import type { NavContext, SectionProps } from '../shared/section-props';
import { FocusHiddenNotice } from '../shared/focus-hidden-notice';
import type { ChartEvent } from './timeline-chart';
import {
  agencyNames,
  CHART_HEIGHT_PX,
  ROUNDTABLE_EVENT_ID,
  countsByType,
  eventDateText,
  eventRange,
  publishersOf,
  timelineSpan,
  visibleEvents,
} from './timeline';
import { EventEntry } from './event-entry';
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
