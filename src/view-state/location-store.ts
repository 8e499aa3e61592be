import { createContext, useContext, useSyncExternalStore } from 'react';

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
  search: string;
  /** What the last canonicalisation dropped from the link, for the notice. */
  ignored: readonly IgnoredInput[];
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
}

export function createLocationStore({ now = () => Date.now() }: LocationStoreOptions = {}): LocationStore {
  const listeners = new Set<() => void>();
  // The server's own empty list, so that a plain address gives the very same snapshot object as
  // the server: hydrating the prerendered page then sees no change, and re-renders nothing.
  let ignored: readonly IgnoredInput[] = SERVER_SNAPSHOT.ignored;
  let snapshot: LocationSnapshot = SERVER_SNAPSHOT;
  let lastCoalesce: { key: string; at: number } | null = null;

  const emit = () => {
    for (const listener of listeners) listener();
  };
  const onPopState = () => {
    lastCoalesce = null;
    emit();
  };
  const urlOf = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

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
      const search = window.location.search;
      if (search !== snapshot.search || ignored !== snapshot.ignored) snapshot = { search, ignored };
      return snapshot;
    },
    getServerSnapshot: () => SERVER_SNAPSHOT,
    currentSearch: () => window.location.search,
    navigate(search, mode) {
      if (search === window.location.search) return;
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
      if (search !== window.location.search) {
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
