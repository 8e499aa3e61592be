import { lazy } from 'react';

import { FigureAmount } from '../../components/figure-amount';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { formatFigure } from '../../data/figure-format';
import { agencyName, focusedItem, machineDate, metricLabel } from '../../data/selectors';
import type { Dataset, HstfEvent } from '../../data/schema';
import { ChartSlot } from '../../components/chart-slot';
import { SectionFrame } from '../../components/section-frame';
import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';
import { DownloadMenu } from '../shared/download-menu';
import { FocusLink } from '../shared/focus-link';
import { SourceRefs } from '../shared/source-refs';
import { clearFilters, toggleTable, type ViewState } from '../../view-state/view-state';
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

const BUTTON_CLASS =
  'rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-slate-500 dark:bg-slate-800 dark:hover:bg-slate-700 dark:focus-visible:outline-sky-300';

export function TimelineSection(section: SectionProps) {
  const { dataset, view, onViewChange } = section;
  const m = useMessages();
  const events = visibleEvents(dataset, view);
  const total = dataset.events.length;
  const focusedEvent = focusedItem(dataset, view.focus).event ?? null;
  const focusHidden = focusedEvent !== null && !events.includes(focusedEvent);
  const select = (id: string | null) => onViewChange((state) => ({ ...state, focus: id }));

  return (
    <SectionFrame id="timeline" heading={m.timeline.heading} intro={m.timeline.intro}>
      <p aria-live="polite" className="mt-2 text-sm font-medium">
        {m.timeline.count(events.length, total)}
      </p>
      {focusHidden ? (
        <div className="mt-3 flex flex-wrap items-center gap-3 rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
          <p>{m.timeline.focusHidden}</p>
          <button
            type="button"
            className={BUTTON_CLASS}
            onClick={() => onViewChange((state) => ({ ...clearFilters(state), focus: state.focus }))}
          >
            {m.timeline.showAll}
          </button>
        </div>
      ) : null}
      {events.length === 0 ? (
        <div className="mt-4 flex flex-wrap items-center gap-3 rounded border border-dashed border-slate-400 p-4 text-sm dark:border-slate-500">
          <p>{m.timeline.empty}</p>
          <button type="button" className={BUTTON_CLASS} onClick={() => onViewChange(clearFilters)}>
            {m.timeline.clearFilters}
          </button>
        </div>
      ) : (
        <>
          <TimelineChartFrame
            dataset={dataset}
            events={events}
            view={view}
            onViewChange={onViewChange}
            onSelect={select}
          />
          <h3 id="timeline-list-heading" className="mt-6 text-lg font-semibold">
            {m.timeline.list}
          </h3>
          <ol aria-labelledby="timeline-list-heading" className="mt-3 space-y-3">
            {events.map((event) => (
              <li key={event.id}>
                <EventEntry
                  section={section}
                  event={event}
                  focused={view.focus === event.id}
                  tableShown={view.table.includes('timeline')}
                  onSelect={select}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </SectionFrame>
  );
}

interface ChartFrameProps {
  dataset: Dataset;
  events: readonly HstfEvent[];
  view: ViewState;
  onViewChange: SectionProps['onViewChange'];
  onSelect: (id: string) => void;
}

function TimelineChartFrame({ dataset, events, view, onViewChange, onSelect }: ChartFrameProps) {
  const m = useMessages();
  const asTable = view.table.includes('timeline');
  const roundtableEvent = dataset.events.find((event) => event.id === ROUNDTABLE_EVENT_ID);
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
  const summary =
    first && last
      ? m.timeline.chart.summary(events.length, eventDateText(first, m), eventDateText(last, m), byType)
      : m.timeline.chart.summary(0, '', '', '');
  const onToggleTable = () => onViewChange((state) => toggleTable(state, 'timeline'));
  const agencyName = new Map(dataset.agencies.map((a) => [a.id, a.shortName]));
  const caption = m.timeline.chart.caption(publishersOf(dataset, events).join('; '));

  return (
    <figure
      aria-labelledby="timeline-chart-title"
      className="mt-4 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="timeline-chart-title" className="text-lg font-semibold">
          {m.timeline.chart.title}
        </h3>
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" aria-pressed={asTable} onClick={onToggleTable} className={BUTTON_CLASS}>
            {m.timeline.chart.showTable}
          </button>
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
                  event.agencyIds.length > 0
                    ? event.agencyIds.map((id) => agencyName.get(id) ?? id).join(', ')
                    : m.timeline.noAgency,
                ],
              })),
            })}
          />
        </div>
      </div>
      <p className="sr-only">
        {summary}{' '}
        {roundtableEvent ? m.timeline.chart.roundtableSummary(eventDateText(roundtableEvent, m, true)) : null}
      </p>
      {asTable ? (
        <TimelineTable events={events} dataset={dataset} focusedId={view.focus} />
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{m.timeline.chart.selectHint}</p>
          <div className="mt-2">
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
          </div>
        </>
      )}
      <figcaption className="mt-2 space-y-1 text-xs text-slate-700 dark:text-slate-300">
        {!asTable ? <p>{m.timeline.chart.approximateLegend}</p> : null}
        <p>{caption}</p>
      </figcaption>
    </figure>
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
  const m = useMessages();
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{m.timeline.chart.tableCaption}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-500">
            <th scope="col" className="py-1 pr-3">
              {m.timeline.date}
            </th>
            <th scope="col" className="py-1 pr-3">
              {m.timeline.type}
            </th>
            <th scope="col" className="py-1 pr-3">
              {m.timeline.event}
            </th>
            <th scope="col" className="py-1">
              {m.timeline.agencies}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr
              key={event.id}
              className={`border-b border-slate-200 align-top dark:border-slate-700 ${
                event.id === focusedId ? 'bg-amber-50 font-semibold dark:bg-amber-950' : ''
              }`}
            >
              <td className="py-1 pr-3 whitespace-nowrap">
                <time dateTime={machineDate(event)}>{eventDateText(event, m)}</time>
              </td>
              <td className="py-1 pr-3">{m.timeline.types[event.type]}</td>
              <th scope="row" className="py-1 pr-3 font-normal">
                {event.title}
              </th>
              <td className="py-1">
                {event.agencyIds.length > 0
                  ? event.agencyIds.map((id) => agencyName(dataset, id)).join(', ')
                  : m.timeline.noAgency}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface EventEntryProps {
  section: SectionProps;
  event: HstfEvent;
  focused: boolean;
  tableShown: boolean;
  onSelect: (id: string | null) => void;
}

