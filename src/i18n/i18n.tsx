import { createContext, use, type ReactNode } from 'react';

import { enCore } from './en/core';
import { loadSectionMessages } from './section-messages';
import type { CoreMessages, Messages } from './messages';

const I18nContext = createContext<CoreMessages>(enCore);

export function I18nProvider({ messages, children }: { messages: CoreMessages; children: ReactNode }) {
  return <I18nContext value={messages}>{children}</I18nContext>;
}

/** The interface text and locale of the current language: the first screen's and the shared text. */
export function useMessages(): CoreMessages {
  return use(I18nContext);
}

/**
 * All of the current language's text, for the sections below the first screen. English
 * keeps their text in a chunk of its own: a section suspends (its Suspense placeholder
 * shows, or the prerendered HTML stays) until it has arrived. Boot fetches it at once.
 */
export function useSectionMessages(): Messages {
  const core = use(I18nContext);
  // Always through `use`, with the same promise each time: it reads a settled one at once.
  return use(loadSectionMessages(core));
}

/** For class components, which cannot call hooks. */
export const I18nContextConsumer = I18nContext.Consumer;
