import { PARAM_ORDER } from './param-order';
import type { ViewState } from './view-state';

/**
 * A canonical query string with one parameter set, at the place the canonical order gives
 * it, every other parameter kept as written. The address bar is always canonical
 * (use-view-state.ts), so `searchWith(location.search, 'v', id)` is the address "Copy
 * permanent link" copies, made where the view state is not at hand: in a file being
 * exported, on paper, in the embed code. `value` is written as given (ids need no encoding).
 */
export function searchWith(search: string, key: keyof ViewState, value: string): string {
  const rank = (part: string) => PARAM_ORDER.indexOf(part.split('=')[0] as keyof ViewState);
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && part.split('=')[0] !== key);
  parts.push(`${key}=${value}`);
  // Sorting is stable: parameters of equal rank (none, in a canonical address) keep their order.
  return `?${parts.sort((a, b) => rank(a) - rank(b)).join('&')}`;
}

/** An address in its three parts: before the query, the query (with its `?`), the fragment (with its `#`). */
function partsOf(href: string): [string, string, string] {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  return queryAt === -1
    ? [beforeHash, '', hash]
    : [beforeHash.slice(0, queryAt), beforeHash.slice(queryAt), hash];
}

/**
 * An address with one parameter set (see `searchWith`), the rest of it kept character for
 * character (a `URL` would re-encode some characters the address bar shows as typed).
 */
export function addressWith(href: string, key: keyof ViewState, value: string): string {
  const [base, search, hash] = partsOf(href);
  return `${base}${searchWith(search, key, value)}${hash}`;
}

/** An absolute address pinned to a data version: what "Copy permanent link" would copy there. */
export function pinnedAddress(href: string, version: string): string {
  return addressWith(href, 'v', version);
}
