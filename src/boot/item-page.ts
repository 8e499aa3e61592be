import { installPageJumps } from '../app/page-jumps';
import { itemPageAddress, itemPageAt } from '../view-state/item-page-address';
import type { createLocationStore, LocationStore } from '../view-state/location-store';

/**
 * The start-up of an item page (`claims/<id>/`, docs/item-pages.md), loaded only on one: a
 * page whose `<base>` names the site's root. Gives the location store that reads the path as
 * `focus=<id>` (with the site's address the page names for its citation), installs the
 * in-page jumps, and loads the article, so the first render holds it as the prerendered page
 * does. `undefined` when the address is not an item page after all.
 */
export async function startItemPage(
  // Handed in: imported here, it would tie this chunk and the start-up's into a cycle.
  createStore: typeof createLocationStore,
): Promise<LocationStore | undefined> {
  const page = itemPageAt(window.location.pathname, new URL('./', document.baseURI).pathname);
  if (!page) return undefined;
  installPageJumps();
  await import('../app/item-article').catch(() => undefined);
  const site = document.querySelector<HTMLMetaElement>('meta[name="hstf-site"]')?.content ?? null;
  return createStore({ address: itemPageAddress({ ...page, site }) });
}
