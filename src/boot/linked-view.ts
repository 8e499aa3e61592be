import { useLayoutEffect } from 'react';

import { useLocationSnapshot, useLocationStore } from '../view-state/location-store';
import { revealLinkedView } from './page-marks';

/**
 * A static host serves the one prerendered page (the default view) for every address. When
 * the address has a query, the before-paint script marks <html> before the first paint
 * (LINKED_VIEW_ATTRIBUTE, page-contract.js), and the stylesheet hides the prerendered
 * content, keeping its layout, until the app has drawn the view the link asks for: a reader
 * never sees figures the link's filters exclude, and nothing shifts.
 *
 * Lifts the mark once the rendered view is the one in the address bar. Hydration renders
 * the server's snapshot (the default view) first, so the first commit is not enough: only a
 * commit whose snapshot matches the live address counts.
 *
 * A layout effect, so the view is shown before any passive effect of the same commit runs:
 * a `focus=` card moves focus in its own effect, which runs before this component's (children
 * first), and an element still hidden cannot take focus.
 */
export function useRevealLinkedView(): void {
  const store = useLocationStore();
  const location = useLocationSnapshot();
  useLayoutEffect(() => {
    // The store's own reading of the address: on an item page it adds the path's `focus`.
    if (location.search === store.currentSearch()) revealLinkedView();
  }, [location, store]);
}
