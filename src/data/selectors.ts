import type { CoreMessages } from '../i18n/messages';
import { oncePer } from '../lib/cached';
import { formatDateWithPrecision } from './figure-format';
import type {
  Agency,
  Dataset,
  Figure,
  HstfEvent,
  Metric,
  Person,
  Period,
  Report,
  Source,
  SupportLevel,
} from './schema';

/**
 * Lookups and orderings every section shares. Pure functions of the dataset; the
 * sections derive their own views from these.
 */

/** Lookups by id are maps built once per dataset, so a 100× dataset costs no repeated scans. */
interface DatasetIndex {
  reportById: ReadonlyMap<string, Report>;
  sourceById: ReadonlyMap<string, Source>;
  metricById: ReadonlyMap<string, Metric>;
  agencyById: ReadonlyMap<string, Agency>;
  personById: ReadonlyMap<string, Person>;
  figureById: ReadonlyMap<string, Figure>;
  eventById: ReadonlyMap<string, HstfEvent>;
  /** Figures grouped by who announced them and by the report that carries them, in dataset order. */
  figuresByPerson: ReadonlyMap<string, readonly Figure[]>;
  figuresByReport: ReadonlyMap<string, readonly Figure[]>;
  reportOrder: ReadonlyMap<string, number>;
}

/** Items grouped by a key, in their order; items without a key are left out. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export const indexOf = oncePer((dataset: Dataset): DatasetIndex => ({
  reportById: new Map(dataset.reports.map((r) => [r.id, r])),
  sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
  metricById: new Map(dataset.metrics.map((m) => [m.id, m])),
  agencyById: new Map(dataset.agencies.map((a) => [a.id, a])),
  personById: new Map(dataset.people.map((p) => [p.id, p])),
  figureById: new Map(dataset.figures.map((f) => [f.id, f])),
  eventById: new Map(dataset.events.map((e) => [e.id, e])),
  figuresByPerson: groupBy(dataset.figures, (f) => f.personId),
  figuresByReport: groupBy(dataset.figures, (f) => f.reportId),
  reportOrder: new Map(dataset.reports.map((r, i) => [r.id, i])),
}));

export function reportOf(dataset: Dataset, figure: Figure): Report {
  const report = indexOf(dataset).reportById.get(figure.reportId);
  // The schema's integrity check guarantees the reference; this guards against misuse.
  if (!report) throw new Error(`Unknown report ${figure.reportId}`);
  return report;
}

/** The person, event, figure or source a `focus=` id names, by kind; each kind is one lookup. */
export function focusedItem(dataset: Dataset, id: string | null) {
  if (id === null) return {};
  const index = indexOf(dataset);
  return {
    person: index.personById.get(id),
    event: index.eventById.get(id),
    figure: index.figureById.get(id),
    source: index.sourceById.get(id),
  };
}

export function metricOf(dataset: Dataset, metricId: string): Metric | undefined {
  return indexOf(dataset).metricById.get(metricId);
}

/** What a figure counts, in words ("Fentanyl pills"); the id only if the dataset lacks it. */
export function metricLabel(dataset: Dataset, metricId: string): string {
  return metricOf(dataset, metricId)?.label ?? metricId;
}

/** When a figure was reported, as precisely as its report is dated: "23 Oct 2025", "Jan 2026". */
export function reportDateText(dataset: Dataset, figure: Figure, locale: string): string {
  const report = reportOf(dataset, figure);
  return formatDateWithPrecision(report.date, report.datePrecision, locale);
}

/**
 * Figures in the order they were reported: by report date, then by the report's
 * place in the dataset (several statements fell on 23 Oct 2025 and the dataset lists
 * them in the order they were made).
 */
/**
 * Who made a figure's claim and when, as a card or list says it: "Said by Attorney General Pam
 * Bondi, Oct 23, 2025", or "Reported by Fox News, …" when the dataset names only the outlet.
 */
