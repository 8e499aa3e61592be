import { enCore } from './en/core';
import type { Language } from './language';
import { loadMessages } from './load-messages';
import type { CoreMessages, Messages } from './messages';

/** A language's whole text, once its section text has arrived. */
const complete = new WeakMap<CoreMessages, Messages>();
const pending = new WeakMap<CoreMessages, Promise<Messages>>();

function isComplete(messages: CoreMessages): messages is Messages {
  // Languages other than English arrive whole, in one chunk.
  return 'outcomes' in messages;
}

/** The whole text of the language of `core`, if it is there; pure, so it may be read while rendering. */
export function loadedSectionMessages(core: CoreMessages): Messages | undefined {
  return isComplete(core) ? core : complete.get(core);
}

/** Fetches the section text of the language of `core` once; later calls share the promise. */
export function loadSectionMessages(core: CoreMessages = enCore): Promise<Messages> {
  const ready = loadedSectionMessages(core);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(core);
  if (!promise) {
    promise = import('./en/sections').then(
      ({ enSections }) => {
        const whole: Messages = { ...core, ...enSections };
        complete.set(core, whole);
        return whole;
      },
      (error: unknown) => {
        // Forget the failure, so the section's Retry fetches again.
        pending.delete(core);
        throw error;
      },
    );
    pending.set(core, promise);
  }
  return promise;
}

/**
 * Everything a language needs before the page switches to it: its messages and, for
 * English, the sections' text, so the sections do not blink to placeholders on the way.
 */
export function loadWholeLanguage(language: Language): Promise<unknown> {
  return loadMessages(language).then((core) => loadSectionMessages(core));
}
