import { createContext, use, type ReactNode } from 'react';

import { en, type Messages } from './messages';

const I18nContext = createContext<Messages>(en);

export function I18nProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  return <I18nContext value={messages}>{children}</I18nContext>;
}

/** The interface text and locale of the current language. */
export function useMessages(): Messages {
  return use(I18nContext);
}

/** For class components, which cannot call hooks. */
export const I18nContextConsumer = I18nContext.Consumer;
