import { enCore } from './en/core';
import type { Language } from './language';
import { loadMessages } from './load-messages';
import type { CoreMessages, Messages } from './messages';

/** A promise that says whether it has settled, as React's `use` also reads it. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/** One promise per language's core text, so every render `use`s the same one. */
const promises = new WeakMap<CoreMessages, Tracked<Messages>>();

function isComplete(messages: CoreMessages): messages is Messages {
  // Languages other than English arrive whole, in one chunk.
  return 'outcomes' in messages;
}

/** The whole text of the language of `core`, if it is there; pure, so it may be read while rendering. */
export function loadedSectionMessages(core: CoreMessages): Messages | undefined {
  if (isComplete(core)) return core;
  const promise = promises.get(core);
  return promise?.status === 'fulfilled' ? promise.value : undefined;
}

/**
 * A lazily loaded part's code, once the English text of the parts below the first screen has
 * arrived too: such a part then never suspends for its text while rendering (a suspension
 * there, followed by a render that no longer needs to, is what React reports as error 467).
 */
export function withSectionText<T>(load: Promise<T>): Promise<T> {
  return Promise.all([load, loadSectionMessages()]).then(([value]) => value);
}

/** Fetches the section text of the language of `core` once; later calls return the same promise. */
export function loadSectionMessages(core: CoreMessages = enCore): Promise<Messages> {
  let promise = promises.get(core);
  if (promise) return promise;
  if (isComplete(core)) {
    promise = Object.assign(Promise.resolve(core), { status: 'fulfilled' as const, value: core });
  } else {
    const tracked: Tracked<Messages> = import('./en/sections').then(
      ({ enSections }) => {
        const whole: Messages = { ...core, ...enSections };
        Object.assign(tracked, { status: 'fulfilled', value: whole });
        return whole;
      },
      (error: unknown) => {
        // Forget the failure, so the section's Retry fetches again.
        promises.delete(core);
        throw error;
      },
    );
    promise = tracked;
  }
  promises.set(core, promise);
  return promise;
}

/**
 * Everything a language needs before the page switches to it: its messages and, for
 * English, the sections' text, so the sections do not blink to placeholders on the way.
 */
export function loadWholeLanguage(language: Language): Promise<unknown> {
  return loadMessages(language).then((core) => loadSectionMessages(core));
}
