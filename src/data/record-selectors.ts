import { indexOf } from './selectors';
import type { Agency, Dataset, DatePrecision, Figure, Source } from './schema';

/**
 * Lookups only the sections below the first screen use, apart from `selectors.ts` so the
 * first screen's script does not carry them (scripts/bundle-budget.mjs).
 */

export function figuresOfPerson(dataset: Dataset, personId: string): readonly Figure[] {
  return indexOf(dataset).figuresByPerson.get(personId) ?? [];
}

export function figuresOfReport(dataset: Dataset, reportId: string): readonly Figure[] {
  return indexOf(dataset).figuresByReport.get(reportId) ?? [];
}

export function agencyOf(dataset: Dataset, agencyId: string | undefined): Agency | undefined {
  return agencyId === undefined ? undefined : indexOf(dataset).agencyById.get(agencyId);
}

/** An agency's short name ("DOJ"), as the filters and the timeline show it. */
export function agencyName(dataset: Dataset, agencyId: string): string {
  return agencyOf(dataset, agencyId)?.shortName ?? agencyId;
}

/** The machine-readable form of a dated item for `<time dateTime>`: a day, or only the month. */
export function machineDate(item: { date: string; datePrecision: DatePrecision }): string {
  return item.datePrecision === 'day' ? item.date : item.date.slice(0, 7);
}

export function sourcesOf(dataset: Dataset, ids: readonly string[]): Source[] {
  const { sourceById } = indexOf(dataset);
  return ids.flatMap((id) => {
    const source = sourceById.get(id);
    return source ? [source] : [];
  });
}
