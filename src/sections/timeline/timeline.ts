import { agencyParentsOf, coveredAgencies } from '../../data/agencies';
import { formatDateWithPrecision } from '../../data/figure-format';
import { agencyName, figuresOfReport } from '../../data/record-selectors';
import type { Dataset, EventType, Figure, HstfEvent, MonthPart } from '../../data/schema';
import type { Messages } from '../../i18n/messages';
import { matchesQuery } from '../../lib/text-match';
import { EVENT_TYPES, type ViewState } from '../../view-state/view-state';

/**
 * Pure derivations of the timeline: which events a view shows, in what order, and
 * the span of days each one may fall on. No layout knowledge here.
 */

/** The event id of the White House roundtable the chart marks. Ids are stable public API. */
export const ROUNDTABLE_EVENT_ID = 'hstf-roundtable';

/** Height of the chart and of its placeholder while Recharts loads, so nothing jumps. */
export const CHART_HEIGHT_PX = 340;

export interface DayRange {
  /** First possible day, `YYYY-MM-DD`. */
  start: string;
  /** Last possible day, `YYYY-MM-DD`. */
  end: string;
}

function lastDayOfMonth(iso: string): number {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayOfMonth(iso: string, day: number): string {
  return `${iso.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** The days a month part covers: early 1–10, mid 11–20, late 21–end. */
const MONTH_PART_DAYS: Record<MonthPart, [number, number | 'end']> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, 'end'],
};

/**
 * The days an event may have happened on. A day-precision event is one day; a
 * month-precision event spans its month part, or the whole month when no part is known.
 * Month-precision dates are stored as the first of the month, which is never a claim
 * that they happened on that day.
 */
export function eventRange(event: Pick<HstfEvent, 'date' | 'datePrecision' | 'monthPart'>): DayRange {
  if (event.datePrecision === 'day') return { start: event.date, end: event.date };
  const last = lastDayOfMonth(event.date);
  if (!event.monthPart) return { start: dayOfMonth(event.date, 1), end: dayOfMonth(event.date, last) };
  const [from, to] = MONTH_PART_DAYS[event.monthPart];
  return { start: dayOfMonth(event.date, from), end: dayOfMonth(event.date, to === 'end' ? last : to) };
}

/** True when any day the event may have happened on is inside the window (inclusive). */
export function overlapsWindow(range: DayRange, from: string | null, to: string | null): boolean {
  return (from === null || range.end >= from) && (to === null || range.start <= to);
}

/** Chronological: by first possible day, then the shorter (more precise) span first, then dataset order. */
export function chronological(events: readonly HstfEvent[]): HstfEvent[] {
  return events
    .map((event, index) => ({ event, index, range: eventRange(event) }))
    .sort((a, b) => {
      if (a.range.start !== b.range.start) return a.range.start < b.range.start ? -1 : 1;
      if (a.range.end !== b.range.end) return a.range.end < b.range.end ? -1 : 1;
      return a.index - b.index;
    })
    .map((item) => item.event);
}

type EventFilter = Pick<ViewState, 'type' | 'from' | 'to' | 'agency' | 'category' | 'q'>;

export function eventMatches(event: HstfEvent, filter: EventFilter): boolean {
  if (filter.type !== null && !filter.type.includes(event.type)) return false;
  if (!overlapsWindow(eventRange(event), filter.from, filter.to)) return false;
  // Events that name no agency are not agency-tagged, so an agency filter leaves them in.
  if (
    filter.agency !== null &&
    event.agencyIds.length > 0 &&
    !event.agencyIds.some((id) => filter.agency?.includes(id))
  )
    return false;
  // Likewise for categories: only events tagged with categories are filtered by them.
  if (
    filter.category !== null &&
    event.categories.length > 0 &&
    !event.categories.some((id) => filter.category?.includes(id))
  )
    return false;
  return matchesQuery(filter.q, [event.title, event.summary]);
}

/** The events a view shows, oldest first. */
export function visibleEvents(dataset: Dataset, filter: EventFilter): HstfEvent[] {
  // A selected agency covers its components: agency=doj keeps the FBI's events.
  const covered = coveredAgencies(agencyParentsOf(dataset.agencies), filter.agency);
  const covering = covered === null ? filter : { ...filter, agency: [...covered] };
  return chronological(dataset.events.filter((event) => eventMatches(event, covering)));
}

/** Counts per type, in the contract's type order, leaving out types with none. */
export function countsByType(events: readonly HstfEvent[]): { type: EventType; count: number }[] {
  return EVENT_TYPES.map((type) => ({ type, count: events.filter((e) => e.type === type).length })).filter(
    (entry) => entry.count > 0,
  );
}

/** The whole span of the dataset's events, so the chart keeps one scale whatever is filtered. */
export function timelineSpan(dataset: Dataset): DayRange {
  const ranges = dataset.events.map(eventRange);
  return {
    start: ranges.reduce((min, r) => (r.start < min ? r.start : min), ranges[0]?.start ?? ''),
    end: ranges.reduce((max, r) => (r.end > max ? r.end : max), ranges[0]?.end ?? ''),
  };
}

/** The figures a report event carries, in dataset order. */
export function figuresOfEvent(dataset: Dataset, event: HstfEvent): Figure[] {
  if (!event.reportId) return [];
  return [...figuresOfReport(dataset, event.reportId)];
}

/** Publishers of the sources of the given events, once each, in order of first use. */
export function publishersOf(dataset: Dataset, events: readonly HstfEvent[]): string[] {
  const byId = new Map(dataset.sources.map((s) => [s.id, s.publisher]));
  const seen = new Set<string>();
  for (const event of events) {
    for (const id of event.sourceIds) {
      const publisher = byId.get(id);
      if (publisher) seen.add(publisher);
    }
  }
  return [...seen];
}

/** "23 Oct 2025", "late Aug 2025", "Jan 2026": as precise as the source, and no more. */
export function eventDateText(
  event: Pick<HstfEvent, 'date' | 'datePrecision' | 'monthPart'>,
  messages: Messages,
  long = false,
): string {
  return formatDateWithPrecision(event.date, event.datePrecision, messages.locale, {
    long,
    monthPart: event.monthPart,
    monthPartWords: messages.timeline.monthPartWords,
  });
}

/** The names of the agencies an event involves, or `none`. */
export function agencyNames(dataset: Dataset, event: HstfEvent, none: string): string {
  return event.agencyIds.length > 0 ? event.agencyIds.map((id) => agencyName(dataset, id)).join(', ') : none;
}
