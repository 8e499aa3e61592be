import { focusedItem } from '../data/selectors';
import type { Dataset } from '../data/schema';

/**
 * Item pages (docs/item-pages.md): every figure, person and event of the latest data has a
 * prerendered page at a stable path under the site's root, part of the URL contract. The
 * page is the dashboard's `?focus=<id>`: its path stands for that parameter, and any other
 * parameter stays in the query (`claims/<id>/?lang=es`). How the address bar maps to a view
 * there is in item-page-address.ts, loaded only on such a page.
 */
export const ITEM_FOLDERS = { figure: 'claims', person: 'people', event: 'events' } as const;

export type ItemKind = keyof typeof ITEM_FOLDERS;

export interface ItemPage {
  kind: ItemKind;
  id: string;
  /** The page's path from the site's root, `claims/<id>/`. */
  path: string;
  /**
   * The site's public address, when the build knew it (`HSTF_SITE_URL`; the page names it in
   * `<meta name="hstf-site">`), for the page's citation.
   */
  site?: string | null;
}

export function itemPage(kind: ItemKind, id: string): ItemPage {
  return { kind, id, path: `${ITEM_FOLDERS[kind]}/${id}/` };
}

/** The page of a focus id, or `null` when it has none (a source, an unknown id). */
export function itemPageOf(dataset: Dataset, id: string | null): ItemPage | null {
  if (id === null) return null;
  const item = focusedItem(dataset, id);
  if (item.figure) return itemPage('figure', id);
  if (item.person) return itemPage('person', id);
  if (item.event) return itemPage('event', id);
  return null;
}
