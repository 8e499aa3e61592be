import { n, p } from './format';

/** Interface text of the outcomes section (English). Part of the one message module, `../messages.ts`. */
export const outcomes = {
  tonsAsMetric:
    'Where a source says only “tons”, the chart treats it as metric tons; nothing in the sources supports short tons. The table keeps each unit as stated.',
  intro: (period: string) =>
    `Charts of the figures reported for the ${period}. Each point or bar is one statement, with its own wording; successive statements are not added together.`,
  empty: 'No charts match the current filters.',
  loadingChart: 'Loading the chart…',
  showTable: 'Show as table',
  summaryLabel: 'Summary',
  captionSources: 'Sources',
  /** Under a chart of more marks than it draws. */
  drawnOf: (type: 'points' | 'bars', shown: number, total: number) =>
    type === 'points'
      ? `The chart draws the latest ${n(shown)} of ${n(total)} reports; the table lists every one.`
      : `The chart draws the first ${n(shown)} of ${n(total)} bars; the table lists every one.`,
  /** After the first sources of a chart with many: the rest are in its table, row by row. */
  captionMoreSources: (count: number) =>
    ` and ${n(count)} more ${p(count, { one: 'source', other: 'sources' })}, named row by row in the table`,
  metricLabel: 'Metric',
  axisReportDate: 'Report date (in the order the statements were made)',
  /** The same axis on a phone-sized chart, where the long title would be cut off. */
  axisReportDateShort: 'Report date',
  axisValue: (unit: string) => `Reported value (${unit})`,
  axisGroup: 'Affiliated group and wording',
  axisReport: 'Report',
  axisMetricTons: 'Weight (metric tons)',
  usdUnit: 'US dollars',
  legend: {
    heading: 'Key',
    unqualified: 'No qualifier stated (not a claim of precision)',
    lowerBound: '“More than” / “over”: a lower bound',
    approximate: '“Approximately” / “about”: an estimate',
    unknownQualifier: 'Qualifier not known (see the note)',
    disputed: 'Disputed (dashed outline)',
    primary: 'Primary source',
    reported: 'Reported by an outlet',
    secondary: 'Secondary',
  },
  columns: {
    report: 'Report',
    measure: 'Measure',
    group: 'Group',
    asReported: 'As reported',
    plotted: 'On the chart',
    saidBy: 'Said by',
    support: 'Support',
    sources: 'Sources',
  },
  reportedChange: {
    title: 'How the reported figure changed',
    description: (metric: string) =>
      `${metric}: each report of the figure for the same weeks, by report date. Later reports restate the figure; they do not add to it.`,
    summary: (metric: string, count: number, first: string, last: string) =>
      `${metric}: ${n(count)} ${p(count, { one: 'report', other: 'reports' })}. First reported: ${first}. Most recent: ${last}.`,
    /** When the most recent report is not the best-supported one (README, "best-supported"). */
    summaryBest: (best: string, support: string) => `Best-supported: ${best}; support: ${support}.`,
    summaryDisputed: (count: number) =>
      `${n(count)} of these ${p(count, { one: 'report is', other: 'reports are' })} disputed.`,
    caption: 'Each point is one report.',
  },
  arrestsByGroup: {
    title: 'Arrests by affiliated group',
    description:
      'The DOJ release’s breakdown of arrests by the group people were said to belong to, in each source’s own wording. Two wordings of one count are two bars, not a sum.',
    summary: (items: string) => `Arrests by affiliated group reported from the DOJ release: ${items}.`,
    caption:
      'Where the Latin Times report and the Spanish-language summaries word the same count differently, both are shown.',
  },
  drugsSeized: {
    title: 'Drugs seized',
    description:
      'The most recent report of each weight, in metric tons. Fentanyl pills are counted, not weighed, and are shown separately.',
    weightsHeading: 'By weight (metric tons)',
    pillsHeading: 'Fentanyl pills (counted, not weighed)',
    summary: (weights: string, pills: string) =>
      `Most recent reports by weight: ${weights}.${pills ? ` Counted separately: ${pills}.` : ''}`,
    caption:
      'Total narcotics is the most recent report of the total; reports of it differ (see “The narcotics disagreement”).',
  },
  narcoticsDisagreement: {
    title: 'The narcotics disagreement',
    description: (cocaine: string) =>
      `Every reported total weight of narcotics seized in the same weeks, side by side. For scale: cocaine alone was reported as ${cocaine}.`,
    cocaineLine: (cocaine: string) => `Cocaine alone: ${cocaine}`,
    summary: (count: number, items: string) =>
      `${n(count)} reports of the total weight of narcotics seized, oldest first: ${items}.`,
    summaryCocaine: (cocaine: string) =>
      `Cocaine alone was reported as ${cocaine}; a total below that is smaller than the cocaine figure alone.`,
    caption:
      'The two copies of the same preview give seven and 70 tons; both are marked disputed. The dashed line is the cocaine figure.',
  },
  pointLabel: (text: string, who: string, date: string) => `${text}: ${who}, ${date}`,
  focusedFigure: 'Linked figure',
} as const;
