import { enCore } from './en/core';
import { DEFAULT_LANGUAGE, type Language } from './language';
import type { CoreMessages } from './messages';

/**
 * English (its core; the sections' text follows them, see section-messages.ts) is in the initial bundle; every other language is a chunk of its own, fetched
 * only when a reader asks for it, so the initial JavaScript does not grow with languages.
 */
const loaders: Record<Exclude<Language, typeof DEFAULT_LANGUAGE>, () => Promise<CoreMessages>> = {
  es: () => import('./es/messages').then((module) => module.es),
};

const loaded = new Map<Language, CoreMessages>([[DEFAULT_LANGUAGE, enCore]]);
const pending = new Map<Language, Promise<CoreMessages>>();

/** The messages of a language if its chunk has arrived; pure, so it may be read while rendering. */
export function loadedMessages(language: Language): CoreMessages | undefined {
  return loaded.get(language);
}

/** Fetches a language's chunk once; later calls share the same promise. */
export function loadMessages(language: Language): Promise<CoreMessages> {
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(language);
  if (!promise && language !== DEFAULT_LANGUAGE) {
    promise = loaders[language]().then(
      (messages) => {
        loaded.set(language, messages);
        pending.delete(language);
        return messages;
      },
      (error: unknown) => {
        // Forget the failure so the next attempt (another click, Back) tries again.
        pending.delete(language);
        throw error;
      },
    );
    pending.set(language, promise);
  }
  return promise ?? Promise.resolve(enCore);
}
