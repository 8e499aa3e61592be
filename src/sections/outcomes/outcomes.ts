import { inDateWindow, mainPeriod, metricFigures, metricOf, reportOf } from '../../data/selectors';
import type { Dataset, Figure, Metric, NamedGroup, Period, Unit } from '../../data/schema';
import { oncePer } from '../../lib/cached';
import { qualifierKind, toMetricTons, type QualifierKind } from '../../data/units';

export { qualifierKind, toMetricTons, type QualifierKind };

/**
 * What each outcome chart shows, derived from the dataset and the view. The chart and
 * its table alternative are both drawn from these rows, so they cannot disagree.
 */

export interface OutcomeFilter {
  category: readonly string[] | null;
  from: string | null;
  to: string | null;
}

/** One row of a chart: the figure as reported and the value the chart plots. */
export interface ChartRow {
  figure: Figure;
  /** The value on the chart's axis, in `axisUnit`. */
  plotted: number;
  kind: QualifierKind;
  disputed: boolean;
}

function row(figure: Figure, plotted: number): ChartRow {
  return { figure, plotted, kind: qualifierKind(figure.qualifier), disputed: figure.support === 'disputed' };
}

/**
 * A metric's figures about the period inside the filter's report dates, in report order.
 * Without a date window it is the list made once per dataset, not a copy: the charts derive
 * their views on every filter change, and at 100× today's data scanning and sorting every
 * figure for each of their thirteen lists took most of that work.
 */
function windowFigures(
  dataset: Dataset,
  period: Period,
  filter: OutcomeFilter,
  metricId: string,
): readonly Figure[] {
  const figures = metricFigures(dataset, metricId, period.id);
  if (filter.from === null && filter.to === null) return figures;
  return figures.filter((f) => inDateWindow(reportOf(dataset, f).date, filter.from, filter.to));
}

function categoryShown(filter: OutcomeFilter, category: string): boolean {
  return filter.category === null || filter.category.includes(category);
}

/**
 * What a view made from the filter depends on: whether each of `categories` is shown, and
 * the report dates. Views kept under this key (`remembered`) are made again only when it
 * changes.
 */
export function filterKey(filter: OutcomeFilter, categories: readonly string[]): string {
  const shown = categories.map((category) => (categoryShown(filter, category) ? 1 : 0)).join('');
  return `${shown}|${filter.from ?? ''}|${filter.to ?? ''}`;
}

/** How many views of each dataset and language are kept: a few filters back and forth. */
const KEPT_VIEWS = 24;

/** The views kept per dataset and per language. */
const keptViews = oncePer((_dataset: Dataset) => oncePer((_texts: object) => new Map<string, unknown>()));

/**
 * A chart's view for a filter, made once and kept for the last few filters, per dataset and
 * language (`texts`, the messages the view is written in). A filter change that leaves what
 * a chart reads as it was (another category, for the drug charts) then returns the same
 * view: its words are not formatted again for every report, and the chart, given the same
 * data, is not drawn again.
 */
export function remembered<T>(dataset: Dataset, texts: object, key: string, make: () => T): T {
  const kept = keptViews(dataset)(texts);
  if (kept.has(key)) return kept.get(key) as T;
  const view = make();
  kept.set(key, view);
  if (kept.size > KEPT_VIEWS) kept.delete(kept.keys().next().value as string);
  return view;
}

export interface ReportedChange {
  metric: Metric;
  rows: ChartRow[];
  /** The unit of the y axis. */
  axisUnit: Unit;
  /** Some values were stated as bare "tons" and are drawn as metric tons. */
  tonsAsMetric: boolean;
}

/** Headline metrics the "how the reported figure changed" chart can show under the filter. */
export function reportedChangeMetrics(dataset: Dataset, filter: OutcomeFilter): Metric[] {
  const period = mainPeriod(dataset);
  return dataset.metrics.filter(
    (metric) =>
      metric.headline &&
      categoryShown(filter, metric.category) &&
      windowFigures(dataset, period, filter, metric.id).length > 0,
  );
}