function EventEntry({ section, event, focused, tableShown, onSelect }: EventEntryProps) {
  const { dataset } = section;
  const m = useMessages();
  const ref = useFocusTarget<HTMLElement>(focused);
  const figures = figuresOfEvent(dataset, event);
  const titleId = `event-${event.id}-title`;
  return (
    <article
      ref={ref}
      id={`event-${event.id}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={focused ? 'true' : undefined}
      className={`scroll-mt-4 rounded-lg border bg-white p-4 dark:bg-slate-900 ${
        focused
          ? `border-amber-600 dark:border-amber-300 ${FOCUSED_ITEM_CLASS}`
          : 'border-slate-300 dark:border-slate-700'
      }`}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <time dateTime={machineDate(event)} className="font-semibold">
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
        <EventTypeBadge type={event.type} label={m.timeline.types[event.type]} typeWord={m.timeline.type} />
        <SupportBadge level={event.support} />
      </div>
      <h4 id={titleId} className="mt-1 font-semibold">
        {event.title}
      </h4>
      <p className="mt-1 text-sm">{event.summary}</p>
      {event.dateNote ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{event.dateNote}</p>
      ) : null}
      <p className="mt-1 text-sm">
        <span className="font-medium">{m.timeline.agencies}: </span>
        {event.agencyIds.length > 0
          ? event.agencyIds.map((id) => agencyName(dataset, id)).join(', ')
          : m.timeline.noAgency}
      </p>
      {figures.length > 0 ? (
        <div className="mt-2">
          <h5 className="text-sm font-medium">{m.timeline.figuresCarried}</h5>
          <ul className="mt-1 space-y-1 text-sm">
            {figures.map((figure) => {
              const text = formatFigure(figure, m);
              const label = `${metricLabel(dataset, figure.metricId)}: ${text.full}`;
              const content = (
                <>
                  {metricLabel(dataset, figure.metricId)}: <FigureAmount text={text} />
                </>
              );
              return (
                <li key={figure.id} className="flex flex-wrap items-center gap-2">
                  <FocusLink {...section} target={figure.id} label={m.timeline.showFigure(label)}>
                    {content}
                  </FocusLink>
                  {figure.support === 'disputed' ? <SupportBadge level={figure.support} /> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {event.note ? (
        <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">
          <span className="font-medium">{m.figure.note}: </span>
          {event.note}
        </p>
      ) : null}
      <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">
        {m.figure.sources}: <SourceRefs section={section} sourceIds={event.sourceIds} />
      </p>
      <button
        type="button"
        aria-pressed={focused}
        onClick={() => onSelect(focused ? null : event.id)}
        className={`mt-2 ${BUTTON_CLASS}`}
      >
        {tableShown ? m.timeline.showInTable : m.timeline.showOnChart}
      </button>
    </article>
  );
}
