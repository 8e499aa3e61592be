import type { IgnoredInput } from './view-state';

/**
 * The address bar as an external store for `useSyncExternalStore`. Reading
 * `window` happens only in the store's callbacks, never while rendering on a
 * server (the server snapshot is the default view).
 */

export interface LocationSnapshot {
  search: string;
  /** What the last canonicalisation dropped from the link, for the notice. */
  ignored: readonly IgnoredInput[];
}

const SERVER_SNAPSHOT: LocationSnapshot = { search: '', ignored: [] };
/** Typing bursts closer together than this share one history entry. */
export const COALESCE_MS = 700;

const listeners = new Set<() => void>();
// The server's own empty list, so that a plain address gives the very same snapshot object as
// the server: hydrating the prerendered page then sees no change, and re-renders nothing.
let ignored: readonly IgnoredInput[] = SERVER_SNAPSHOT.ignored;
let snapshot: LocationSnapshot = SERVER_SNAPSHOT;
let lastCoalesce: { key: string; at: number } | null = null;

function emit(): void {
  for (const listener of listeners) listener();
}

function onPopState(): void {
  lastCoalesce = null;
  emit();
}

export function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

export function getSnapshot(): LocationSnapshot {
  const search = window.location.search;
  if (search !== snapshot.search || ignored !== snapshot.ignored) snapshot = { search, ignored };
  return snapshot;
}

export function getServerSnapshot(): LocationSnapshot {
  return SERVER_SNAPSHOT;
}

export type NavigateMode =
  | { history: 'push' }
  | { history: 'replace' }
  /** Push once, then replace while the same control keeps changing (typing in search). */
  | { history: 'coalesce'; key: string };

export function navigate(search: string, mode: NavigateMode): void {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (search === window.location.search) return;
  let replace = mode.history === 'replace';
  if (mode.history === 'coalesce') {
    const now = Date.now();
    replace = lastCoalesce !== null && lastCoalesce.key === mode.key && now - lastCoalesce.at < COALESCE_MS;
    lastCoalesce = { key: mode.key, at: now };
  } else {
    lastCoalesce = null;
  }
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  emit();
}

/** Rewrites the address to canonical form without a history entry, remembering what was dropped. */
export function canonicalise(search: string, dropped: readonly IgnoredInput[]): void {
  if (dropped.length > 0) ignored = dropped;
  if (search !== window.location.search) {
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }
  emit();
}

export function dismissIgnored(): void {
  ignored = [];
  emit();
}
