import type { AddressMapping } from './location-store';
import { ITEM_FOLDERS, itemPage, type ItemKind, type ItemPage } from './item-path';
import { PARAM_ORDER } from './param-order';

/**
 * How an item page's address holds a view (docs/item-pages.md): the path `claims/<id>/`
 * stands for `focus=<id>`, the query holds the other parameters. Loaded only on an item page
 * (boot) and in the build, so the dashboard's own page does not carry it.
 */

const PAGE_PATH = /^(claims|people|events)\/([a-z0-9-]+)\/(?:index\.html)?$/;

/**
 * The item page an address shows, from its path and the site's root path (both as in
 * `location.pathname`), or `null` for the dashboard's own page.
 */
export function itemPageAt(pathname: string, rootPath: string): ItemPage | null {
  if (!pathname.startsWith(rootPath)) return null;
  const match = PAGE_PATH.exec(pathname.slice(rootPath.length));
  const kind = (Object.keys(ITEM_FOLDERS) as ItemKind[]).find((k) => ITEM_FOLDERS[k] === match?.[1]);
  return kind && match?.[2] ? itemPage(kind, match[2]) : null;
}

const keyOf = (part: string) => part.split('=')[0] ?? '';
const partsOf = (search: string) =>
  search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '');

/** The parameters written after `focus` in the canonical order. */
const AFTER_FOCUS: readonly string[] = PARAM_ORDER.slice(PARAM_ORDER.indexOf('focus') + 1);

/**
 * The query an item page stands for: its own query with `focus=<id>` in its canonical
 * place. A `focus` already in the query is left as it is (and wins).
 */
export function searchWithFocus(search: string, id: string): string {
  const parts = partsOf(search);
  if (parts.some((part) => keyOf(part) === 'focus')) return search;
  const after = parts.findIndex((part) => AFTER_FOCUS.includes(keyOf(part)));
  parts.splice(after < 0 ? parts.length : after, 0, `focus=${id}`);
  return `?${parts.join('&')}`;
}

/**
 * The query to write after an item page's path for a view (`search`, canonical): the view
 * without its `focus`, when that is still the page's item; `null` when it is not, and the
 * address must be the dashboard's own.
 */
export function searchOnPage(search: string, id: string): string | null {
  const parts = partsOf(search);
  const focus = parts.filter((part) => keyOf(part) === 'focus');
  if (focus.length !== 1 || focus[0] !== `focus=${id}`) return null;
  const rest = parts.filter((part) => keyOf(part) !== 'focus');
  return rest.length === 0 ? '' : `?${rest.join('&')}`;
}

/**
 * The location store's mapping on an item page. While the view focuses the page's item the
 * address keeps the page's path; any other view is the dashboard's own page, the site's root.
 * The root is read once from the page's `<base href="../../">`, which the browser keeps when
 * the address changes. `page` is the page prerendered, for hydration.
 */
export function itemPageAddress(page: ItemPage): AddressMapping {
  let rootPath: string | null = null;
  const here = (): ItemPage | null => {
    rootPath ??= new URL('./', document.baseURI).pathname;
    const found = itemPageAt(window.location.pathname, rootPath);
    return found && { ...found, site: page.site ?? null };
  };
  const search = () => {
    const current = here();
    return current ? searchWithFocus(window.location.search, current.id) : window.location.search;
  };
  return {
    search,
    page: here,
    urlOf(next) {
      const current = here();
      const onPage = current ? searchOnPage(next, current.id) : next;
      if (onPage === null) return `${rootPath ?? ''}${next}`;
      return `${window.location.pathname}${onPage}${window.location.hash}`;
    },
    server: { search: searchWithFocus('', page.id), ignored: [], page },
  };
}
