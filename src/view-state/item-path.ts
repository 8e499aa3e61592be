import { focusedItem } from '../data/selectors';
import type { Dataset } from '../data/schema';
import { PARAM_ORDER } from './view-state';

/**
 * Item pages (docs/item-pages.md): every figure, person and event of the latest data has a
 * prerendered page at a stable path under the site's root, part of the URL contract. The
 * page is the dashboard's `?focus=<id>`: its path stands for that parameter, and any other
 * parameter stays in the query (`claims/<id>/?lang=es`).
 */
export const ITEM_FOLDERS = { figure: 'claims', person: 'people', event: 'events' } as const;

export type ItemKind = keyof typeof ITEM_FOLDERS;

export interface ItemPage {
  kind: ItemKind;
  id: string;
  /** The page's path from the site's root, `claims/<id>/`. */
  path: string;
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

const PAGE_PATH = /^(claims|people|events)\/([a-z0-9-]+)\/(?:index\.html)?$/;

/**
 * The item page an address shows, from its path and the site's root path (both as in
 * `location.pathname`), or `null` for the dashboard's own page.
 */
export function itemPageAt(pathname: string, rootPath: string): ItemPage | null {
  if (!pathname.startsWith(rootPath)) return null;
  const match = PAGE_PATH.exec(pathname.slice(rootPath.length));
  if (!match?.[1] || !match[2]) return null;
  const kind = (Object.keys(ITEM_FOLDERS) as ItemKind[]).find((k) => ITEM_FOLDERS[k] === match[1]);
  return kind ? itemPage(kind, match[2]) : null;
}

const keyOf = (part: string) => part.split('=')[0] ?? '';
const FOCUS_PLACE = PARAM_ORDER.indexOf('focus');

/**
 * The query an item page stands for: its own query with `focus=<id>` in its canonical
 * place. A `focus` already in the query is left as it is (and wins).
 */
export function searchWithFocus(search: string, id: string): string {
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '');
  if (parts.some((part) => keyOf(part) === 'focus')) return search;
  const after = parts.findIndex((part) => PARAM_ORDER.indexOf(keyOf(part) as never) > FOCUS_PLACE);
  parts.splice(after < 0 ? parts.length : after, 0, `focus=${id}`);
  return `?${parts.join('&')}`;
}

/**
 * The query to write after an item page's path for a view (`search`, canonical): the view
 * without its `focus`, when that is still the page's item; `null` when it is not, and the
 * address must be the dashboard's own.
 */
export function searchOnPage(search: string, id: string): string | null {
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '');
  const focus = parts.filter((part) => keyOf(part) === 'focus');
  if (focus.length !== 1 || focus[0] !== `focus=${id}`) return null;
  const rest = parts.filter((part) => keyOf(part) !== 'focus');
  return rest.length === 0 ? '' : `?${rest.join('&')}`;
}

/**
 * An in-page jump (`#main`) as the page writes it: behind a `<base>` (an item page), a bare
 * `#main` would lead to the dashboard's root page, so the page's own path comes first.
 */
export function jumpHref(pagePath: string | null, fragment: string): string {
  return `${pagePath ?? ''}#${fragment}`;
}

/**
 * The address of a view (`search`, canonical) relative to the site's root: its item's page
 * when it focuses an item that has one (`./claims/<id>/?lang=es`), else the dashboard's
 * (`./?focus=<source>`). `page` is the page of the view's focus (itemPageOf).
 */
export function viewHref(search: string, page: ItemPage | null): string {
  const rest = page ? searchOnPage(search, page.id) : null;
  return page && rest !== null ? `./${page.path}${rest}` : `./${search}`;
}
