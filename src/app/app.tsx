import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { I18nProvider } from '../i18n/i18n';
import { en, type Messages } from '../i18n/messages';
import { Dashboard } from './dashboard';
import { ErrorBoundary } from './error-boundary';
import { createQueryClient } from './query-client';

export interface AppProps {
  /** Tests pass their own client so each starts with an empty cache. */
  queryClient?: QueryClient;
  messages?: Messages;
}

export function App({ queryClient, messages = en }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nProvider messages={messages}>
      <QueryClientProvider client={client}>
        <ErrorBoundary>
          <Dashboard />
        </ErrorBoundary>
      </QueryClientProvider>
    </I18nProvider>
  );
}