export function reportedChange(dataset: Dataset, filter: OutcomeFilter, metric: Metric): ReportedChange {
  const figures = windowFigures(dataset, mainPeriod(dataset), filter, metric.id);
  const units = new Set(figures.map((f) => f.unit));
  const weights = [...units].every((u) => toMetricTons(1, u) !== null);
  if (units.size > 1 && weights) {
    return {
      metric,
      rows: figures.map((f) => row(f, toMetricTons(f.value, f.unit) ?? f.value)),
      axisUnit: 'metric-tons',
      tonsAsMetric: units.has('tons'),
    };
  }
  return {
    metric,
    rows: figures.map((f) => row(f, f.value)),
    axisUnit: figures[0]?.unit ?? 'people',
    tonsAsMetric: false,
  };
}

export interface GroupRow extends ChartRow {
  group: NamedGroup;
}

/** The metric of the DOJ's arrests by affiliated group. */
export const ARRESTS_BY_GROUP = 'arrests-by-group';

/** The DOJ's arrests by affiliated group: every wording of every group's count. */
export function arrestsByGroup(dataset: Dataset, filter: OutcomeFilter): GroupRow[] {
  const metric = metricOf(dataset, ARRESTS_BY_GROUP);
  if (!metric || !categoryShown(filter, metric.category)) return [];
  const figures = windowFigures(dataset, mainPeriod(dataset), filter, metric.id);
  // Grouped once, so the cost grows with the figures, not with figures × groups.
  const byGroup = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.groupId === undefined) continue;
    const list = byGroup.get(f.groupId);
    if (list) list.push(f);
    else byGroup.set(f.groupId, [f]);
  }
  return dataset.groups.flatMap((group) =>
    (byGroup.get(group.id) ?? []).map((f) => ({ ...row(f, f.value), group })),
  );
}

export interface DrugsSeized {
  /** Cocaine, fentanyl powder and total narcotics: the most recent report of each, in metric tons. */
  weights: ChartRow[];
  /** Pill counts, never on the weight axis. */
  pills: ChartRow[];
  tonsAsMetric: boolean;
}

const WEIGHT_METRICS = ['cocaine', 'fentanyl-powder', 'narcotics'];

export function drugsSeized(dataset: Dataset, filter: OutcomeFilter): DrugsSeized {
  if (!categoryShown(filter, 'drugs')) return { weights: [], pills: [], tonsAsMetric: false };
  const period = mainPeriod(dataset);
  const weights = WEIGHT_METRICS.flatMap((id) => {
    const latest = windowFigures(dataset, period, filter, id).at(-1);
    const tons = latest ? toMetricTons(latest.value, latest.unit) : null;
    return latest && tons !== null ? [row(latest, tons)] : [];
  });
  const latestPills = windowFigures(dataset, period, filter, 'fentanyl-pills').at(-1);
  return {
    weights,
    pills: latestPills ? [row(latestPills, latestPills.value)] : [],
    tonsAsMetric: weights.some((r) => r.figure.unit === 'tons'),
  };
}

export interface NarcoticsDisagreement {
  /** Every report of the total narcotics weight, oldest first, in metric tons. */
  rows: ChartRow[];
  /** Cocaine alone, for scale: a total below it cannot describe the same seizures. */
  cocaine: ChartRow | null;
  tonsAsMetric: boolean;
}

export function narcoticsDisagreement(dataset: Dataset, filter: OutcomeFilter): NarcoticsDisagreement {
  if (!categoryShown(filter, 'drugs')) return { rows: [], cocaine: null, tonsAsMetric: false };
  const period = mainPeriod(dataset);
  const rows = windowFigures(dataset, period, filter, 'narcotics').flatMap((f) => {
    const tons = toMetricTons(f.value, f.unit);
    return tons === null ? [] : [row(f, tons)];
  });
  const cocaineFigure = windowFigures(dataset, period, filter, 'cocaine').at(-1);
  const cocaineTons = cocaineFigure ? toMetricTons(cocaineFigure.value, cocaineFigure.unit) : null;
  return {
    rows,
    cocaine: cocaineFigure && cocaineTons !== null ? row(cocaineFigure, cocaineTons) : null,
    tonsAsMetric: rows.some((r) => r.figure.unit === 'tons'),
  };
}

/** The sources behind a set of rows, in dataset order, for the chart's caption. */
export function sourceIdsOf(dataset: Dataset, rows: readonly ChartRow[]): string[] {
  const ids = new Set(rows.flatMap((r) => r.figure.sourceIds));
  return dataset.sources.filter((s) => ids.has(s.id)).map((s) => s.id);
}
