import { n, p } from './format';

/**
 * The article at the top of an item page (`claims/<id>/`, `people/<id>/`, `events/<id>/`):
 * one figure, person or event, readable in full without JavaScript (docs/item-pages.md).
 */
export const itemPage = {
  kind: { figure: 'Claim', person: 'Person', event: 'Event' },
  /** The description of a claim's page, for search engines and link previews. */
  metaClaim: (attribution: string, quote: string, support: string) =>
    `${attribution}: “${quote}” Support level: ${support}.`,
  /** The description of a person's page. */
  metaPerson: (role: string, organisation: string, quotes: number, figures: number) =>
    `${role} (${organisation}): ${n(quotes)} ${p(quotes, { one: 'quote', other: 'quotes' })} and ${n(figures)} ${p(figures, { one: 'figure', other: 'figures' })} announced, each with its sources.`,
  /** The lines the page shows without JavaScript, or when the app cannot start (index.html). */
  noscript:
    'Filters, charts and sharing need JavaScript. Below is this page’s item in full, then the dashboard with each chart’s data as a table.',
  startFailed:
    'The dashboard could not start, so filters, charts and sharing do not work and any filters in this link are not applied. Below is this page’s item in full, then the dashboard. Reload the page to try again.',
  /** A retired id's page, before the link to its successor. */
  moved: 'This page has moved to:',
  statedAs: 'As stated',
  quote: (language: string) => `Quote (in ${language})`,
  saidBy: 'Who said it',
  reportedBy: 'Reported by (the source does not name who made the claim)',
  date: 'When',
  statement: 'Statement',
  period: 'Period it covers',
  approximateBounds: 'approximate bounds',
  support: 'Support level',
  caveat: 'Caveat',
  note: 'Note',
  sources: 'Sources',
  otherClaims: (metric: string, period: string) => `Every claim about ${metric}, ${period}`,
  otherClaimsNoPeriod: (metric: string) => `Every claim about ${metric} with no stated period`,
  otherClaimsIntro:
    'Each statement about the same measure and period, oldest first. Each replaces the previous; they are not added together.',
  thisClaim: 'this claim',
  cite: 'Cite this page',
  role: 'Role on 23 Oct 2025',
  secondaryTitle: 'Secondary title',
  since: (date: string) => `since ${date}`,
  organisation: 'Organisation',
  appearance: 'Appearance',
  changes: 'Later changes',
  noChanges: 'No later changes recorded.',
  quotes: 'Quotes',
  noQuotes: 'No quotes recorded.',
  figuresAnnounced: 'Figures announced',
  noFigures: 'No figures announced.',
  type: 'Type',
  summary: 'Summary',
  agencies: 'Agencies',
  figuresInReport: 'Figures in this report',
} as const;
