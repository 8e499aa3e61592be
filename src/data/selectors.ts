import type { Dataset, Figure, Period, Report, Source } from './schema';

/**
 * Lookups and orderings every section shares. Pure functions of the dataset; the
 * sections derive their own views from these.
 */

export interface DatasetIndex {
  reportById: ReadonlyMap<string, Report>;
  sourceById: ReadonlyMap<string, Source>;
  reportOrder: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

export function indexOf(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = {
      reportById: new Map(dataset.reports.map((r) => [r.id, r])),
      sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
      reportOrder: new Map(dataset.reports.map((r, i) => [r.id, i])),
    };
    indexes.set(dataset, index);
  }
  return index;
}

export function reportOf(dataset: Dataset, figure: Figure): Report {
  const report = indexOf(dataset).reportById.get(figure.reportId);
  // The schema's integrity check guarantees the reference; this guards against misuse.
  if (!report) throw new Error(`Unknown report ${figure.reportId}`);
  return report;
}

export function sourcesOf(dataset: Dataset, ids: readonly string[]): Source[] {
  const { sourceById } = indexOf(dataset);
  return ids.flatMap((id) => {
    const source = sourceById.get(id);
    return source ? [source] : [];
  });
}

/**
 * Figures in the order they were reported: by report date, then by the report's
 * place in the dataset (several statements fell on 23 Oct 2025 and the dataset lists
 * them in the order they were made).
 */
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
 * The period the headline figures describe: the one most headline figures belong to
 * (the first HSTF window). Other periods, such as the January 2026 surge, are shown apart.
 */
export function mainPeriod(dataset: Dataset): Period {
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
}

export function inDateWindow(date: string, from: string | null, to: string | null): boolean {
  return (from === null || date >= from) && (to === null || date <= to);
}
