import { DEFAULT_LANGUAGE, type Language } from './language';
import { en, type Messages } from './messages';

/**
 * English is in the initial bundle; every other language is a chunk of its own, fetched
 * only when a reader asks for it, so the initial JavaScript does not grow with languages.
 */
const loaders: Record<Exclude<Language, typeof DEFAULT_LANGUAGE>, () => Promise<Messages>> = {
  es: () => import('./es/messages').then((module) => module.es),
};

const loaded = new Map<Language, Messages>([[DEFAULT_LANGUAGE, en]]);
const pending = new Map<Language, Promise<Messages>>();

/** The messages of a language if its chunk has arrived; pure, so it may be read while rendering. */
export function loadedMessages(language: Language): Messages | undefined {
  return loaded.get(language);
}

/** Fetches a language's chunk once; later calls share the same promise. */
export function loadMessages(language: Language): Promise<Messages> {
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
  return promise ?? Promise.resolve(en);
}
