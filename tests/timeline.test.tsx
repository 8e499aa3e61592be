import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

import { http, HttpResponse } from 'msw';

import { DATASET_URL } from '../mocks/handlers';
import { server } from '../mocks/server';
import realDataset from '../public/data/hstf.json';
import { renderApp, showEveryPage } from './render-app';

/** The timeline section, once the dataset has loaded. */
async function timeline() {
  return screen.findByRole('region', { name: 'Timeline of events' });
}

function eventList(section: HTMLElement) {
  return within(section).getByRole('list', { name: 'Events in date order' });
}

function entries(section: HTMLElement): HTMLElement[] {
  return within(eventList(section)).getAllByRole('article');
}

/** The entries are exactly these events, in this order (each entry is named by its title). */
function expectTitles(section: HTMLElement, titles: readonly (string | RegExp)[]) {
  const shown = entries(section);
  expect(shown).toHaveLength(titles.length);
  titles.forEach((title, i) => expect(shown[i]).toHaveAccessibleName(title));
}

/** Opens an entry's details (its one-line summary is a disclosure button). */
async function open(article: HTMLElement, user: UserEvent) {
  const toggle = within(article).getByRole('button', { expanded: false });
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

function entry(section: HTMLElement, title: RegExp | string) {
  return within(eventList(section)).getByRole('article', { name: title });
}

// The whole app renders for each test; under a parallel run, interactions can take seconds.
describe('timeline: list and counts', () => {
  it('lists all 14 events in date order, from Executive Order 14159 to the latest report', async () => {
    const { user } = renderApp();
    const section = await timeline();
    expect(within(section).getByText('Showing all 14 events')).toBeVisible();
    // A long list is paged: the first seven, then the rest on request, focus moving to the first new one.
    expect(entries(section)).toHaveLength(7);
    await user.click(within(section).getByRole('button', { name: 'Show 7 more (7 not shown)' }));
    const shown = entries(section);
    expect(shown).toHaveLength(14);
    await waitFor(() => expect(shown[7]).toHaveFocus());
    expect(shown[0]).toHaveAccessibleName(/^Executive Order 14159/);
    expect(shown.at(-1)).toHaveAccessibleName('Fox News reports the January 2026 surge results');
    // The month-only January surge sorts by its first possible day, before 23 Jan.
    const surge = entry(section, 'HSTF human-trafficking surge, January 2026');
    const release = entry(section, 'DHS and DOJ release for National Human Trafficking Prevention Month');
    expect(shown.indexOf(surge)).toBeLessThan(shown.indexOf(release));
  });

  it('shows date with its precision, type, summary, agencies and source links', async () => {
    const { user } = renderApp();
    const section = await timeline();
    const operational = entry(section, 'HSTFs reported to be fully operational nationwide');
    // One line: date as precise as the source, title, type and support.
    const line = within(operational).getByRole('button', { expanded: false });
    expect(within(line).getByText(/late Aug 2025/)).toHaveAttribute('datetime', '2025-08');
    expect(line).not.toHaveTextContent(/Aug 1\b/);
    expect(line).toHaveTextContent('Type: Operation');
    expect(line).toHaveTextContent('Disputed');
    await open(operational, user);
    expect(operational).toHaveTextContent('Agencies: DHS, DOJ');

    const order = entry(section, /^Executive Order 14159/);
    expect(within(order).getByText('Jan 20, 2025')).toBeVisible();
    await open(order, user);
    expect(within(order).getByRole('link', { name: 'Fox News' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\//),
    );

    await showEveryPage(section, user);
    const surge = entry(section, 'HSTF human-trafficking surge, January 2026');
    expect(within(surge).getByText(/Jan 2026/)).toBeVisible();
    await open(surge, user);
    expect(surge).toHaveTextContent('Agencies: HSI, FBI');
  });

  it('lists the figures a report event carries, each leading to the figure', async () => {
    const { user } = renderApp();
    const section = await timeline();
    await showEveryPage(section, user);
    const report = entry(section, 'DHS statistics on the first HSTF window reported');
    await open(report, user);
    const figures = within(report).getByRole('list');
    expect(figures).toHaveTextContent('Arrests: over 3,200 people');
    expect(figures).toHaveTextContent('over $3,000,000');
    const figureLink = within(figures).getByRole('link', { name: /Arrests: over 3,200 people/ });
    expect(figureLink).toHaveAttribute('href', './claims/arrests-dhs/');
    await user.click(figureLink);
    await waitFor(() => expect(window.location.search).toBe('?focus=arrests-dhs'));
  });
});

describe('timeline: filters from the URL', () => {
  it.each([
    ['type alone', '?type=report', 4],
    ['type, several', '?type=policy,speech', 4],
    ['a date window (day events)', '?from=2025-09-01&to=2025-09-30', 3],
    ['agency alone', '?agency=defense', 4],
    ['category alone (untagged events stay)', '?category=currency', 11],
    ['search alone (titles and summaries)', '?q=roundtable', 4],
    ['search, case-insensitive', '?q=STRIKE', 2],
    ['type and agency combined', '?type=operation&agency=defense', 2],
    ['type, window and search combined', '?type=report&from=2026-01-01&q=surge', 1],
  ])('%s: %s shows %i of 14', async (_label, search, count) => {
    const { user } = renderApp(search);
    const section = await timeline();
    expect(within(section).getByText(`Showing ${count} of 14 events`)).toBeVisible();
    await showEveryPage(section, user);
    expect(entries(section)).toHaveLength(count);
  });

  it('filters by type: only those types remain in the list', async () => {
    renderApp('?type=report');
    const section = await timeline();
    for (const article of entries(section)) {
      expect(within(article).getByRole('button', { expanded: false })).toHaveTextContent('Type: Report');
    }
  });

  it('keeps a month-precision event whose possible days overlap the window', async () => {
    renderApp('?from=2025-08-25&to=2025-08-31');
    const section = await timeline();
    expectTitles(section, ['HSTFs reported to be fully operational nationwide']);
  });

  it('drops a month-precision event whose possible days all fall outside the window', async () => {
    renderApp('?from=2025-08-01&to=2025-08-20');
    const section = await timeline();
    expect(within(section).getByText('No events match the current filters.')).toBeVisible();
  });

  it('keeps events with no agency when filtering by agency, and drops agency-tagged ones', async () => {
    // Every event of the dataset names an agency: two of them lose theirs here.
    const untagged = structuredClone(realDataset) as { events: { id: string; agencyIds: string[] }[] };
    for (const event of untagged.events) {
      if (event.id === 'january-2026-surge' || event.id === 'surge-results-report') event.agencyIds = [];
    }
    server.use(http.get(DATASET_URL, () => HttpResponse.json(untagged)));
    const { user } = renderApp('?agency=odni');
    const section = await timeline();
    expectTitles(section, [
      'White House roundtable on the Homeland Security Task Forces',
      'HSTF human-trafficking surge, January 2026',
      'Fox News reports the January 2026 surge results',
    ]);
    const surge = entry(section, 'HSTF human-trafficking surge, January 2026');
    await open(surge, user);
    expect(surge).toHaveTextContent('Agencies: No agency named');
  });

  it('shows an empty state with a way out when nothing matches, and the way out restores all', async () => {
    const { user } = renderApp('?type=speech&q=nothing-like-this');
    const section = await timeline();
    expect(within(section).getByText('Showing 0 of 14 events')).toBeVisible();
    expect(within(section).getByText('No events match the current filters.')).toBeVisible();
    expect(within(section).queryByRole('list', { name: 'Events in date order' })).not.toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Clear filters' }));
    expect(await within(section).findByText('Showing all 14 events')).toBeVisible();
    expect(window.location.search).toBe('');
  });

  it('treats an empty type list as none selected', async () => {
    renderApp('?type=');
    const section = await timeline();
    expect(within(section).getByText('No events match the current filters.')).toBeVisible();
  });
});

describe('timeline: chart, table and focus', () => {
  it('draws the chart lazily with one mark per shown event, the roundtable marked', async () => {
    renderApp('?type=meeting,operation');
    const section = await timeline();
    const chart = await within(section).findByRole('group', { name: 'Events by type over time' });
    const marks = await within(chart).findAllByRole('button');
    expect(marks).toHaveLength(6);
    expect(within(chart).getByRole('button', { name: /fully operational.*late Aug 2025/ })).toBeVisible();
    expect(chart).toHaveTextContent(/HSTF roundtable, Oct 23, 2025/);
    // The chart's content in words, for screen readers.
    expect(
      within(section).getByText(/6 events from late Aug 2025 to Jan 2026: 4 operations, 2 meetings\./),
    ).toBeVisible();
    expect(within(section).getByText(/^Sources: .*Breitbart/)).toBeVisible();
  });

  it('choosing a mark in the chart focuses its list entry, and the link says so', async () => {
    const { user } = renderApp();
    const section = await timeline();
    const chart = await within(section).findByRole('group', { name: 'Events by type over time' });
    const mark = () =>
      within(chart).findByRole('button', { name: /^White House roundtable on the Homeland/ });
    // Pointing at a mark opens its tooltip, and Recharts draws the marks anew; a reader then
    // presses the mark under the pointer: the test waits for the tooltip and clicks that mark.
    await user.hover(await mark());
    await within(chart).findByText('White House roundtable on the Homeland Security Task Forces');
    await user.click(await mark());
    await waitFor(() => expect(window.location.search).toBe('?focus=hstf-roundtable'));
    // The sections below the headline cards follow a change after it has been painted.
    await waitFor(() =>
      expect(entry(section, 'White House roundtable on the Homeland Security Task Forces')).toHaveFocus(),
    );
    const target = entry(section, 'White House roundtable on the Homeland Security Task Forces');
    expect(target).toHaveAttribute('aria-current', 'true');
    expect(
      within(chart).getByRole('button', { name: /^White House roundtable on the Homeland/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('a chart mark is operable from the keyboard', async () => {
    const { user } = renderApp();
    const section = await timeline();
    const chart = await within(section).findByRole('group', { name: 'Events by type over time' });
    const mark = await within(chart).findByRole('button', {
      name: /^First US strike in the eastern Pacific/,
    });
    mark.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.search).toBe('?focus=first-eastern-pacific-strike'));
  });

  it('focus=<event id> from a link highlights the entry and the chart mark', async () => {
    renderApp('?focus=dhs-statistics-release');
    const section = await timeline();
    const target = entry(section, 'DHS statistics on the first HSTF window reported');
    await waitFor(() => expect(target).toHaveFocus());
    // A link to an event opens its details, even when paging would have hidden it.
    expect(within(target).getByRole('button', { expanded: true })).toBeVisible();
    expect(within(target).getByRole('button', { name: 'Show on chart' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const chart = await within(section).findByRole('group', { name: 'Events by type over time' });
    expect(await within(chart).findByRole('button', { name: /^DHS statistics/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('selecting a list entry sets the focus in the URL', async () => {
    const { user } = renderApp();
    const section = await timeline();
    const target = entry(
      section,
      'Executive order "Designating Antifa as a Domestic Terrorist Organization"',
    );
    await open(target, user);
    await user.click(within(target).getByRole('button', { name: 'Show on chart' }));
    await waitFor(() => expect(window.location.search).toBe('?focus=antifa-designation-order'));
  });

  it('offers a way to show a focused event hidden by the filters', async () => {
    const { user } = renderApp('?type=report&focus=eo-14159');
    const section = await timeline();
    expect(
      within(section).getByText('The event in the link is hidden by the current filters.'),
    ).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Show all events' }));
    await waitFor(() => expect(window.location.search).toBe('?focus=eo-14159'));
    await waitFor(() => expect(entry(section, /^Executive Order 14159/)).toHaveFocus());
  });

  it('toggles the table alternative through the URL (table=timeline)', async () => {
    const { user } = renderApp('?type=policy');
    const section = await timeline();
    const toggle = within(section).getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    await waitFor(() => expect(window.location.search).toBe('?type=policy&table=timeline'));
    const table = await within(section).findByRole('table', { name: 'Events shown in the timeline chart' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByRole('rowheader', { name: /^Executive Order 14159/ })).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Show as table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(section).getByRole('button', { name: 'Show as table' }));
    await waitFor(() => expect(window.location.search).toBe('?type=policy'));
  });

  it('opens in table form from a link, with month-precision dates as approximate', async () => {
    renderApp('?table=timeline');
    const section = await timeline();
    const table = within(section).getByRole('table', { name: 'Events shown in the timeline chart' });
    const row = within(table).getByRole('row', { name: /fully operational/ });
    expect(row).toHaveTextContent('late Aug 2025');
    expect(
      within(section).queryByRole('group', { name: 'Events by type over time' }),
    ).not.toBeInTheDocument();
  });
});
