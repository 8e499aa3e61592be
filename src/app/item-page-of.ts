import { focusedItem } from '../data/selectors';
import type { Dataset } from '../data/schema';
import { itemPage, type ItemPage } from '../view-state/item-path';
import type { ViewState } from '../view-state/view-state';

/** The page of a focus id (docs/item-pages.md), or `null` when it has none (a source, an unknown id). */
export function itemPageOf(dataset: Dataset, id: string | null): ItemPage | null {
  if (id === null) return null;
  const item = focusedItem(dataset, id);
  if (item.figure) return itemPage('figure', id);
  if (item.person) return itemPage('person', id);
  if (item.event) return itemPage('event', id);
  return null;
}

/**
 * A view's address relative to the site's root: its item's page when it focuses a figure,
 * person or event (`./claims/<id>/?lang=es`), else the dashboard's (`./?focus=<source>`).
 */
export function viewAddress(
  dataset: Dataset,
  state: ViewState,
  searchOf: (state: ViewState) => string,
): string {
  const page = itemPageOf(dataset, state.focus);
  return page ? `./${page.path}${searchOf({ ...state, focus: null })}` : `./${searchOf(state)}`;
}
