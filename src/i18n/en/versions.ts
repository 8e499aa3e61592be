import { n, p } from './format';

/**
 * Interface text of data versions: the panel, the notice for a pinned older version and
 * the footer (English). Part of the one message module, `../messages.ts`.
 */
export const versions = {
  intro:
    'Every published version of the dataset, newest first, with what changed from the version before. The changes are computed from the archived files, not written by hand. A permanent link (with v=) keeps showing the version it names.',
  toggle: (id: string) => `Every published version and what changed (this page: version ${id})`,
  loading: 'Loading the data versions…',
  failed: 'The data versions could not be loaded.',
  reviewed: (date: string) => `reviewed ${date}`,
  latest: 'latest',
  shown: 'shown on this page',
  first: 'The first published version.',
  changesSince: (id: string) => `Changes since version ${id}`,
  noChanges: 'No figures, events, people or sources changed.',
  collections: {
    figures: 'Figures',
    events: 'Events',
    people: 'People',
    sources: 'Sources',
  },
  count: (count: number, what: string) =>
    `${what}: ${n(count)} ${p(count, { one: 'change', other: 'changes' })}`,
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  renamed: (from: string, to: string) => `id ${from} → ${to} (old links still work)`,
  arrow: (before: string, after: string) => `${before} → ${after}`,
  fieldsChanged: (fields: string) => `Also changed: ${fields}`,
  fields: {
    id: 'id',
    value: 'value',
    unit: 'unit',
    qualifier: 'qualifier',
    statedAs: 'wording of the number',
    quote: 'quote',
    saidBy: 'who said it',
    attribution: 'attribution',
    caveat: 'caveat',
    personId: 'person',
    reportId: 'report',
    periodId: 'period',
    groupId: 'group',
    sourceIds: 'sources',
    support: 'support',
    note: 'note',
    metricId: 'measure',
    category: 'category',
    date: 'date',
    datePrecision: 'date precision',
    dateNote: 'date note',
    monthPart: 'part of the month',
    type: 'type',
    title: 'title',
    summary: 'summary',
    agencyIds: 'agencies',
    categories: 'categories',
    name: 'name',
    role: 'role',
    secondaryTitle: 'secondary title',
    organisation: 'organisation',
    agencyId: 'agency',
    group: 'group',
    appearance: 'appearance',
    appearanceNote: 'appearance note',
    quotes: 'quotes',
    changes: 'later changes',
    publisher: 'publisher',
    url: 'address',
    partialAddress: 'partial address',
    kind: 'kind',
    language: 'language',
  } as Record<string, string>,
  qualifierUnknown: 'qualifier not known',
  supportChange: (before: string, after: string) => `support ${before} → ${after}`,
  sourcesLink: 'How this data has changed: data versions',
  feedLink: 'Subscribe to changes (Atom feed)',
  /** The Atom feed of data versions (scripts/atom-feed.mjs; built in English). */
  feed: {
    title: 'HSTF Dashboard: data versions',
    subtitle:
      'Each published version of the dataset of the HSTF Dashboard, with what changed from the version before, computed from the archived files.',
    entryTitle: (id: string) => `Data version ${id}`,
    dataFolder: (id: string) => `The files of data version ${id}`,
    rights: (name: string, url: string) =>
      `Data: ${name} (${url}). Quotes are their speakers’ words, reproduced for reference; they are not under this licence.`,
  },
  notice: {
    heading: (date: string) => `Data as of ${date}`,
    pinned: (id: string) =>
      `This link is pinned to data version ${id}, so it shows the data as it was then. Newer data has been published.`,
    comparing: 'Comparing with the latest data…',
    /** `listed`: a list of the main changes follows; without it, only notes, quotes or sources changed. */
    changedSince: (count: number, listed: boolean) =>
      count === 0
        ? 'No figure has changed since.'
        : `${count} ${count === 1 ? 'figure has' : 'figures have'} changed since${listed ? ', among them:' : ', in their notes, quotes or sources.'}`,
    latestLink: 'See this view with the latest data',
  },
};
