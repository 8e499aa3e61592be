import { QueryClient } from '@tanstack/react-query';
import { render, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';

import { App } from '../src/app/app';

/** Renders the whole app, as a reader would open it, from a URL's query string. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  return { user, queryClient, ...render(<App queryClient={queryClient} />) };
}

/** Presses a list's "Show N more" until the whole list is shown, as a reader who wants all of it. */
export async function showEveryPage(section: HTMLElement, user: UserEvent): Promise<void> {
  let more = within(section).queryByRole('button', { name: /^Show \d+ more/ });
  while (more) {
    await user.click(more);
    more = within(section).queryByRole('button', { name: /^Show \d+ more/ });
  }
}
