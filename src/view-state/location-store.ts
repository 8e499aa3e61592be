import { createContext, useContext, useSyncExternalStore } from 'react';

import type { ItemPage } from './item-path';
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
  /** The view's query; on an item page it holds the `focus=<id>` its path stands for. */
  search: string;
  /** What the last canonicalisation dropped from the link, for the notice. */
  ignored: readonly IgnoredInput[];
  /** The item page the address is (docs/item-pages.md); absent on the dashboard's own page. */
  page?: ItemPage | null;
}

/**
 * How the address bar holds a view. The dashboard's page: the view is the query. An item
 * page (`claims/<id>/`) maps its path to `focus=<id>`: `src/view-state/item-page-address.ts`,
 * loaded only there.
 */
export interface AddressMapping {
  /** The view's query as the address holds it now. */
  search(): string;
  /** The item page the address is now. */
  page(): ItemPage | null;
  /** The address (path, query, hash) to write for a view's query. */
  urlOf(search: string): string;
  /** What the prerendered page holds, for hydration. */
  server: LocationSnapshot;
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

const SERVER_SNAPSHOT: LocationSnapshot = { search: '', ignored: [] };
/** Typing bursts closer together than this share one history entry. */
export const COALESCE_MS = 700;

interface LocationStoreOptions {
  /** The clock that decides whether keystrokes belong to one burst; tests pass their own. */
  now?: () => number;
  /** An item page's mapping of its path (item-page-address.ts); absent: the dashboard's page. */
  address?: AddressMapping;
}

export function createLocationStore({
  now = () => Date.now(),
  address = {
    search: () => window.location.search,
    page: () => null,
    urlOf: (search) => `${window.location.pathname}${search}${window.location.hash}`,
    server: SERVER_SNAPSHOT,
  },
}: LocationStoreOptions = {}): LocationStore {
  const listeners = new Set<() => void>();
  // The server's own empty list, so that a plain address gives the very same snapshot object as
  // the server: hydrating the prerendered page then sees no change, and re-renders nothing.
  let ignored: readonly IgnoredInput[] = address.server.ignored;
  let snapshot: LocationSnapshot = address.server;
  let lastCoalesce: { key: string; at: number } | null = null;

  const emit = () => {
    for (const listener of listeners) listener();
  };
  const onPopState = () => {
    lastCoalesce = null;
    emit();
  };
  const { urlOf } = address;

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
      const search = address.search();
      // The page changes only with the view's query (its path stands for `focus`).
      if (search !== snapshot.search || ignored !== snapshot.ignored) {
        snapshot = { search, ignored, page: address.page() };
      }
      return snapshot;
    },
    getServerSnapshot: () => address.server,
    currentSearch: address.search,
    navigate(search, mode) {
      if (search === address.search()) return;
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
      if (search !== address.search()) {
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

/** The address (and the last "ignored" list), re-rendering when either changes. */
export function useLocationSnapshot(): LocationSnapshot {
  const store = useLocationStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
