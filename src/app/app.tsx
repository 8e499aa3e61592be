import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useState, type ReactNode } from 'react';

import { PrerenderedContext } from '../components/use-prerendered';

import { I18nProvider } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';
import { createLocationStore, LocationStoreContext, type LocationStore } from '../view-state/location-store';
import { useLanguage } from '../view-state/use-language';
import { Dashboard } from './dashboard';
import { ErrorBoundary } from './error-boundary';
import { createQueryClient } from './query-client';
import { useLanguageMessages } from './use-language-messages';

interface AppProps {
  /** Tests pass their own client so each starts with an empty cache. */
  queryClient?: QueryClient;
  /** Overrides the language of the link (tests). */
  messages?: Messages;
  /** Tests pass their own to control the clock that groups keystrokes into one history entry. */
  locationStore?: LocationStore;
  /**
   * The page is being prerendered, or its prerendered HTML hydrated: render what the
   * prerendered page holds (usePrerendered). Turned off once hydration has committed.
   */
  prerendered?: boolean;
  /** Called once, after the first commit: the prerendered page hydrated, or the page rendered. */
  onStarted?: () => void;
}

export function App({
  queryClient,
  messages,
  locationStore,
  prerendered: fromPrerender = false,
  onStarted,
}: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // One per app, so nothing (the ignored-input notice, the typing clock) outlives it.
  const [store] = useState(() => locationStore ?? createLocationStore());
  const [prerendered, setPrerendered] = useState(fromPrerender);
  useEffect(() => {
    // A transition, like the hydration before it: React renders it in slices, and any
    // section still waiting to hydrate does so in slices too rather than in one long task.
    if (!prerendered) return;
    startTransition(() => setPrerendered(false));
  }, [prerendered]);
  useEffect(() => {
    onStarted?.();
  }, [onStarted]);
  return (
    <PrerenderedContext value={prerendered}>
      <LocationStoreContext value={store}>
        <Localised messages={messages}>
          <QueryClientProvider client={client}>
            <ErrorBoundary>
              <Dashboard />
            </ErrorBoundary>
          </QueryClientProvider>
        </Localised>
      </LocationStoreContext>
    </PrerenderedContext>
  );
}

/** The interface text of the link's language (`lang=`), or the messages a test passes. */
function Localised({ messages, children }: { messages: Messages | undefined; children: ReactNode }) {
  const linked = useLanguageMessages(useLanguage());
  const shown = messages ?? linked;

  useEffect(() => {
    // Screen readers pick their voice from it; it follows the text actually shown. Set only
    // when it differs: Chrome restyles the whole page whenever it is set, even to the same
    // value, which the prerendered page already has.
    const root = document.documentElement;
    if (root.lang !== shown.lang) root.lang = shown.lang;
  }, [shown.lang]);

  return <I18nProvider messages={shown}>{children}</I18nProvider>;
}
