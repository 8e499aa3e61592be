import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { I18nProvider } from '../i18n/i18n';
import { en, type Messages } from '../i18n/messages';
import { createLocationStore, LocationStoreContext, type LocationStore } from '../view-state/location-store';
import { Dashboard } from './dashboard';
import { ErrorBoundary } from './error-boundary';
import { createQueryClient } from './query-client';

export interface AppProps {
  /** Tests pass their own client so each starts with an empty cache. */
  queryClient?: QueryClient;
  messages?: Messages;
  /** Tests pass their own to control the clock that groups keystrokes into one history entry. */
  locationStore?: LocationStore;
}

export function App({ queryClient, messages = en, locationStore }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // One per app, so nothing (the ignored-input notice, the typing clock) outlives it.
  const [store] = useState(() => locationStore ?? createLocationStore());
  return (
    <I18nProvider messages={messages}>
      <QueryClientProvider client={client}>
        <LocationStoreContext value={store}>
          <ErrorBoundary>
            <Dashboard />
          </ErrorBoundary>
        </LocationStoreContext>
      </QueryClientProvider>
    </I18nProvider>
  );
}
