import { screen, waitFor, within } from '@testing-library/react';

import { entryOfFocusedFigure, sourceEntries, visibleEntries } from '../src/sections/sources/sources';
import { renderApp } from './render-app';
import { realDataset as dataset } from './real-dataset';

async function sourceList() {
  return screen.findByRole('list', { name: 'Sources' });
}

/** A source's entry as a reader finds it: the list item named by its publisher, showing its title. */
function entry(list: HTMLElement, id: string): HTMLElement {
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id}`);
  const [element, ...others] = within(list)
    .getAllByRole('listitem', { name: source.publisher })
    .filter((item) => within(item).queryByText(source.title) !== null);
  if (!element || others.length > 0) throw new Error(`no single entry for ${id}`);
  return element;
}

describe('sources', () => {
  it('lists every source with publisher, title, date, kind and a safe link to the original', async () => {
    renderApp();
    const list = await sourceList();
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(dataset.sources.length);

    const deseret = entry(list, 'deseret-1023');
    expect(within(deseret).getByRole('heading', { name: 'Deseret News' })).toBeInTheDocument();
    expect(deseret).toHaveTextContent('Report on the White House roundtable on the HSTFs (Deseret News)');
    expect(deseret).toHaveTextContent('PublishedOct 23, 2025');
    expect(deseret).toHaveTextContent('KindNews report');
    const link = within(deseret).getByRole('link', { name: /^Read the source/ });
    expect(link).toHaveAttribute(
      'href',
      'https://www.deseret.com/politics/2025/10/23/trump-cartel-arrests-isis-homeland-security-task-force',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    // A partial address is shown as text, never linked.
    const voz = entry(list, 'voz-1024');
    expect(voz).toHaveTextContent('Address recorded only in part: voz.us/en/politics/251024/…');
    expect(within(voz).queryByRole('link', { name: /Read the source/ })).not.toBeInTheDocument();
  });

  it('names the figures and events that rely on each source, each linking there', async () => {
    const { user } = renderApp();
    const list = await sourceList();
    const epoch = entry(list, 'epoch-1023');
    expect(epoch).toHaveTextContent('Figures that rely on it (6)');
    const cocaine = within(epoch).getByRole('link', { name: 'Cocaine: 58,000 kg' });
    expect(cocaine).toHaveAttribute('href', './?focus=cocaine-bondi-roundtable');
    expect(epoch).toHaveTextContent('Events that rely on it (1)');
    expect(
      within(epoch).getByRole('link', {
        name: 'White House roundtable on the Homeland Security Task Forces',
      }),
    ).toHaveAttribute('href', './?focus=hstf-roundtable');

    // Following a headline figure opens its card's history there.
    await user.click(
      within(entry(list, 'washexam-dhs')).getByRole('link', { name: 'Arrests: over 3,200 people' }),
    );
    await waitFor(() => expect(window.location.search).toBe('?focus=arrests-dhs'));
    const dialog = await screen.findByRole('dialog', { name: 'Arrests: every report' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .find((li) => li.getAttribute('aria-current') === 'true'),
    ).toHaveTextContent('over 3,200 people');
  });

  it('highlights a linked source, and a figure only the source list shows', async () => {
    renderApp('?focus=washexam-dhs');
    const list = await sourceList();
    expect(entry(list, 'washexam-dhs')).toHaveAttribute('aria-current', 'true');
    expect(entry(list, 'epoch-1023')).not.toHaveAttribute('aria-current');
  });

  it('highlights a figure with no card or chart in its source entry', async () => {
    renderApp('?focus=operations-dhs');
    const list = await sourceList();
    const current = within(entry(list, 'washexam-dhs'))
      .getAllByRole('listitem')
      .filter((item) => item.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Operations: 400 operations');
  });

  it('filters by the search, and always keeps a linked source', async () => {
    renderApp('?q=deseret&focus=fox-0217');
    const list = await sourceList();
    const ids = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.id.startsWith('source-') && !li.id.startsWith('source-figure-'))
      .map((li) => li.id);
    expect(ids).toEqual(['source-deseret-1023', 'source-fox-0217', 'source-deseret-1008-antifa-roundtable']);
    expect(screen.getByText('Showing 3 of 32 sources')).toBeInTheDocument();
  });

  it('links to the full dashboard in a new tab when embedded', async () => {
    renderApp('?embed=sources');
    const list = await sourceList();
    const link = within(entry(list, 'epoch-1023')).getByRole('link', { name: /^Cocaine: 58,000 kg/ });
    expect(link).toHaveAttribute('href', './?focus=cocaine-bondi-roundtable');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});

describe('source derivation', () => {
  it('lets each section own the figures it shows', () => {
    const entries = sourceEntries(dataset);
    expect(entryOfFocusedFigure(dataset, entries, 'operations-doj', false)).toEqual({
      sourceId: 'laaurorademexico-doj-release',
      figureId: 'operations-doj',
    });
    expect(entryOfFocusedFigure(dataset, entries, 'arrests-doj', false)).toBeNull();
    expect(entryOfFocusedFigure(dataset, entries, 'surge-arrests-fox', false)).toBeNull();
    expect(entryOfFocusedFigure(dataset, entries, 'cocaine-bondi-roundtable', false)).toBeNull();
    expect(entryOfFocusedFigure(dataset, entries, 'cocaine-bondi-roundtable', true)?.sourceId).toBe(
      'epoch-1023',
    );
  });

  it('matches the search case- and accent-insensitively', () => {
    const entries = sourceEntries(dataset);
    expect(visibleEntries(entries, 'WASHINGTON examiner', null).map((e) => e.source.id)).toEqual([
      'washexam-dhs',
    ]);
    expect(visibleEntries(entries, '', null)).toHaveLength(dataset.sources.length);
  });
});
