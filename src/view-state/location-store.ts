import { createContext, useContext, useSyncExternalStore } from 'react';

import { itemPageAt, searchOnPage, searchWithFocus, type ItemPage } from './item-path';
import type { IgnoredInput } from './view-state';

/**
 * The address bar as an external store for `useSyncExternalStore`. Reading
 * `window` happens only in the store's callbacks, never while rendering on a
 * server (the server snapshot is the default view).
 *
 * One store per app (created in `App`, handed down by `LocationStoreContext`):
 * the "ignored" list and the coalescing clock used to live in module variables,
 * so one test's notice leaked into the next and two apps on a page shared them.
 */

interface LocationSnapshot {
  /**
   * The view's query. On an item page (`claims/<id>/`, item-path.ts) it holds the
   * `focus=<id>` that the path stands for, so the rest of the app reads one query.
   */
  search: string;
  /** What the last canonicalisation dropped from the link, for the notice. */
  ignored: readonly IgnoredInput[];
  /** The item page the address is, or `null` on the dashboard's own page. */
  page: ItemPage | null;
}

export type NavigateMode =
  | { history: 'push' }
  | { history: 'replace' }
  /** Push once, then replace while the same control keeps changing (typing in search). */
  | { history: 'coalesce'; key: string };

export interface LocationStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): LocationSnapshot;
  getServerSnapshot(): LocationSnapshot;
  /** The address as it is now, not as it was when the last render read it. */
  currentSearch(): string;
  navigate(search: string, mode: NavigateMode): void;
  /** Rewrites the address to canonical form without a history entry, remembering what was dropped. */
  canonicalise(search: string, dropped: readonly IgnoredInput[]): void;
  dismissIgnored(): void;
}

const SERVER_SNAPSHOT: LocationSnapshot = { search: '', ignored: [], page: null };
/** Typing bursts closer together than this share one history entry. */
export const COALESCE_MS = 700;

interface LocationStoreOptions {
  /** The clock that decides whether keystrokes belong to one burst; tests pass their own. */
  now?: () => number;
  /** The item page prerendered (the build) or being hydrated (boot); `null`: the dashboard's page. */
  page?: ItemPage | null;
}

export function createLocationStore({
  now = () => Date.now(),
  page = null,
}: LocationStoreOptions = {}): LocationStore {
  const listeners = new Set<() => void>();
  const serverSnapshot: LocationSnapshot = page
    ? { ...SERVER_SNAPSHOT, search: searchWithFocus('', page.id), page }
    : SERVER_SNAPSHOT;
  // The server's own empty list, so that a plain address gives the very same snapshot object as
  // the server: hydrating the prerendered page then sees no change, and re-renders nothing.
  let ignored: readonly IgnoredInput[] = SERVER_SNAPSHOT.ignored;
  let snapshot: LocationSnapshot = serverSnapshot;
  let lastCoalesce: { key: string; at: number } | null = null;
  // The site's root path, read once: an item page's <base href="../../"> names it, and the
  // browser keeps that base when the address changes (the page itself has none: its folder).
  let rootPath: string | null = null;
  const pageHere = (): ItemPage | null => {
    rootPath ??= new URL('./', document.baseURI).pathname;
    return itemPageAt(window.location.pathname, rootPath);
  };
  const searchHere = (): string => {
    const here = pageHere();
    return here ? searchWithFocus(window.location.search, here.id) : window.location.search;
  };

  const emit = () => {
    for (const listener of listeners) listener();
  };
  const onPopState = () => {
    lastCoalesce = null;
    emit();
  };
  // On an item page a view that still focuses its item keeps the page's path; any other view
  // is the dashboard's own page, the site's root (docs/item-pages.md).
  const urlOf = (search: string) => {
    const here = pageHere();
    const onPage = here ? searchOnPage(search, here.id) : search;
    if (onPage === null) return `${rootPath ?? ''}${search}`;
    return `${window.location.pathname}${onPage}${window.location.hash}`;
  };

  return {
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('popstate', onPopState);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
      };
    },
    getSnapshot() {
      const search = searchHere();
      const here = pageHere();
      if (search !== snapshot.search || ignored !== snapshot.ignored || here?.path !== snapshot.page?.path) {
        snapshot = { search, ignored, page: here };
      }
      return snapshot;
    },
    getServerSnapshot: () => serverSnapshot,
    currentSearch: searchHere,
    navigate(search, mode) {
      if (search === searchHere()) return;
      let replace = mode.history === 'replace';
      if (mode.history === 'coalesce') {
        const at = now();
        replace =
          lastCoalesce !== null && lastCoalesce.key === mode.key && at - lastCoalesce.at < COALESCE_MS;
        lastCoalesce = { key: mode.key, at };
      } else {
        lastCoalesce = null;
      }
      if (replace) window.history.replaceState(window.history.state, '', urlOf(search));
      else window.history.pushState(window.history.state, '', urlOf(search));
      emit();
    },
    canonicalise(search, dropped) {
      if (dropped.length > 0) ignored = dropped;
      if (search !== searchHere()) {
        window.history.replaceState(window.history.state, '', urlOf(search));
      }
      emit();
    },
    dismissIgnored() {
      ignored = SERVER_SNAPSHOT.ignored;
      emit();
    },
  };
}

/** Provided once by `App`; `null` outside it, which `useViewState` reports as a mistake. */
export const LocationStoreContext = createContext<LocationStore | null>(null);

/** The app's location store; every component that reads or changes the address uses this one. */
export function useLocationStore(): LocationStore {
  const store = useContext(LocationStoreContext);
  if (store === null) throw new Error('This component needs the LocationStoreContext that App provides.');
  return store;
}

/**
 * The path of the item page the address is (`claims/<id>/`), or `null`: re-renders only when
 * that changes, not on every change of the view (the sections below are memoised).
 */
export function usePagePath(): string | null {
  const store = useLocationStore();
  return useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot().page?.path ?? null,
    () => store.getServerSnapshot().page?.path ?? null,
  );
}

/** The address (and the last "ignored" list), re-rendering when either changes. */
export function useLocationSnapshot(): LocationSnapshot {
  const store = useLocationStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