export function attributionLine(dataset: Dataset, figure: Figure, m: CoreMessages): string {
  return m.figure.attribution(
    figure.saidBy,
    reportDateText(dataset, figure, m.locale),
    figure.attribution === 'reported',
  );
}

export function byReportOrder(dataset: Dataset, figures: readonly Figure[]): Figure[] {
  const { reportOrder } = indexOf(dataset);
  return [...figures].sort((a, b) => {
    const ra = reportOf(dataset, a);
    const rb = reportOf(dataset, b);
    if (ra.date !== rb.date) return ra.date < rb.date ? -1 : 1;
    return (reportOrder.get(a.reportId) ?? 0) - (reportOrder.get(b.reportId) ?? 0);
  });
}

/**
 * The figures of each period, and of each metric in each period, in report order: made once
 * per dataset, so a filter change filters a few short lists instead of sorting and scanning
 * every figure (the headline cards render on every change, the outcome charts after it).
 */
interface FigureGroups {
  byPeriod: ReadonlyMap<string, readonly Figure[]>;
  byMetricAndPeriod: ReadonlyMap<string, readonly Figure[]>;
}

const metricPeriodKey = (metricId: string, periodId: string) => `${metricId}\u0000${periodId}`;

const groupsOf = oncePer((dataset: Dataset): FigureGroups => {
  const ordered = byReportOrder(dataset, dataset.figures);
  // A figure about no stated period is in neither list.
  return {
    byPeriod: groupBy(ordered, (f) => f.periodId),
    byMetricAndPeriod: groupBy(ordered, (f) =>
      f.periodId === undefined ? undefined : metricPeriodKey(f.metricId, f.periodId),
    ),
  };
});

/** Makes the lists below ahead of the first render (boot does, in a task of its own). */
export function prepareFigureGroups(dataset: Dataset): void {
  groupsOf(dataset);
}

/** The figures about a period, in report order; the same list on every call. */
export function periodFigures(dataset: Dataset, periodId: string): readonly Figure[] {
  return groupsOf(dataset).byPeriod.get(periodId) ?? [];
}

/** The figures of one metric about a period, in report order; the same list on every call. */
export function metricFigures(dataset: Dataset, metricId: string, periodId: string): readonly Figure[] {
  return groupsOf(dataset).byMetricAndPeriod.get(metricPeriodKey(metricId, periodId)) ?? [];
}

/**
 * The period the headline figures describe: the one most headline figures belong to
 * (the first HSTF window). Other periods, such as the January 2026 surge, are shown apart.
 * Once per dataset: the headline cards ask on every filter change, and this scans every figure.
 */
export const mainPeriod = oncePer((dataset: Dataset): Period => {
  const headline = new Set(dataset.metrics.filter((m) => m.headline).map((m) => m.id));
  const counts = new Map<string, number>();
  for (const f of dataset.figures) {
    if (f.periodId && headline.has(f.metricId)) counts.set(f.periodId, (counts.get(f.periodId) ?? 0) + 1);
  }
  let best = dataset.periods[0] as Period;
  for (const period of dataset.periods) {
    if ((counts.get(period.id) ?? 0) > (counts.get(best.id) ?? 0)) best = period;
  }
  return best;
});

export function inDateWindow(date: string, from: string | null, to: string | null): boolean {
  return (from === null || date >= from) && (to === null || date <= to);
}

/** Support levels by strength, for `bestSupported`: primary > reported > secondary > disputed. */
const STRENGTH: Record<SupportLevel, number> = { disputed: 0, secondary: 1, reported: 2, primary: 3 };

/**
 * The best-supported claim among a measure's reports (oldest first, as a card's history is):
 * the report with the highest support level; among equals, the most recent (the last).
 * The latest claim may be weaker (a second-hand summary after the speaker's own words): the
 * headline cards then show both, and the charts' summary names both (README, "best-supported").
 */
export function bestSupported(history: readonly Figure[]): Figure | undefined {
  let best: Figure | undefined;
  for (const figure of history) {
    if (!best || STRENGTH[figure.support] >= STRENGTH[best.support]) best = figure;
  }
  return best;
}
