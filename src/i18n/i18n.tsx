import { createContext, use, type ReactNode } from 'react';

import { enCore } from './en/core';
import { loadedSectionMessages, loadSectionMessages } from './section-messages';
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
 * keeps their text in a chunk of its own, which boot fetches at once and the sections'
 * loaders wait for; until it has arrived a section suspends (its placeholder shows, or the
 * prerendered HTML stays).
 */
export function useSectionMessages(): Messages {
  const core = use(I18nContext);
  // The sections' loaders wait for the text too (later-sections.tsx), so it is normally in
  // before they render; `use` suspends only if it is not (a language reached with Back).
  return loadedSectionMessages(core) ?? use(loadSectionMessages(core));
}

/** For class components, which cannot call hooks. */
export const I18nContextConsumer = I18nContext.Consumer;
