import { n, p } from './format';

/** Interface text of the people section (English). Part of the one message module, `../messages.ts`. */
export const people = {
  intro:
    'Officials at or around the White House roundtable on the Homeland Security Task Forces (23 Oct 2025), with their roles as of that day, later dated changes, their quotes and the figures they announced.',
  count: (shown: number, total: number) =>
    shown === total
      ? `Showing all ${n(total)} ${p(total, { one: 'person', other: 'people' })}`
      : `Showing ${n(shown)} of ${n(total)} ${p(total, { one: 'person', other: 'people' })}`,
  empty: 'No people match the current filters.',
  clearFilters: 'Clear filters',
  focusHidden: 'The person in the link is hidden by the current filters.',
  showAll: 'Show all people',
  officials: 'Officials',
  associations: 'Law-enforcement association representatives',
  associationsIntro:
    'Reported present at the roundtable by a single outlet only; no other source confirms their attendance.',
  singleSource: 'Single source',
  singleSourceDescription: 'Reported by one outlet only',
  roleAsOf: 'Role on 23 Oct 2025',
  secondaryTitle: (title: string, date: string) => `${title} (secondary title since ${date})`,
  secondaryTitleOrder: 'by executive order',
  agency: 'Agency',
  organisation: 'Organisation',
  appearance: 'Appearance',
  appearances: { host: 'Host', attendee: 'Attendee', quoted: 'Quoted' },
  details: 'Details',
  detailsLabel: (name: string) => `Details: ${name}`,
  quotes: 'Quotes',
  noQuotes: 'No quotes recorded.',
  figuresAnnounced: 'Figures announced',
  noFigures: 'No figures announced.',
  showFigure: (label: string) => `Show ${label} with its details`,
  changes: 'Later changes',
  sources: 'Sources',
  note: 'Note',
  groups: {
    heading: 'Named groups',
    intro:
      'Criminal groups named in the sources, with other names used for them and where each is mentioned.',
    aliases: 'Also written as',
    mentions: 'Mentioned in',
    empty: 'No named groups match the search.',
    mentionCount: (count: number) => `${n(count)} ${p(count, { one: 'mention', other: 'mentions' })}`,
  },
} as const;
