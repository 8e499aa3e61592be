/** Interface text of the sources section (English). Part of the one message module, `../messages.ts`. */
export const sources = {
  heading: 'Sources',
  intro:
    'Every source the dataset cites, with the figures, statements, events and people that rely on it. Links to the original open in a new tab.',
  count: (shown: number, total: number) =>
    shown === total ? `${total} sources` : `Showing ${shown} of ${total} sources`,
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
  figures: (n: number) => `Figures that rely on it (${n})`,
  reports: (n: number) => `Statements that cite it (${n})`,
  events: (n: number) => `Events that rely on it (${n})`,
  people: (n: number) => `People it is cited for (${n})`,
  tableCaption: 'Sources, with what relies on each one',
  columns: { source: 'Source' },
  sortBy: {
    none: 'not sorted; select to sort ascending',
    ascending: 'sorted ascending; select to sort descending',
    descending: 'sorted descending; select for the dataset order',
  },
  nothingRelies: 'No figure or event in the dataset cites this source directly.',
} as const;
