import { controls } from './en/controls';
import { outcomes } from './en/outcomes';
import { people } from './en/people';
import { sources } from './en/sources';
import { timeline } from './en/timeline';
import { versions } from './en/versions';

/**
 * Every piece of interface text. A Spanish interface will add a second object of
 * the same `Messages` type; components never hold user-facing literals of their own.
 * Dataset text (titles, quotes, labels) comes from the dataset, not from here.
 */
export const en = {
  locale: 'en-US',
  app: {
    title: 'HSTF Dashboard',
    heading: 'Homeland Security Task Forces: reported outcomes',
    intro:
      'Figures the US administration has announced about the Homeland Security Task Forces (HSTFs), created by executive order on 20 January 2025, each shown with who said it, when, and the source. They are the administration’s claims about its own programme, not independently verified counts.',
    reviewed: (date: string) => `Data last reviewed ${date}`,
    skipToContent: 'Skip to content',
    sectionsNav: 'Sections',
    footer:
      'Open-source dataset written by hand from public sources. Each figure keeps its source’s own wording; successive statements about the same period are shown as successive claims, never added together.',
    documentTitle: (parts: string[]) => [...parts, 'HSTF Dashboard'].join(' · '),
  },
  loading: {
    label: 'Loading the dataset…',
  },
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  errors: {
    heading: 'The data could not be shown',
    network: (url: string) => `The dataset (${url}) could not be fetched: the network request failed.`,
    http: (url: string, status: number, statusText: string) =>
      `The dataset (${url}) could not be fetched: the server answered ${status}${statusText ? ` ${statusText}` : ''}.`,
    empty: (url: string) => `The dataset (${url}) was fetched but the response was empty.`,
    malformed: (url: string, detail: string) => `The dataset (${url}) is not valid JSON: ${detail}`,
    invalid: (url: string, count: number) =>
      `The dataset (${url}) does not have the expected shape (${count} ${count === 1 ? 'problem' : 'problems'}). First invalid paths:`,
    unexpected: 'Something went wrong while showing the dashboard.',
    retry: 'Retry',
    retrying: 'Retrying…',
  },
  support: {
    primary: 'Primary',
    reported: 'Reported',
    secondary: 'Secondary',
    disputed: 'Disputed',
  },
  supportDescription: {
    primary: 'the speaker’s or agency’s own words, or a document',
    reported: 'a named news outlet reporting what officials said or released',
    secondary: 'seen only second-hand or in one outlet',
    disputed: 'sources that should agree give different values',
  },
  qualifier: {
    exact: '',
    'more-than': 'more than',
    over: 'over',
    approximately: 'approximately',
    about: 'about',
    // Not recorded or ambiguous: the number is shown as stated and the figure's note explains.
    unknown: '',
  },
  units: {
    people: { one: 'person', other: 'people' },
    pills: { one: 'pill', other: 'pills' },
    'metric-tons': { one: 'metric ton', other: 'metric tons' },
    tons: { one: 'ton', other: 'tons' },
    kg: { one: 'kg', other: 'kg' },
    pounds: { one: 'pound', other: 'pounds' },
    firearms: { one: 'firearm', other: 'firearms' },
    usd: { one: '', other: '' },
    operations: { one: 'operation', other: 'operations' },
    indictments: { one: 'indictment', other: 'indictments' },
    'weapons-caches': { one: 'weapons cache', other: 'weapons caches' },
    victims: { one: 'victim', other: 'victims' },
    percent: { one: '', other: '' },
  },
  figure: {
    saidBy: (who: string, date: string) => `${who}, ${date}`,
    /** "Reported by DHS statistics, Dec 10, 2025". */
    attribution: (who: string, date: string) => `Reported by ${who}, ${date}`,
    reportedBy: 'Reported by',
    source: 'Source',
    sources: 'Sources',
    paraphrase: 'Wording as reported (not a verbatim quote)',
    quote: 'Quote',
    support: 'Support',
    disputedMark: 'Disputed figure',
    note: 'Note',
    statedAs: 'As stated',
    dateNote: 'Date',
    sourceEntry: 'source entry',
    figureEntry: 'See this figure',
    opensFullDashboard: '(opens the full dashboard in a new tab)',
    opensInNewTab: '(opens in a new tab)',
    noCategories: 'No outcome categories are selected.',
    showAllCategories: 'Show all categories',
    tonsAsMetric:
      'Where a source says only “tons”, the chart treats it as metric tons; nothing in the sources supports short tons. The table keeps each unit as stated.',
  },
  kpis: {
    heading: 'Headline figures',
    intro: (period: string) =>
      `The most recent figure reported for each headline measure of the ${period}. Later statements refine earlier ones about the same weeks; they are not added together.`,
    empty: 'No headline figures match the current filters.',
    latestOf: (count: number) => `Latest of ${count} ${count === 1 ? 'report' : 'reports'}`,
    disputedClaim: 'Sources disagree about this figure',
    disputedClaimDetail: 'Some reports of this figure are disputed; see every report.',
    openHistory: (count: number) => `See all ${count} ${count === 1 ? 'report' : 'reports'}`,
    historyHeading: (metric: string) => `${metric}: every report`,
    historyIntro: (period: string) =>
      `Each statement about the ${period}, oldest first. Each one replaces the previous; they are not added together.`,
    close: 'Close',
    reportNumber: (n: number, total: number) => `Report ${n} of ${total}`,
    otherPeriodHeading: (period: string) => `A different period: ${period}`,
    otherPeriodIntro:
      'These figures describe a different period. They are not part of the headline figures above and are not added to them.',
  },
  // Larger sections keep their text in files of their own under en/, merged here.
  ...controls,
  outcomes,
  sources,
  timeline,
  people,
  versions,
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every interface language implements. */
export type Messages = Widen<typeof en>;
