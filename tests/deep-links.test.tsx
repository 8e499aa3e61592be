import { act, screen, waitFor, within } from '@testing-library/react';

import type { UserEvent } from '@testing-library/user-event';

import { COALESCE_MS } from '../src/view-state/location-store';
import { renderApp } from './render-app';

const filters = () => screen.getByRole('region', { name: 'Filters' });
const categoryGroup = () => within(filters()).getByRole('group', { name: 'Category' });
const category = (name: string) => within(categoryGroup()).getByRole('button', { name });
const moreFilters = () => within(filters()).getByRole('button', { name: /^More filters/ });

async function ready() {
  await screen.findByRole('region', { name: 'Filters' });
}

/** Opens the "More filters" panel (agency, event type, dates, search). */
async function openMore(user: UserEvent) {
  await user.click(moreFilters());
  expect(moreFilters()).toHaveAttribute('aria-expanded', 'true');
}

function goBack() {
  return act(async () => {
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  });
}

function goForward() {
  return act(async () => {
    window.history.forward();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  });
}

describe('deep links', () => {
  it('opens the view a link describes: filters pressed and checked, chips listed, title set', async () => {
    const { user } = renderApp('?category=drugs&agency=doj,dhs');
    await ready();
    expect(category('Drugs')).toHaveAttribute('aria-pressed', 'true');
    expect(category('Arrests')).toHaveAttribute('aria-pressed', 'false');
    expect(category('All')).toHaveAttribute('aria-pressed', 'false');
    const chips = within(filters()).getByRole('list', { name: 'Active filters' });
    expect(within(chips).getByRole('button', { name: 'Remove filter Category: Drugs' })).toBeVisible();
    expect(
      within(chips).getByRole('button', { name: 'Remove filter Agency: DHS (incl. HSI), DOJ (incl. FBI)' }),
    ).toBeVisible();
    expect(moreFilters()).toHaveAccessibleName('More filters 1 active');
    await openMore(user);
    const agency = within(filters()).getByRole('group', { name: 'Agency' });
    expect(within(agency).getByRole('checkbox', { name: 'DOJ' })).toBeChecked();
    // The FBI is part of the DOJ: included, and not removable on its own while the DOJ is chosen.
    const fbi = within(agency).getByRole('checkbox', { name: 'FBI (included in DOJ)' });
    expect(fbi).toBeChecked();
    expect(fbi).toBeDisabled();
    expect(within(filters()).getByText('2 filters active')).toBeVisible();
    expect(document.title).toBe('Drugs · DHS (incl. HSI), DOJ (incl. FBI) · HSTF Dashboard');
    // The address is rewritten to canonical order (dataset order: DHS before DOJ).
    expect(window.location.search).toBe('?category=drugs&agency=dhs,doj');
  });

  it('limits the headline cards to the chosen category', async () => {
    renderApp('?category=drugs');
    const cards = await screen.findByRole('list', { name: 'Headline figures' });
    expect(within(cards).getByRole('heading', { name: /Fentanyl pills/ })).toBeVisible();
    expect(within(cards).queryByRole('heading', { name: /^Arrests/ })).not.toBeInTheDocument();
  });

  it('pushes one history entry per change, and Back and Forward restore each view', async () => {
    const { user } = renderApp();
    await ready();
    // A category toggle narrows to that category; pressing another adds it.
    await user.click(category('Arrests'));
    expect(window.location.search).toBe('?category=arrests');
    await openMore(user);
    const types = within(filters()).getByRole('group', { name: 'Event type' });
    await user.click(within(types).getByRole('checkbox', { name: 'Speech' }));
    await user.click(within(filters()).getByRole('button', { name: 'Clear all' }));
    expect(window.location.search).toBe('');

    await goBack();
    expect(window.location.search).toContain('type=policy,operation,meeting,report');
    expect(within(types).getByRole('checkbox', { name: 'Speech' })).not.toBeChecked();
    await goBack();
    expect(window.location.search).toBe('?category=arrests');
    expect(within(types).getByRole('checkbox', { name: 'Speech' })).toBeChecked();
    expect(category('Arrests')).toHaveAttribute('aria-pressed', 'true');
    await goBack();
    expect(window.location.search).toBe('');
    expect(category('Arrests')).toHaveAttribute('aria-pressed', 'false');
    expect(category('All')).toHaveAttribute('aria-pressed', 'true');
    await goForward();
    await goForward();
    expect(within(types).getByRole('checkbox', { name: 'Speech' })).not.toBeChecked();
    expect(window.location.search).toContain('type=policy,operation,meeting,report');
  });

  it('Back and Forward restore a chart shown as its table (table=)', async () => {
    const { user } = renderApp();
    await ready();
    const drugs = await screen.findByRole('figure', { name: 'Drugs seized' });
    const toggle = within(drugs).getByRole('button', { name: 'Show as table' });
    await user.click(toggle);
    expect(window.location.search).toBe('?table=drugs-seized');
    // The lower sections follow the address in a background render: wait for what the reader sees.
    expect(await within(drugs).findByRole('table')).toBeVisible();
    expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await goBack();
    expect(window.location.search).toBe('');
    await waitFor(() => expect(within(drugs).queryByRole('table')).not.toBeInTheDocument());
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await goForward();
    expect(window.location.search).toBe('?table=drugs-seized');
    expect(await within(drugs).findByRole('table')).toBeVisible();
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('coalesces typing in the search box into one history entry', async () => {
    const { user } = renderApp();
    await ready();
    await openMore(user);
    const search = () => within(filters()).getByRole('searchbox', { name: 'Search' });
    // A controlled clock: keystrokes in a burst are close together however slowly a busy
    // machine renders, and the pause is exactly longer than the coalescing window.
    let now = 1_000_000;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    await user.type(search(), 'cartel war');
    expect(window.location.search).toBe('?q=cartel%20war');
    expect(document.title).toBe('“cartel war” · HSTF Dashboard');
    now += COALESCE_MS + 1;
    await user.type(search(), 's');
    expect(window.location.search).toBe('?q=cartel%20wars');
    clock.mockRestore();

    // A pause starts a new entry; each burst of typing is one step back.
    await goBack();
    expect(search()).toHaveValue('cartel war');
    await goBack();
    expect(search()).toHaveValue('');
    expect(window.location.search).toBe('');
  });

  it('opens "More filters" on the current view after the view changed while it was closed', async () => {
    const { user } = renderApp('?q=fentanyl&agency=doj');
    await ready();
    await openMore(user);
    const search = () => within(filters()).getByRole('searchbox', { name: 'Search' });
    const doj = () => within(filters()).getByRole('checkbox', { name: 'DOJ' });
    expect(search()).toHaveValue('fentanyl');
    expect(doj()).toBeChecked();
    await user.click(moreFilters());
    expect(moreFilters()).toHaveAttribute('aria-expanded', 'false');

    // Changed with the panel closed: by a chip, and by going back.
    await user.click(within(filters()).getByRole('button', { name: 'Remove filter Search: “fentanyl”' }));
    await waitFor(() => expect(window.location.search).toBe('?agency=doj'));
    await user.click(within(filters()).getByRole('button', { name: /^Remove filter Agency/ }));
    await waitFor(() => expect(window.location.search).toBe(''));
    await goBack();
    expect(window.location.search).toBe('?agency=doj');

    await openMore(user);
    expect(search()).toHaveValue('');
    expect(doj()).toBeChecked();
  });

  it('shows an empty category list as "none selected", with a way back to all', async () => {
    const { user } = renderApp('?category=');
    await ready();
    expect(category('Drugs')).toHaveAttribute('aria-pressed', 'false');
    expect(category('All')).toHaveAttribute('aria-pressed', 'false');
    expect(within(filters()).getByRole('button', { name: 'Remove filter Category: none' })).toBeVisible();
    await user.click(category('All'));
    expect(window.location.search).toBe('');
    expect(category('All')).toHaveAttribute('aria-pressed', 'true');
    expect(category('Drugs')).toHaveAttribute('aria-pressed', 'false');
  });

  it('refuses a date window that ends before it starts, and says why', async () => {
    const { user } = renderApp('?to=2025-09-01');
    await ready();
    await openMore(user);
    const from = within(filters()).getByLabelText('From');
    await user.type(from, '2025-10-01');
    expect(within(filters()).getByRole('alert')).toHaveTextContent(
      'start date must be on or before the end date',
    );
    expect(window.location.search).toBe('?to=2025-09-01');
  });

  it('lists what a hostile link contained, applies the rest and injects nothing', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const hostile =
      '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&focus=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' +
      '&embed=%3Csvg%20onload%3Dalert(1)%3E&category=drugs,bioweapons&from=2025-02-30&utm_source=spam';
    const { user } = renderApp(hostile);
    await ready();
    await openMore(user);
    const box = await screen.findByRole('region', { name: 'Parts of this link were ignored' });
    expect(box).toHaveTextContent(
      'focus “<img src=x onerror=alert(1)>”: no person, event, figure or source has this id',
    );
    expect(box).toHaveTextContent('embed “<svg onload=alert(1)>”: not a known value');
    expect(box).toHaveTextContent('category “bioweapons”: not a known value');
    expect(box).toHaveTextContent('from “2025-02-30”: not a valid date (YYYY-MM-DD)');
    expect(box).toHaveTextContent('utm_source “spam”: not a parameter this dashboard knows');
    // The search text is kept, as text.
    expect(within(filters()).getByRole('searchbox', { name: 'Search' })).toHaveValue(
      '<script>alert(1)</script>',
    );
    // Nothing from the link became markup: no element that could run it exists.
    expect(document.querySelector('script, svg[onload], img[onerror]')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(window.location.search).toBe('?category=drugs&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'),
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(
      screen.queryByRole('heading', { name: 'Parts of this link were ignored' }),
    ).not.toBeInTheDocument();
    alert.mockRestore();
  });

  it('renders one panel alone for an embed, with a link to the full view carrying the filters', async () => {
    renderApp('?category=drugs&embed=kpis');
    expect(await screen.findByRole('list', { name: 'Headline figures' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).not.toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Open full dashboard/ });
    expect(link).toHaveAttribute('href', './?category=drugs');
    expect(link).toHaveAttribute('target', '_blank');
    expect(document.title).toBe('Headline figures · Drugs · HSTF Dashboard');
  });

  it('copies the canonical link and confirms it in a live region', async () => {
    const { user } = renderApp('?agency=fbi,doj');
    await ready();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied to the clipboard.')).toHaveRole('status');
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/?agency=doj`);
  });
});
