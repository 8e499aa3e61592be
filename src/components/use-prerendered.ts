import { createContext, useContext } from 'react';

/**
 * True while the page is rendered at build time and while the browser hydrates it; App
 * turns it off after hydration, in a transition (app.tsx). What the prerendered page holds
 * for readers without JavaScript can differ from a client render this way, without a
 * hydration mismatch.
 *
 * A context rather than `useSyncExternalStore` with a server snapshot: the store's
 * snapshot changing after hydration made React re-render at once, synchronously, and a
 * synchronous update hydrated every section still waiting in one task of most of a second
 * on a slow phone, where a transition hydrates in slices between which input is handled.
 */
export const PrerenderedContext = createContext(false);

export function usePrerendered(): boolean {
  return useContext(PrerenderedContext);
}
