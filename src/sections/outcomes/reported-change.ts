import { attributedTo, formatFigure } from '../../data/figure-format';
import type { Dataset, Metric } from '../../data/schema';
import type { Messages } from '../../i18n/messages';
import { bestSupported, reportDateText } from '../../data/selectors';
import { datumOf, plottedText, tableColumns, type ChartDatum, type TableLine } from './outcome-text';
import {
  filterKey,
  remembered,
  reportedChange,
  reportedChangeMetrics,
  type OutcomeFilter,
  type ReportedChange,
} from './outcomes';

export interface ReportedChangeView extends ReportedChange {
  /** The measures the reader can choose from under the filter. */
  metrics: Metric[];
  summary: string;
  data: ChartDatum[];
  /** Some values are drawn in another unit than stated (tons and kilos as metric tons). */
  converted: boolean;
  columns: string[];
  lines: TableLine[];
}

/**
 * "How the reported figure changed": the chosen measure (`metric=`), or the first one the
 * filter leaves when it is hidden; `null` when no measure is left.
 */
export function reportedChangeView(
  dataset: Dataset,
  filter: OutcomeFilter,
  metricId: string | null,
  m: Messages,
): ReportedChangeView | null {
  const categories = dataset.metrics.filter((metric) => metric.headline).map((metric) => metric.category);
  const key = `change|${metricId ?? ''}|${filterKey(filter, categories)}`;
  return remembered(dataset, m, key, () => makeView(dataset, filter, metricId, m));
}

function makeView(
  dataset: Dataset,
  filter: OutcomeFilter,
  metricId: string | null,
  m: Messages,
): ReportedChangeView | null {
  const metrics = reportedChangeMetrics(dataset, filter);
  const metric = metrics.find((candidate) => candidate.id === metricId) ?? metrics[0];
  if (!metric) return null;
  const change = reportedChange(dataset, filter, metric);
  const first = change.rows[0];
  const last = change.rows.at(-1);
  const describe = (row: NonNullable<typeof first>) =>
    `${formatFigure(row.figure, m).full} (${m.figureDetail.saidBy(attributedTo(row.figure, m), reportDateText(dataset, row.figure, m.locale))})`;
  const converted = change.rows.some((r) => r.figure.unit !== change.axisUnit);
  const disputedCount = change.rows.filter((r) => r.disputed).length;
  // The headline cards' rule: when the most recent report is not the best-supported, both are named.
  const best = bestSupported(change.rows.map((row) => row.figure));
  const bestRow = best && best !== last?.figure ? change.rows.find((row) => row.figure === best) : undefined;
  const summary = [
    first && last
      ? m.outcomes.reportedChange.summary(metric.label, change.rows.length, describe(first), describe(last))
      : '',
    bestRow
      ? m.outcomes.reportedChange.summaryBest(describe(bestRow), m.support[bestRow.figure.support])
      : '',
    disputedCount > 0 ? m.outcomes.reportedChange.summaryDisputed(disputedCount) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...change,
    metrics,
    summary,
    data: change.rows.map((row) =>
      datumOf(dataset, row, reportDateText(dataset, row.figure, m.locale), change.axisUnit, m),
    ),
    converted,
    columns: tableColumns(m.outcomes.columns.report, converted, m),
    lines: change.rows.map((row, i) => ({
      row,
      first: m.kpiHistory.reportNumber(i + 1, change.rows.length),
      plotted: converted ? plottedText(row, change.axisUnit, m) : undefined,
    })),
  };
}
