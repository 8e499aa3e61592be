import type { ViewState } from './view-state';

/**
 * The URL parameters in their canonical order, the order every address writes them in. On its
 * own, without the parsers of view-state.ts, so that the exports, the footer, the Cite dialog
 * and item pages can place a parameter without loading the whole URL contract.
 */
export const PARAM_ORDER: readonly (keyof ViewState)[] = [
  'category',
  'agency',
  'type',
  'from',
  'to',
  'q',
  'focus',
  'table',
  'metric',
  'sort',
  'embed',
  'v',
  'lang',
];
