import { useEffect, useSyncExternalStore, type MouseEvent } from 'react';

import { prefersSpanish, SPANISH_OFFER } from '../i18n/language';
import { loadMessages } from '../i18n/load-messages';
import { useLocationSnapshot, useLocationStore } from '../view-state/location-store';
import { languageOf, searchWithLanguage } from '../view-state/view-state';

export const SPANISH_OFFER_STORAGE_KEY = 'hstf-spanish-offer';

function wasDismissed(): boolean {
  try {
    return window.localStorage.getItem(SPANISH_OFFER_STORAGE_KEY) === 'dismissed';
  } catch {
    return false;
  }
}

/**
 * Whether the offer is shown, kept outside React so the header's copies in the loading
 * and loaded states agree (no flicker when the data arrives). `false` until decided, on
 * the server and in the first render alike.
 */
let offered = false;
let decided = false;
const listeners = new Set<() => void>();

function subscribeOffer(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setOffered(value: boolean) {
  offered = value;
  for (const listener of listeners) listener();
}

function decideOffer() {
  if (decided) return;
  decided = true;
  setOffered(prefersSpanish(navigator.languages ?? [navigator.language]) && !wasDismissed());
}

/** Forgets the decision (tests open the app many times in one page). */
export function resetSpanishOffer() {
  decided = false;
  offered = false;
}

function dismissOffer() {
  try {
    window.localStorage.setItem(SPANISH_OFFER_STORAGE_KEY, 'dismissed');
  } catch {
    // Storage disabled: the offer comes back next visit, which is harmless.
  }
  setOffered(false);
}

/**
 * "Ver en español" for a reader whose browser prefers Spanish, on an English view. The
 * language never changes by itself (a link must open in the language it names); this
 * only offers. Decided in an effect, so the first render (and a prerender) is the same
 * for everyone. Once dismissed it stays away in this browser.
 */
export function SpanishOffer() {
  const store = useLocationStore();
  const { search } = useLocationSnapshot();
  const shown = useSyncExternalStore(
    subscribeOffer,
    () => offered,
    () => false,
  );

  // The browser's languages and storage are read only after mounting.
  useEffect(decideOffer, []);

  if (!shown || languageOf(search) !== 'en') return null;

  const href = searchWithLanguage(search, 'es');
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const go = () => store.navigate(searchWithLanguage(store.currentSearch(), 'es'), { history: 'push' });
    loadMessages('es').then(go, go);
  };

  return (
    <aside
      lang="es"
      aria-label={SPANISH_OFFER.text}
      className="flex flex-wrap items-center gap-2 rounded border border-sky-800 px-3 py-1.5 text-sm print:hidden dark:border-sky-300"
    >
      <a
        href={`./${href}`}
        hrefLang="es"
        onClick={onClick}
        className="font-medium underline decoration-1 underline-offset-2 hover:decoration-2"
      >
        {SPANISH_OFFER.text}
      </a>
      <button
        type="button"
        onClick={dismissOffer}
        aria-label={SPANISH_OFFER.dismissLabel}
        className="rounded border border-slate-400 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
      >
        {SPANISH_OFFER.dismiss}
      </button>
    </aside>
  );
}
