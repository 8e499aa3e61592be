import { n, p } from './format';

/** Interface text of the sources section (English). Part of the one message module, `../messages.ts`. */
export const sources = {
  intro:
    'Every source the dataset cites, with the figures, statements, events and people that rely on it. Links to the original open in a new tab.',
  count: (shown: number, total: number) =>
    shown === total
      ? `${n(total)} ${p(total, { one: 'source', other: 'sources' })}`
      : `Showing ${n(shown)} of ${n(total)} ${p(total, { one: 'source', other: 'sources' })}`,
  empty: 'No source matches the search.',
  open: 'Read the source',
  partialAddress: (address: string) => `Address recorded only in part: ${address}`,
  noAddress: 'No address recorded.',
  published: 'Published',
  kindLabel: 'Kind',
  kind: {
    'news-report': 'News report',
    'official-statement': 'Official statement',
    transcript: 'Transcript',
    'secondary-summary': 'Secondary summary',
    document: 'Document',
  },
  language: { en: 'English', es: 'Spanish' },
  languageLabel: 'Language',
  figures: (count: number) => `Figures that rely on it (${n(count)})`,
  reports: (count: number) => `Statements that cite it (${n(count)})`,
  events: (count: number) => `Events that rely on it (${n(count)})`,
  people: (count: number) => `People it is cited for (${n(count)})`,
  tableCaption: 'Sources, with what relies on each one',
  columns: { source: 'Source' },
  sortBy: {
    none: 'not sorted; select to sort ascending',
    ascending: 'sorted ascending; select to sort descending',
    descending: 'sorted descending; select for the dataset order',
  },
  nothingRelies: 'No figure or event in the dataset cites this source directly.',
} as const;
