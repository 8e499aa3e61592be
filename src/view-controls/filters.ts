import type { Dataset } from '../data/schema';
import { oncePer } from '../lib/cached';
import { toggled } from '../lib/toggled';

/**
 * Toggles one id in a list filter. `null` means all; a list that ends up holding
 * every id collapses back to `null`, so the link stays short and canonical.
 */
export function toggleInList(
  all: readonly string[],
  selected: readonly string[] | null,
  id: string,
): string[] | null {
  const next = toggled(all, selected ?? all, id);
  return next.length === all.length ? null : next;
}

/**
 * The span of dates in the dataset's events and reports, for the date inputs' min and max.
 * Once per dataset: the filter bar renders on every change, whatever the data's size.
 */
export const dateBounds = oncePer((dataset: Dataset): { min: string; max: string } => {
  let min: string | null = null;
  let max: string | null = null;
  for (const records of [dataset.events, dataset.reports]) {
    for (const { date } of records) {
      if (min === null || date < min) min = date;
      if (max === null || date > max) max = date;
    }
  }
  return { min: min ?? dataset.reviewedOn, max: max ?? dataset.reviewedOn };
});

/** Outcome categories first (they are what most readers filter by), then the others, each in dataset order. */
export function categoriesOutcomeFirst(dataset: Dataset): Dataset['categories'] {
  return [...dataset.categories.filter((c) => c.outcome), ...dataset.categories.filter((c) => !c.outcome)];
}

/**
 * A category toggle: from "all", pressing one shows only it; pressing more adds them.
 * A selection that becomes empty or complete goes back to "all" (absent from the link).
 */
export function toggleCategory(
  all: readonly string[],
  selected: readonly string[] | null,
  id: string,
): string[] | null {
  const next = toggled(all, selected ?? [], id);
  return next.length === 0 || next.length === all.length ? null : next;
}
