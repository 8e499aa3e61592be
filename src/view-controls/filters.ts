import type { Dataset } from '../data/schema';

/**
 * Toggles one id in a list filter. `null` means all; a list that ends up holding
 * every id collapses back to `null`, so the link stays short and canonical.
 */
export function toggleInList(
  all: readonly string[],
  selected: readonly string[] | null,
  id: string,
): string[] | null {
  const current = new Set(selected ?? all);
  if (current.has(id)) current.delete(id);
  else current.add(id);
  const next = all.filter((x) => current.has(x));
  return next.length === all.length ? null : next;
}

const boundsOf = new WeakMap<Dataset, { min: string; max: string }>();

/** The span of dates in the dataset's events and reports, for the date inputs' min and max. */
export function dateBounds(dataset: Dataset): { min: string; max: string } {
  // Once per dataset: the filter bar renders on every change, whatever the data's size.
  const known = boundsOf.get(dataset);
  if (known) return known;
  let min: string | null = null;
  let max: string | null = null;
  for (const records of [dataset.events, dataset.reports]) {
    for (const { date } of records) {
      if (min === null || date < min) min = date;
      if (max === null || date > max) max = date;
    }
  }
  const bounds = { min: min ?? dataset.reviewedOn, max: max ?? dataset.reviewedOn };
  boundsOf.set(dataset, bounds);
  return bounds;
}

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
  const current = new Set(selected ?? []);
  if (current.has(id)) current.delete(id);
  else current.add(id);
  const next = all.filter((x) => current.has(x));
  return next.length === 0 || next.length === all.length ? null : next;
}
