import { screen, waitFor, within } from '@testing-library/react';

import type * as PeopleModule from '../src/sections/people/people-section';
import { renderApp } from './render-app';

/** Whether the people section throws when it renders; the test flips it to recover. */
const people = vi.hoisted(() => {
  // The setup file has already loaded the lazy sections (as the browser's boot does); clear
  // that cache so the app imports the mocked people section below.
  vi.resetModules();
  return { failing: true };
});

vi.mock('../src/sections/people/people-section', async (importOriginal) => {
  const original = await importOriginal<typeof PeopleModule>();
  return {
    ...original,
    PeopleSection: (props: Parameters<typeof original.PeopleSection>[0]) => {
      if (people.failing) throw new Error('people section failed for the test');
      return original.PeopleSection(props);
    },
  };
});

describe('a section that throws', () => {
  it('shows its error in its place with Retry, the other sections keep working, and Retry recovers', async () => {
    // React reports the caught error on the console; the test expects exactly that.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderApp();

    // The section loads in a chunk of its own: its placeholder region comes first, then the error.
    const alert = await waitFor(() =>
      within(screen.getByRole('region', { name: 'People involved' })).getByRole('alert'),
    );
    expect(alert).toHaveTextContent('People involved: this part could not be shown');
    expect(alert).toHaveTextContent('people section failed for the test');

    // The rest of the dashboard still works: headline figures, the timeline, the sources, the filters.
    expect(screen.getByRole('list', { name: 'Headline figures' })).toBeVisible();
    expect(await screen.findByRole('region', { name: 'Timeline of events' })).toBeVisible();
    expect(await screen.findByRole('table', { name: 'Sources, with what relies on each one' })).toBeVisible();
    const filters = screen.getByRole('region', { name: 'Filters' });
    await user.click(within(filters).getByRole('button', { name: 'Arrests' }));
    expect(within(filters).getByRole('button', { name: 'Arrests' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toBe('?category=arrests');

    people.failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const recovered = await screen.findByRole('region', { name: 'People involved' });
    expect(within(recovered).queryByRole('alert')).not.toBeInTheDocument();
    expect(await within(recovered).findByRole('heading', { name: 'Pam Bondi' })).toBeVisible();
    consoleError.mockRestore();
  });
});
