import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

import { focusTargetOf } from '../src/data/focus-target';
import { nextSort, sortedEntries, sourceEntries, visibleEntries } from '../src/sections/sources/sources';
import { renderApp, showEveryPage } from './render-app';
import { realDataset as dataset } from './real-dataset';

async function sourceTable() {
  return screen.findByRole('table', { name: 'Sources, with what relies on each one' });
}

/** A source's one-line row toggle, named by publisher then title. */
function toggle(table: HTMLElement, name: RegExp) {
  return within(table).getByRole('button', { name });
}

async function open(user: UserEvent, table: HTMLElement, name: RegExp) {
  const button = toggle(table, name);
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
}

/** The opened details row of a source: it starts with the publication date and names the source. */
function details(table: HTMLElement, fragment: string) {
  const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return within(table).getByRole('row', { name: new RegExp(`^Published.*${escaped}`) });
}

async function showAllRows(user: UserEvent) {
  await showEveryPage(screen.getByRole('region', { name: 'Sources' }), user);
}

describe('sources', () => {
  it('lists every source in a table, paged, with publisher, title, date and kind', async () => {
    const { user } = renderApp();
    const table = await sourceTable();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(6);
    await showAllRows(user);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(dataset.sources.length);
    const deseret = within(table).getByRole('row', {
      name: /^Deseret News Report on the White House roundtable on the HSTFs \(Deseret News\) Oct 23, 2025 News report$/,
    });
    expect(deseret).toBeVisible();
  });

  it('opens a row to the source details and a safe link to the original', async () => {
    const { user } = renderApp();
    const table = await sourceTable();
    await open(user, table, /^Deseret News Report on the White House roundtable/);
    const row = details(table, 'Report on the White House roundtable on the HSTFs (Deseret News)');
    expect(row).toHaveTextContent('PublishedOct 23, 2025');
    expect(row).toHaveTextContent('KindNews report');
    const link = within(row).getByRole('link', { name: /^Read the source/ });
    expect(link).toHaveAttribute(
      'href',
      'https://www.deseret.com/politics/2025/10/23/trump-cartel-arrests-isis-homeland-security-task-force',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    // A partial address is shown as text, never linked (that source is on a later page).
    await showAllRows(user);
    await open(user, table, /^Voz \(English\)/);
    const voz = details(table, 'Address recorded only in part: voz.us/en/politics/251024/…');
    expect(within(voz).queryByRole('link', { name: /Read the source/ })).not.toBeInTheDocument();
  });

  it('names the figures and events that rely on each source, each linking there', async () => {
    const { user } = renderApp();
    const table = await sourceTable();
    await open(user, table, /^The Epoch Times \(copy on californiainsider\.com\)/);
    const epoch = details(table, 'californiainsider');
    expect(epoch).toHaveTextContent('Figures that rely on it (6)');
    const cocaine = within(epoch).getByRole('link', { name: 'Cocaine: 58,000 kg' });
    expect(cocaine).toHaveAttribute('href', './claims/cocaine-bondi-roundtable/');
    expect(epoch).toHaveTextContent('Events that rely on it (1)');
    expect(
      within(epoch).getByRole('link', {
        name: 'White House roundtable on the Homeland Security Task Forces',
      }),
    ).toHaveAttribute('href', './events/hstf-roundtable/');

    // Following a headline figure opens its card's history there (its source is on a later page).
    await showAllRows(user);
    await open(user, table, /^Washington Examiner/);
    await user.click(
      within(details(table, 'the launch of HSTF New York')).getByRole('link', {
        name: 'Arrests: over 3,200 people',
      }),
    );
    await waitFor(() => expect(window.location.search).toBe('?focus=arrests-dhs'));
    const dialog = await screen.findByRole('dialog', { name: 'Arrests: every report' });
    expect(within(dialog).getByRole('listitem', { current: true })).toHaveTextContent('over 3,200 people');
  });

  it('opens and highlights a linked source, even beyond the first page', async () => {
    renderApp('?focus=npr-wosu-miller-title');
    const table = await sourceTable();
    const row = within(table).getByRole('row', { current: true });
    expect(row).toHaveAccessibleName(/^NPR \(WOSU\)/);
    await waitFor(() => expect(row).toHaveFocus());
    expect(toggle(table, /^NPR \(WOSU\)/)).toHaveAttribute('aria-expanded', 'true');
    expect(toggle(table, /^Breitbart/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the source of a figure with no card or chart and highlights the figure there', async () => {
    renderApp('?focus=operations-dhs');
    const table = await sourceTable();
    expect(toggle(table, /^Washington Examiner/)).toHaveAttribute('aria-expanded', 'true');
    const item = within(details(table, 'the launch of HSTF New York')).getByRole('listitem', {
      current: true,
    });
    expect(item).toHaveTextContent('Operations: 400 operations');
  });

  it('filters by the search, and always keeps a linked source', async () => {
    renderApp('?q=deseret&focus=fox-0217');
    const table = await sourceTable();
    const rows = within(table).getAllByRole('rowheader');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveAccessibleName(/^Deseret News Report on the White House roundtable/);
    expect(rows[1]).toHaveAccessibleName(/^Fox News/);
    expect(rows[2]).toHaveAccessibleName(/^Deseret News .*Antifa/);
    expect(screen.getByText('Showing 3 of 32 sources')).toBeVisible();
  });

  it('sorts by a column through the address (sort=), ascending, descending, then back', async () => {
    const { user } = renderApp('?q=deseret');
    const table = await sourceTable();
    const published = within(table).getByRole('columnheader', { name: /^Published/ });
    expect(published).toHaveAttribute('aria-sort', 'none');
    await user.click(within(published).getByRole('button'));
    await waitFor(() => expect(window.location.search).toBe('?q=deseret&sort=date'));
    await waitFor(() => expect(published).toHaveAttribute('aria-sort', 'ascending'));
    expect(within(table).getAllByRole('rowheader')[0]).toHaveAccessibleName(/Antifa/);
    await user.click(within(published).getByRole('button'));
    await waitFor(() => expect(window.location.search).toBe('?q=deseret&sort=date-desc'));
    await waitFor(() =>
      expect(within(table).getAllByRole('rowheader')[0]).toHaveAccessibleName(
        /^Deseret News Report on the White House/,
      ),
    );
    await user.click(within(published).getByRole('button'));
    await waitFor(() => expect(window.location.search).toBe('?q=deseret'));
  });

  it('links to the full dashboard in a new tab when embedded', async () => {
    const { user } = renderApp('?embed=sources');
    const table = await sourceTable();
    await open(user, table, /^The Epoch Times \(copy on californiainsider\.com\)/);
    const link = within(details(table, 'californiainsider')).getByRole('link', {
      name: /^Cocaine: 58,000 kg/,
    });
    expect(link).toHaveAttribute('href', './claims/cocaine-bondi-roundtable/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});

describe('source derivation', () => {
  it('lets each section own the figures it shows (focusTargetOf)', () => {
    expect(focusTargetOf(dataset, 'operations-doj')).toEqual({
      kind: 'figure',
      id: 'operations-doj',
      place: 'source-list',
      sourceId: 'laaurorademexico-doj-release',
    });
    expect(focusTargetOf(dataset, 'arrests-doj')).toMatchObject({ place: 'headline', metricId: 'arrests' });
    expect(focusTargetOf(dataset, 'surge-arrests-fox')).toMatchObject({ place: 'other-period' });
    expect(focusTargetOf(dataset, 'cocaine-bondi-roundtable')).toMatchObject({
      place: 'chart',
      chartId: 'drugs-seized',
    });
    expect(focusTargetOf(dataset, 'arrests-ms-13-doj')).toMatchObject({ chartId: 'arrests-by-group' });
    expect(focusTargetOf(dataset, 'cocaine-bondi-roundtable', true)).toMatchObject({
      sourceId: 'epoch-1023',
    });
    expect(focusTargetOf(dataset, 'pam-bondi')).toEqual({ kind: 'person', id: 'pam-bondi' });
    expect(focusTargetOf(dataset, 'eo-14159')).toEqual({ kind: 'event', id: 'eo-14159' });
    expect(focusTargetOf(dataset, 'deseret-1023')).toEqual({ kind: 'source', id: 'deseret-1023' });
    expect(focusTargetOf(dataset, 'no-such-id')).toBeNull();
    expect(focusTargetOf(dataset, null)).toBeNull();
  });

  it('matches the search case- and accent-insensitively', () => {
    const entries = sourceEntries(dataset);
    expect(visibleEntries(entries, 'WASHINGTON examiner', null).map((e) => e.source.id)).toEqual([
      'washexam-dhs',
    ]);
    expect(visibleEntries(entries, '', null)).toHaveLength(dataset.sources.length);
  });

  it('sorts by publisher, date or kind, keeping the dataset order among equals', () => {
    const entries = sourceEntries(dataset);
    const kind = (k: string) => k;
    const byDate = sortedEntries(entries, 'date', kind, 'en-US').map((e) => e.source.id);
    expect(byDate[0]).toBe('immpolicytracking-eo-14159');
    // The latest is the association's own page (reviewed Nov 28, 2026); before it, two sources
    // of 5 Mar 2026 keep their dataset order between them, whichever the direction.
    expect(byDate.slice(-3)).toEqual([
      'cbn-mullin-replaces-noem',
      'newser-mullin-replaces-noem',
      'mcca-laura-cooper',
    ]);
    const desc = sortedEntries(entries, 'date-desc', kind, 'en-US').map((e) => e.source.id);
    expect(desc.slice(0, 3)).toEqual([
      'mcca-laura-cooper',
      'cbn-mullin-replaces-noem',
      'newser-mullin-replaces-noem',
    ]);
    const byPublisher = sortedEntries(entries, 'publisher', kind, 'en-US').map((e) => e.source.publisher);
    expect(byPublisher[0]).toBe('Associated Press (copy on westernjournal.com)');
    expect(sortedEntries(entries, null, kind, 'en-US')).toEqual(entries);
    expect(nextSort(null, 'kind')).toBe('kind');
    expect(nextSort('kind', 'kind')).toBe('kind-desc');
    expect(nextSort('kind-desc', 'kind')).toBeNull();
    expect(nextSort('date', 'kind')).toBe('kind');
  });
});
