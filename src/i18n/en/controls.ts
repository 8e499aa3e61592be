import { n, p } from './format';

/**
 * Interface text of the filter bar, sharing, the link notice and embeds (English).
 * Part of the one message module, `../messages.ts`.
 */
export const controls = {
  filters: {
    heading: 'Filters',
    category: 'Category',
    agency: 'Agency',
    eventType: 'Event type',
    from: 'From',
    to: 'To',
    search: 'Search',
    clearAll: 'Clear all',
    allCategories: 'All',
    more: 'More filters',
    activeShort: 'active',
    remove: (filter: string) => `Remove filter ${filter}`,
    active: (count: number) =>
      count === 0
        ? 'No filters active'
        : `${n(count)} ${p(count, { one: 'filter', other: 'filters' })} active`,
    eventTypes: {
      policy: 'Policy',
      operation: 'Operation',
      meeting: 'Meeting',
      speech: 'Speech',
      report: 'Report',
    },
    summary: 'Active filters',
    summaryNone: 'No filters: the whole dataset is shown.',
    summaryItem: (name: string, value: string) => `${name}: ${value}`,
    none: 'none',
    /** An agency and the agencies that are part of it: "DOJ (incl. FBI)". */
    including: (agency: string, components: string) => `${agency} (incl. ${components})`,
  },
  share: {
    copy: 'Copy link',
    copied: 'Link copied to the clipboard.',
    copyPermanent: 'Copy permanent link',
    copiedPermanent: (version: string) =>
      `Permanent link copied to the clipboard: it will keep showing data version ${version}.`,
    latestHint: 'always the latest data',
    permanentHint: 'this data version, even after updates',
    failed: 'Could not copy automatically. Select the link below and copy it:',
    linkLabel: 'Link to this view',
    cite: 'Cite',
    /** The dialog it opens holds the embed code too. */
    citeHint: 'cite this view, or embed a panel of it',
  },
  lists: {
    showMore: (next: number, remaining: number) => `Show ${n(next)} more (${n(remaining)} not shown)`,
  },
  panels: {
    kpis: 'Headline figures',
    outcomes: 'Reported outcomes',
    timeline: 'Timeline',
    people: 'People',
    sources: 'Sources',
    versions: 'Data versions',
  },
} as const;
