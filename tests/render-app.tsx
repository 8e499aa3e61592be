import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { App } from '../src/app/app';

/** Renders the whole app, as a reader would open it, from a URL's query string. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  return { user, queryClient, ...render(<App queryClient={queryClient} />) };
}
