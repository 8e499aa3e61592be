import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { I18nProvider } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';
import { useLanguage } from '../view-state/use-language';
import { Dashboard } from './dashboard';
import { ErrorBoundary } from './error-boundary';
import { createQueryClient } from './query-client';
import { useLanguageMessages } from './use-language-messages';

export interface AppProps {
  /** Tests pass their own client so each starts with an empty cache. */
  queryClient?: QueryClient;
  /** Overrides the language of the link (tests). */
  messages?: Messages;
}

export function App({ queryClient, messages }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const linked = useLanguageMessages(useLanguage());
  const shown = messages ?? linked;

  useEffect(() => {
    // Screen readers pick their voice from it; it follows the text actually shown.
    document.documentElement.lang = shown.lang;
  }, [shown.lang]);

  return (
    <I18nProvider messages={shown}>
      <QueryClientProvider client={client}>
        <ErrorBoundary>
          <Dashboard />
        </ErrorBoundary>
      </QueryClientProvider>
    </I18nProvider>
  );
}
