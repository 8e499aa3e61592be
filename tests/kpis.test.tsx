import { screen, waitFor, within } from '@testing-library/react';

import { mainPeriod } from '../src/data/selectors';
import { headlineCards, otherPeriodGroups } from '../src/sections/kpis/kpis';
import { renderApp } from './render-app';
import { realDataset as dataset } from './real-dataset';

const ALL = { category: null, from: null, to: null };

async function cards() {
  return screen.findByRole('list', { name: 'Headline figures' });
}

describe('headline cards', () => {
  it('shows one card per headline metric with the latest value, its qualifier, who said it and the support', async () => {
    renderApp();
    const list = await cards();
    const names = within(list)
      .getAllByRole('article')
      .map((card) => card.getAttribute('aria-labelledby'));
    expect(names).toEqual([
      'kpi-arrests',
      'kpi-fentanyl-pills',
      'kpi-narcotics',
      'kpi-firearms',
      'kpi-currency',
    ]);

    const arrests = within(list).getByRole('article', { name: 'Arrests' });
    expect(arrests).toHaveTextContent('3,266 people');
    expect(arrests).toHaveTextContent('Said by DOJ release, Jan 26, 2026');
    expect(arrests).toHaveTextContent('Secondary');
    expect(arrests).toHaveTextContent('Latest of 5 reports');

    // The source's own qualifiers survive on the card.
    expect(within(list).getByRole('article', { name: 'Narcotics (total weight)' })).toHaveTextContent(
      'more than 90 metric tons',
    );
    const currency = within(list).getByRole('article', { name: 'Currency' });
    expect(currency).toHaveTextContent('about $3.25 million');
    expect(currency).toHaveTextContent('about $3,250,000');
  });

  it('shows the latest and the best-supported claim of arrests, each labelled, when they differ', async () => {
    renderApp();
    const arrests = within(await cards()).getByRole('article', { name: 'Arrests' });
    const latest = within(arrests).getByRole('group', { name: 'Latest' });
    expect(latest).toHaveTextContent('3,266 people');
    expect(latest).toHaveTextContent('Said by DOJ release, Jan 26, 2026');
    expect(within(latest).getByText('Secondary')).toBeVisible();
    // Its caveat is on the card, not only behind a click, and named as one for screen readers.
    const caveat = within(latest).getByText(/^May count seizures too/);
    expect(caveat).toBeVisible();
    expect(caveat).toHaveTextContent('Caveat: May count seizures too.');

    const best = within(arrests).getByRole('group', { name: 'Best-supported' });
    expect(best).toHaveTextContent('more than 3,200 people');
    expect(best).toHaveTextContent('Said by Attorney General Pam Bondi, Oct 23, 2025');
    expect(within(best).getByText('Primary')).toBeVisible();
    expect(best).not.toHaveTextContent('Caveat');
    expect(
      within(arrests).getByText('Latest claim and best-supported claim differ: both are shown.'),
    ).toBeVisible();
    // The weaker claim comes first, as the latest; the card says which is which.
    expect(latest.compareDocumentPosition(best) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Once, beside the section's heading, for the row of cards on a desk.
    const section = screen.getByRole('region', { name: 'Headline figures' });
    expect(
      within(section).getAllByText('Latest claim and best-supported claim differ: both are shown.'),
    ).toHaveLength(5);
  });

  it('shows one claim, unlabelled, when the latest is also the best-supported', async () => {
    renderApp();
    const pills = within(await cards()).getByRole('article', { name: 'Fentanyl pills' });
    expect(within(pills).queryByRole('group')).not.toBeInTheDocument();
    expect(pills).toHaveTextContent('2.1 million pills');
    expect(within(pills).getAllByText(/^Said by/)).toHaveLength(1);
    expect(within(pills).getByText('Primary')).toBeVisible();
    expect(pills).not.toHaveTextContent('Best-supported');
    expect(pills).not.toHaveTextContent('Latest claim');
    expect(pills).not.toHaveTextContent('Caveat');
  });

  it('shows the latest report within a date window, and the latest of all once the window is removed', async () => {
    const { user } = renderApp('?to=2025-10-31');
    const list = await cards();
    const arrests = () => within(list).getByRole('article', { name: 'Arrests' });
    expect(arrests()).toHaveTextContent('more than 3,200 people');
    expect(arrests()).not.toHaveTextContent('3,266');
    // Within the window, Pam Bondi's claim is both the latest and the best-supported: one claim.
    expect(within(arrests()).queryByRole('group', { name: 'Best-supported' })).not.toBeInTheDocument();
    // A category toggle on and off in between leaves the card as it is.
    const categories = screen.getByRole('group', { name: 'Category' });
    await user.click(within(categories).getByRole('button', { name: 'Drugs' }));
    await user.click(within(categories).getByRole('button', { name: 'Drugs' }));
    expect(arrests()).toHaveTextContent('more than 3,200 people');

    await user.click(screen.getByRole('button', { name: /^Remove filter To/ }));
    await waitFor(() => expect(arrests()).toHaveTextContent('3,266 people'));
    expect(arrests()).toHaveTextContent('Latest of 5 reports');
    expect(within(arrests()).getByRole('group', { name: 'Best-supported' })).toHaveTextContent(
      'more than 3,200 people',
    );
  });

  it('visibly marks a disputed claim, and only that one', async () => {
    renderApp();
    const list = await cards();
    expect(within(list).getByRole('article', { name: 'Narcotics (total weight)' })).toHaveTextContent(
      'Sources disagree about this figure',
    );
    expect(within(list).getByRole('article', { name: 'Arrests' })).not.toHaveTextContent('Sources disagree');
  });

  it('opens the history of a claim in report order, and the link names the figure', async () => {
    const { user } = renderApp();
    const list = await cards();
    const arrests = within(list).getByRole('article', { name: 'Arrests' });
    await user.click(within(arrests).getByRole('button', { name: 'Arrests: See all 5 reports' }));

    const dialog = await screen.findByRole('dialog', { name: 'Arrests: every report' });
    const entries = within(dialog).getAllByRole('listitem');
    const amounts = [
      'more than 3,000 people',
      'more than 3,000 people',
      'more than 3,200 people',
      'over 3,200 people',
      '3,266 people',
    ];
    expect(entries).toHaveLength(amounts.length);
    // Each entry shows its amount as a line of its own, in report order.
    amounts.forEach((amount, i) => expect(within(entries[i]!).getByText(amount)).toBeVisible());
    expect(entries[0]).toHaveTextContent('Unnamed sources cited in the preview');
    expect(entries[1]).toHaveTextContent('“more than 3,000 and counting”');
    expect(entries[1]).toHaveTextContent('President Donald Trump');
    expect(entries[2]).toHaveTextContent('Attorney General Pam Bondi');
    expect(entries[3]).toHaveTextContent('DHS statistics');
    expect(entries[4]).toHaveTextContent('DOJ release');
    expect(entries[4]).toHaveTextContent('Secondary');
    expect(entries[4]).toHaveTextContent('Caveat: May count seizures too');
    expect(entries[2]).not.toHaveTextContent('Caveat');
    expect(within(entries[1] as HTMLElement).getByRole('link', { name: 'Deseret News' })).toHaveAttribute(
      'href',
      'https://www.deseret.com/politics/2025/10/23/trump-cartel-arrests-isis-homeland-security-task-force',
    );
    expect(window.location.search).toBe('?focus=arrests-doj');
    expect(entries[4]).toHaveAttribute('aria-current', 'true');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the history from the keyboard (Enter and Space)', async () => {
    const { user } = renderApp();
    const list = await cards();
    const button = within(list).getByRole('button', { name: 'Firearms: See all 3 reports' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Firearms: every report' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Close' }));

    within(await cards())
      .getByRole('button', { name: 'Currency: See all 3 reports' })
      .focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('dialog', { name: 'Currency: every report' })).toBeVisible();
  });

  it('opens the surge group from a link to one of its figures', async () => {
    renderApp('?focus=surge-arrests-fox');
    const surge = await screen.findByRole('region', {
      name: 'A different period: January 2026 human-trafficking surge',
    });
    expect(within(surge).getByRole('button', { name: /A different period/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const target = within(surge).getByRole('listitem', { current: true });
    expect(target).toHaveTextContent('507 people');
    await waitFor(() => expect(target).toHaveFocus());
  });

  it('opens a history from a link to any of its figures and highlights that report', async () => {
    renderApp('?focus=arrests-preview');
    const dialog = await screen.findByRole('dialog', { name: 'Arrests: every report' });
    const current = within(dialog)
      .getAllByRole('listitem')
      .filter((entry) => entry.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Report 1 of 5');
    expect(current[0]).toHaveTextContent('more than 3,000 foreign terrorists');
  });

  it('links a figure to its source entry, and that link closes the history on the source', async () => {
    const { user } = renderApp('?focus=arrests-bondi-roundtable');
    const dialog = await screen.findByRole('dialog', { name: 'Arrests: every report' });
    const entry = within(dialog)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'true') as HTMLElement;
    await user.click(within(entry).getByRole('link', { name: /^The Epoch Times.*source entry$/ }));
    await waitFor(() => expect(window.location.search).toBe('?focus=epoch-1023'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The sections below the headline cards follow a change after it has been painted.
    await waitFor(() =>
      expect(document.getElementById('source-epoch-1023')).toHaveAttribute('aria-current', 'true'),
    );
  });

  it('shows the January 2026 surge apart, labelled as a different period, never added in', async () => {
    const { user } = renderApp();
    const list = await cards();
    const surge = screen.getByRole('region', {
      name: 'A different period: January 2026 human-trafficking surge',
    });
    // Closed at first, one click away.
    const toggle = within(surge).getByRole('button', { name: /A different period/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('11 figures, shown apart');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(surge).toHaveTextContent('507 people');
    expect(surge).toHaveTextContent('not added to them');
    // 3,266 + 507 = 3,773 would be a sum of two periods.
    expect(within(list).getByRole('article', { name: 'Arrests' })).not.toHaveTextContent('3,773');
    expect(within(list).queryByText(/507/)).not.toBeInTheDocument();
  });

  it('limits cards to the selected categories', async () => {
    const { user } = renderApp('?category=drugs');
    const list = await cards();
    expect(
      within(list)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-labelledby')),
    ).toEqual(['kpi-fentanyl-pills', 'kpi-narcotics']);
    const surge = screen.getByRole('region', {
      name: 'A different period: January 2026 human-trafficking surge',
    });
    // Its figures are drawn when the reader opens the group.
    await user.click(within(surge).getByRole('button', { expanded: false }));
    await waitFor(() => expect(surge).toHaveTextContent('1,109 pounds'));
    expect(surge).not.toHaveTextContent('507 people');
  });

  it('shows only a chosen category’s cards, and every card again once it is taken off', async () => {
    const { user } = renderApp();
    const list = await cards();
    const measures = ['Arrests', 'Fentanyl pills', 'Narcotics (total weight)', 'Firearms', 'Currency'];
    // The cards a reader can see (and a screen reader reach), by name.
    const shown = () => measures.filter((name) => within(list).queryByRole('article', { name }) !== null);
    const categories = screen.getByRole('group', { name: 'Category' });
    await user.click(within(categories).getByRole('button', { name: 'Firearms' }));
    expect(shown()).toEqual(['Firearms']);
    await user.click(within(categories).getByRole('button', { name: 'Firearms' }));
    expect(shown()).toEqual(measures);
    expect(within(list).getByRole('article', { name: 'Arrests' })).toHaveTextContent('3,266 people');
  });

  it('shows an empty state with a way out when no category is selected', async () => {
    const { user } = renderApp('?category=');
    const section = await screen.findByRole('region', { name: 'Headline figures' });
    expect(within(section).getByText('No outcome categories are selected.')).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Show all categories' }));
    expect(await cards()).toBeVisible();
    expect(window.location.search).toBe('');
  });
});

describe('headline card derivation', () => {
  const period = mainPeriod(dataset);

  it('keeps successive reports as a history, latest last, without adding them', () => {
    const arrests = headlineCards(dataset, period, ALL).find((c) => c.metric.id === 'arrests');
    expect(arrests?.history.map((f) => f.id)).toEqual([
      'arrests-preview',
      'arrests-trump-roundtable',
      'arrests-bondi-roundtable',
      'arrests-dhs',
      'arrests-doj',
    ]);
    expect(arrests?.latest.value).toBe(3266);
    expect(arrests?.best.id).toBe('arrests-bondi-roundtable');
  });

  it('applies the report-date window and the search', () => {
    const until = headlineCards(dataset, period, { ...ALL, to: '2025-10-31' });
    expect(until.find((c) => c.metric.id === 'arrests')?.latest.id).toBe('arrests-bondi-roundtable');
    const searched = headlineCards(dataset, period, { ...ALL, q: 'counting' });
    expect(searched.map((c) => c.metric.id)).toEqual(['arrests']);
  });

  it('keeps other periods in groups of their own', () => {
    const groups = otherPeriodGroups(dataset, period, ALL);
    expect(groups.map((g) => g.period.id)).toEqual(['jan-2026-surge']);
    expect(groups[0]?.figures.every((f) => f.periodId === 'jan-2026-surge')).toBe(true);
  });
});
