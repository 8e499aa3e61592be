import type { PluralForms } from '../../lib/plural';
import { controls } from './controls';
import { downloads } from './downloads';
import { LOCALE, n, p } from './format';

/** Unit words by plural form; typed as `PluralForms` so a language may add forms English lacks ("many"). */
const units = {
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
} as const satisfies Record<string, PluralForms>;

/**
 * Every piece of interface text, in English. Other languages (`es/`) are objects of the
 * same `Messages` type, each in its own chunk; components never hold user-facing
 * literals of their own. Dataset text comes from the dataset (Spanish: `data/hstf.es.json`).
 */
export const enCore = {
  /** The BCP 47 tag of the text, for `<html lang>`. */
  lang: 'en',
  /** The locale numbers and dates are formatted with. */
  locale: LOCALE,
  app: {
    heading: 'Homeland Security Task Forces: reported outcomes',
    intro:
      'Figures the US administration has announced about the Homeland Security Task Forces (HSTFs), created by executive order on 20 January 2025, each shown with who said it, when, and the source. They are the administration’s claims about its own programme, not independently verified counts.',
    reviewed: (date: string) => `Data last reviewed ${date}`,
    skipToContent: 'Skip to content',
    sectionsNav: 'Sections',
    documentTitle: (parts: string[]) => [...parts, 'HSTF Dashboard'].join(' · '),
  },
  loading: {
    label: 'Loading the dataset…',
  },
  languageSwitch: {
    /** Names the group of language links; each language's own name is in `language.ts`. */
    label: 'Language',
    /** Shown only when a language's dataset texts fail to load and English ones are used. */
    datasetTextsFailed:
      'The dataset’s texts in this language could not be loaded, so they are shown in English.',
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
      `The dataset (${url}) does not have the expected shape (${n(count)} ${p(count, { one: 'problem', other: 'problems' })}). First invalid paths:`,
    sectionHeading: (section: string) => `${section}: this part could not be shown`,
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
    none: '',
    'more-than': 'more than',
    over: 'over',
    approximately: 'approximately',
    about: 'about',
    // Not recorded or ambiguous: the number is shown as stated and the figure's note explains.
    unknown: '',
  },
  units: units as Record<keyof typeof units, PluralForms>,
  figure: {
    /**
     * "Said by Attorney General Pam Bondi, Oct 23, 2025"; `reported`: `who` is the outlet that
     * reported the figure, not its maker ("Reported by Fox News, Feb 17, 2026").
     */
    attribution: (who: string, date: string, reported: boolean) =>
      `${reported ? 'Reported' : 'Said'} by ${who}, ${date}`,
    /** An outlet named as the reporter of a figure whose maker it does not name. */
    reportedBy: (outlet: string) => `Reported by ${outlet}`,
    support: 'Support',
    /** Before a figure's caveat, for screen readers (the eye sees a warning sign). */
    caveat: 'Caveat',
    noCategories: 'No outcome categories are selected.',
    showAllCategories: 'Show all categories',
  },
  kpis: {
    heading: 'Headline figures',
    intro: (period: string) =>
      `For each headline measure of the ${period}: the most recent claim and, where they differ, the best-supported one. Later statements about the same weeks are not added together.`,
    empty: 'No headline figures match the current filters.',
    latestOf: (count: number) => `Latest of ${n(count)} ${p(count, { one: 'report', other: 'reports' })}`,
    /** The labels of a card's two claims when its latest is not its best-supported (README). */
    latest: 'Latest',
    best: 'Best-supported',
    bothShown: 'Latest claim and best-supported claim differ: both are shown.',
    disputedClaim: 'Sources disagree about this figure',
    disputedClaimDetail: 'Some reports of this figure are disputed; see every report.',
    disputedShort: 'Sources disagree',
    openHistory: (count: number) => `See all ${n(count)} ${p(count, { one: 'report', other: 'reports' })}`,
    otherPeriodHeading: (period: string) => `A different period: ${period}`,
    otherPeriodCount: (count: number) =>
      `${n(count)} ${p(count, { one: 'figure', other: 'figures' })}, shown apart`,
  },
  /** The headings of the sections below the first screen, also used when one fails to load. */
  sectionHeadings: {
    outcomes: 'Reported outcomes',
    timeline: 'Timeline of events',
    people: 'People involved',
    sources: 'Sources',
    versions: 'Data versions',
  },
  /** The data version on screen, named on paper (the footer names it too: `footer.version`). */
  dataVersion: {
    label: (id: string) => `Version ${id}`,
  },
  // Larger groups keep their text in files of their own, merged here.
  ...controls,
  downloads,
} as const;

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { [K in keyof T]: Widen<T[K]> };

/** The text every screen can use at once: the first screen's and what is shared. */
export type CoreMessages = Widen<typeof enCore>;
