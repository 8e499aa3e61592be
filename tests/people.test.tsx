import { screen, waitFor, within } from '@testing-library/react';

import { renderApp, showEveryPage } from './render-app';

async function people() {
  return screen.findByRole('region', { name: 'People involved' });
}

function cardNames(section: HTMLElement, list: 'Officials' | 'Law-enforcement association representatives') {
  const found = within(section).queryByRole('list', { name: list });
  if (!found) return [];
  return within(found)
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 4 }).textContent);
}

function card(section: HTMLElement, name: string) {
  return within(section).getByRole('article', { name });
}

// The whole app renders for each test; under a parallel run, interactions can take seconds.
describe('people: cards', () => {
  it('shows a card per official and the association representatives apart, marked single-source', async () => {
    const { user } = renderApp();
    const section = await people();
    expect(within(section).getByText('Showing all 14 people')).toBeVisible();
    // A row of five officials, then the rest on request.
    expect(cardNames(section, 'Officials')).toHaveLength(5);
    await showEveryPage(section, user);
    expect(cardNames(section, 'Officials')).toEqual([
      'Donald Trump',
      'Stephen Miller',
      'Kristi Noem',
      'Pam Bondi',
      'Todd Blanche',
      'Pete Hegseth',
      'Kash Patel',
      'Tulsi Gabbard',
      'Abigail Jackson',
    ]);
    const associations = cardNames(section, 'Law-enforcement association representatives');
    expect(associations).toHaveLength(5);
    for (const name of associations) {
      expect(within(card(section, name ?? '')).getByText('Single source')).toBeVisible();
    }
    expect(within(card(section, 'Donald Trump')).queryByText('Single source')).not.toBeInTheDocument();
  });

  it('gives Hegseth both the statutory title and the secondary one, with the date of the order', async () => {
    const { user } = renderApp();
    const section = await people();
    await showEveryPage(section, user);
    const hegseth = card(section, 'Pete Hegseth');
    expect(hegseth).toHaveTextContent('Secretary of Defense');
    // The secondary title is among the card's details.
    await user.click(within(hegseth).getByRole('button', { name: 'Details: Pete Hegseth' }));
    expect(hegseth).toHaveTextContent(
      'Secretary of War (secondary title since Sep 5, 2025), by executive order',
    );
  });

  it('shows role, agency, appearance and later dated changes', async () => {
    const { user } = renderApp();
    const section = await people();
    await showEveryPage(section, user);
    const noem = card(section, 'Kristi Noem');
    expect(noem).toHaveTextContent('Secretary of Homeland Security');
    expect(noem).toHaveTextContent('Department of Homeland Security');
    expect(noem).toHaveTextContent('Attendee');
    // Dated changes are among the card's details.
    await user.click(within(noem).getByRole('button', { name: 'Details: Kristi Noem' }));
    expect(noem).toHaveTextContent(/Mar 5, 2026: Markwayne Mullin named to replace her/);
    expect(card(section, 'Donald Trump')).toHaveTextContent('Host');
    expect(card(section, 'Abigail Jackson')).toHaveTextContent('Quoted');
  });

  it('opens a card by keyboard to show quotes with sources and the figures the person announced', async () => {
    const { user } = renderApp();
    const section = await people();
    const bondi = card(section, 'Pam Bondi');
    const toggle = within(bondi).getByRole('button', { name: 'Details: Pam Bondi' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // A closed card's details are not drawn at all (src/components/panel-content.tsx).
    expect(within(bondi).queryByText(/Ninety-one tons of drugs have been seized/)).toBeNull();

    toggle.focus();
    await user.keyboard('{Enter}');
    // Waited for: on a busy machine the opened card's content can commit a little later.
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    expect(await within(bondi).findByText('Ninety-one tons of drugs have been seized')).toBeVisible();
    const figures = within(bondi).getByRole('list', { name: 'Figures announced' });
    expect(figures).toHaveTextContent('Arrests: more than 3,200 people');
    expect(figures).toHaveTextContent('2,300 kg');
    for (const link of within(bondi).getAllByRole('link', { name: /Epoch Times/ }))
      expect(link).toBeVisible();
    // Opening by hand does not change the view: only a shared link's focus does.
    expect(window.location.search).toBe('');

    const figureLink = within(figures).getByRole('link', { name: /Arrests: more than 3,200 people/ });
    expect(figureLink).toHaveAttribute('href', './claims/arrests-bondi-roundtable/');
    await user.click(figureLink);
    await waitFor(() => expect(window.location.search).toBe('?focus=arrests-bondi-roundtable'));

    toggle.focus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('lists the named groups with aliases and where each is mentioned', async () => {
    const { user } = renderApp();
    const section = await people();
    const groups = within(section).getByRole('list', { name: 'Named groups' });
    // One line per group; aliases and mentions open under it.
    const toggles = within(groups).getAllByRole('button');
    [
      /^Sinaloa Cartel/,
      /^Cártel de Jalisco Nueva Generación \(CJNG\)/,
      /^MS-13/,
      /^Tren de Aragua/,
      /^La Nueva Familia Michoacana/,
    ].forEach((name, i) => expect(toggles[i]).toHaveAccessibleName(name));
    expect(within(groups).queryByText(/“Cartel Jalisco Nuevo Generacion”/)).toBeNull();
    await user.click(toggles[1] as HTMLElement);
    expect(toggles[1]).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(groups).getByText(
        /“Cartel Jalisco Nuevo Generacion” \(Misspelling in the theunn\.com copy of the Fox News Digital preview\)/,
      ),
    ).toBeVisible();
    await user.click(toggles[4] as HTMLElement);
    // The group's own details (other groups may say the same of themselves).
    const details = document.getElementById(toggles[4]?.getAttribute('aria-controls') ?? '');
    expect(
      within(details as HTMLElement).getByText(/Named by the President at the White House roundtable/),
    ).toBeVisible();
  });
});

describe('people: filters from the URL', () => {
  it('filters by agency, hiding the association representatives', async () => {
    renderApp('?agency=doj');
    const section = await people();
    // The FBI is part of the DOJ, so its director is included.
    expect(within(section).getByText('Showing 3 of 14 people')).toBeVisible();
    expect(cardNames(section, 'Officials')).toEqual(['Pam Bondi', 'Todd Blanche', 'Kash Patel']);
    expect(cardNames(section, 'Law-enforcement association representatives')).toEqual([]);
  });

  it('filters by several agencies', async () => {
    renderApp('?agency=fbi,odni');
    const section = await people();
    expect(cardNames(section, 'Officials')).toEqual(['Kash Patel', 'Tulsi Gabbard']);
  });

  it('searches names, roles, organisations and quotes, case-insensitively', async () => {
    renderApp('?q=SHERIFF');
    const section = await people();
    expect(within(section).getByText('Showing 2 of 14 people')).toBeVisible();
    expect(cardNames(section, 'Officials')).toEqual([]);
    expect(cardNames(section, 'Law-enforcement association representatives')).toEqual([
      'Chris West',
      'Megan Noland',
    ]);
  });

  it('finds a person by the words of a quote', async () => {
    renderApp('?q=fentanyl powder');
    const section = await people();
    expect(cardNames(section, 'Officials')).toEqual(['Pam Bondi']);
  });

  it('finds a person by the secondary title', async () => {
    renderApp('?q=secretary of war');
    const section = await people();
    expect(cardNames(section, 'Officials')).toEqual(['Pete Hegseth']);
  });

  it('combines agency and search', async () => {
    renderApp('?agency=white-house&q=advisor');
    const section = await people();
    expect(within(section).getByText('Showing 1 of 14 people')).toBeVisible();
    expect(cardNames(section, 'Officials')).toEqual(['Stephen Miller']);
  });

  it('searches group names and aliases, accent-insensitively', async () => {
    renderApp('?q=generacion');
    const section = await people();
    const groups = within(section).getByRole('list', { name: 'Named groups' });
    expect(groups).toHaveTextContent('CJNG');
    expect(groups).not.toHaveTextContent('Sinaloa');
  });

  it('shows an empty state with a way out when no one matches', async () => {
    const { user } = renderApp('?agency=dhs&q=bondi');
    const section = await people();
    expect(within(section).getByText('Showing 0 of 14 people')).toBeVisible();
    expect(within(section).getByText('No people match the current filters.')).toBeVisible();
    expect(within(section).getByText('No named groups match the search.')).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Clear filters' }));
    expect(await within(section).findByText('Showing all 14 people')).toBeVisible();
    expect(window.location.search).toBe('');
  });

  it('treats an empty agency list as none selected', async () => {
    renderApp('?agency=');
    const section = await people();
    expect(within(section).getByText('No people match the current filters.')).toBeVisible();
  });
});

describe('people: focus', () => {
  it('focus=<person id> opens the card, moves focus to it and highlights it', async () => {
    renderApp('?focus=pete-hegseth');
    const section = await people();
    const hegseth = card(section, 'Pete Hegseth');
    await waitFor(() => expect(hegseth).toHaveFocus());
    expect(within(hegseth).getByRole('button', { name: 'Details: Pete Hegseth' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(hegseth).toHaveAttribute('aria-current', 'true');
    expect(card(section, 'Pam Bondi')).not.toHaveAttribute('aria-current');
  });

  it('closing the focused card clears the focus from the URL', async () => {
    const { user } = renderApp('?focus=abigail-jackson');
    const section = await people();
    const jackson = card(section, 'Abigail Jackson');
    expect(within(jackson).getByText(/landmark achievement/)).toBeVisible();
    // A month-precision quote date is shown as the month, never as its first day.
    expect(jackson).toHaveTextContent('Oct 2025');
    expect(jackson).not.toHaveTextContent('Oct 1, 2025');
    await user.click(within(jackson).getByRole('button', { name: 'Details: Abigail Jackson' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() =>
      expect(within(jackson).getByRole('button', { name: 'Details: Abigail Jackson' })).toHaveAttribute(
        'aria-expanded',
        'false',
      ),
    );
  });

  it('offers a way to show a focused person hidden by the filters', async () => {
    // The DOJ now covers the FBI (agencies nest), so a DHS filter is what hides the FBI Director.
    const { user } = renderApp('?agency=dhs&focus=kash-patel');
    const section = await people();
    expect(
      within(section).getByText('The person in the link is hidden by the current filters.'),
    ).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Show all people' }));
    await waitFor(() => expect(window.location.search).toBe('?focus=kash-patel'));
    await waitFor(() => expect(card(section, 'Kash Patel')).toHaveFocus());
  });
});
