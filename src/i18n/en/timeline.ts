import { n, p } from './format';

/** Interface text of the timeline section (English). Part of the one message module, `../messages.ts`. */
export const timeline = {
  intro:
    'Dated events around the Homeland Security Task Forces, from the executive order that created them to the latest reported results. Dates known only to the month are shown as approximate, never as a day.',
  count: (shown: number, total: number) =>
    shown === total
      ? `Showing all ${n(total)} ${p(total, { one: 'event', other: 'events' })}`
      : `Showing ${n(shown)} of ${n(total)} ${p(total, { one: 'event', other: 'events' })}`,
  empty: 'No events match the current filters.',
  clearFilters: 'Clear filters',
  focusHidden: 'The event in the link is hidden by the current filters.',
  showAll: 'Show all events',
  monthPartWords: { early: 'early', mid: 'mid', late: 'late' },
  approximate: 'approximate date',
  types: {
    policy: 'Policy',
    operation: 'Operation',
    meeting: 'Meeting',
    speech: 'Speech',
    report: 'Report',
  },
  typePlural: {
    policy: (count: number) => `${n(count)} ${p(count, { one: 'policy', other: 'policies' })}`,
    operation: (count: number) => `${n(count)} ${p(count, { one: 'operation', other: 'operations' })}`,
    meeting: (count: number) => `${n(count)} ${p(count, { one: 'meeting', other: 'meetings' })}`,
    speech: (count: number) => `${n(count)} ${p(count, { one: 'speech', other: 'speeches' })}`,
    report: (count: number) => `${n(count)} ${p(count, { one: 'report', other: 'reports' })}`,
  },
  list: 'Events in date order',
  agencies: 'Agencies',
  noAgency: 'No agency named',
  type: 'Type',
  date: 'Date',
  event: 'Event',
  figuresCarried: 'Figures in this report',
  showFigure: (label: string) => `Show ${label} with its details`,
  showOnChart: 'Show on chart',
  showInTable: 'Show in table',
  chart: {
    title: 'Events by type over time',
    xAxis: 'Date',
    yAxis: 'Event type',
    loading: 'Loading the chart…',
    roundtable: (date: string) => `HSTF roundtable, ${date}`,
    caption: (publishers: string) => `Sources: ${publishers}. Each event’s sources are listed below.`,
    approximateLegend:
      'Hollow marks with a band (≈) are dates known only to part of a month; the band spans the possible days.',
    summary: (count: number, first: string, last: string, byType: string) =>
      count === 0
        ? 'No events are shown.'
        : `${n(count)} ${p(count, { one: 'event', other: 'events' })} from ${first} to ${last}: ${byType}.`,
    roundtableSummary: (date: string) => `The HSTF roundtable of ${date} is marked with a vertical line.`,
    selectHint: 'Select a mark to highlight its entry in the list below.',
    showTable: 'Show as table',
    tableCaption: 'Events shown in the timeline chart',
  },
} as const;
