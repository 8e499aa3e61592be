import { byReportOrder, inDateWindow, reportOf } from '../../data/selectors';
import type { Dataset, Figure, Metric, Period } from '../../data/schema';

export interface KpiCard {
  metric: Metric;
  /** The most recent report of this metric for the period. */
  latest: Figure;
  /** Every report of the metric for the period, oldest first. */
  history: Figure[];
  /** Some reports of this claim disagree, or one is marked disputed. */
  disputed: boolean;
}

export interface KpiFilter {
  category: readonly string[] | null;
  from: string | null;
  to: string | null;
}

/** One card per headline metric for a period, restricted to the selected categories and report dates. */
export function headlineCards(dataset: Dataset, period: Period, filter: KpiFilter): KpiCard[] {
  return dataset.metrics
    .filter((metric) => metric.headline)
    .filter((metric) => filter.category === null || filter.category.includes(metric.category))
    .flatMap((metric) => {
      const figures = dataset.figures.filter(
        (f) =>
          f.metricId === metric.id &&
          f.periodId === period.id &&
          inDateWindow(reportOf(dataset, f).date, filter.from, filter.to),
      );
      const history = byReportOrder(dataset, figures);
      const latest = history.at(-1);
      if (!latest) return [];
      return [{ metric, latest, history, disputed: history.some((f) => f.support === 'disputed') }];
    });
}
