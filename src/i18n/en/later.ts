import { n } from './format';

/**
 * Text used only after the first screen (English): a headline's report history and the
 * page's no-script line (which the build writes). Loaded with the sections' text.
 */
export const kpiHistory = {
  historyHeading: (metric: string) => `${metric}: every report`,
  historyIntro: (period: string) =>
    `Each statement about the ${period}, oldest first. Each one replaces the previous; they are not added together.`,
  close: 'Close',
  reportNumber: (index: number, total: number) => `Report ${n(index)} of ${n(total)}`,
  otherPeriodIntro:
    'These figures describe a different period. They are not part of the headline figures above and are not added to them.',
} as const;

export const prerendered = {
  noscript:
    'Filters, charts and sharing need JavaScript. Below is the full default view, with each chart’s data as a table.',
  startFailed:
    'The dashboard could not start, so filters, charts and sharing do not work and any filters in this link are not applied. Below is the full default view. Reload the page to try again.',
} as const;

/** The panel behind “More filters” (loaded with it). */
export const moreFilters = {
  dateWindow: 'Date window',
  searchHint: 'Names, roles, titles, labels and quotes',
  selectAll: 'All',
  invalidRange: 'The start date must be on or before the end date; the date window was not changed.',
  includedIn: (parent: string) => `included in ${parent}`,
} as const;

/** The frame of an embedded panel (`embed=`). */
export const embed = {
  openFull: 'Open full dashboard',
  openFullHint: '(opens in a new tab)',
} as const;

/** Labels of a figure's details (quote, note, sources), shown below the first screen. */
export const figureDetail = {
  source: 'Source',
  sources: 'Sources',
  quote: 'Quote',
  disputedMark: 'Disputed figure',
  note: 'Note',
  statedAs: 'As stated',
  dateNote: 'Date',
  opensInNewTab: '(opens in a new tab)',
  saidBy: (who: string, date: string) => `${who}, ${date}`,
  paraphrase: 'Wording as reported (not a verbatim quote)',
  sourceEntry: 'source entry',
  opensFullDashboard: '(opens the full dashboard in a new tab)',
} as const;
