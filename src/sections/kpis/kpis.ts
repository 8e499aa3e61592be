import { oncePer } from '../../lib/cached';
import type { SparkPoint } from '../../components/sparkline';
import { bestSupported, inDateWindow, metricFigures, periodFigures, reportOf } from '../../data/selectors';
import type { Dataset, Figure, Metric, Period } from '../../data/schema';
import { toMetricTons } from '../../data/units';
import { matchesQuery } from '../../lib/text-match';

export interface KpiCard {
  metric: Metric;
  /** The most recent report of this metric for the period. */
  latest: Figure;
  /** The best-supported report of the metric for the period (`bestSupported`); may be `latest`. */
  best: Figure;
  /** Every report of the metric for the period, oldest first. */
  history: readonly Figure[];
  /** Some reports of this claim disagree, or one is marked disputed. */
  disputed: boolean;
}

interface KpiFilter {
  category: readonly string[] | null;
  from: string | null;
  to: string | null;
  /** Free-text search (`q`); empty means no search. */
  q?: string;
}

function figureTexts(dataset: Dataset, figure: Figure): string[] {
  return [figure.statedAs, figure.quote.text, figure.saidBy, reportOf(dataset, figure).madeBy];
}

/** Whether a category is among those the filter chose (all of them when it chose none). */
export function inCategories(filter: Pick<KpiFilter, 'category'>, categoryId: string): boolean {
  return filter.category === null || filter.category.includes(categoryId);
}

const hasDateWindow = (filter: KpiFilter) => filter.from !== null || filter.to !== null;

function inFilter(dataset: Dataset, figure: Figure, filter: KpiFilter): boolean {
  // Without a date window, no report's date needs looking up.
  if (!hasDateWindow(filter)) return true;
  return inDateWindow(reportOf(dataset, figure).date, filter.from, filter.to);
}

/** A search term that is not only spaces: without one, no text needs to be gathered. */
function searchOf(filter: KpiFilter): string {
  return (filter.q ?? '').trim();
}

/** One card per headline metric for a period, restricted to the selected categories and report dates. */
export function headlineCards(dataset: Dataset, period: Period, filter: KpiFilter): KpiCard[] {
  const q = searchOf(filter);
  return dataset.metrics
    .filter((metric) => metric.headline)
    .filter((metric) => inCategories(filter, metric.category))
    .flatMap((metric) => {
      const reports = metricFigures(dataset, metric.id, period.id);
      // Without a date window every report is in it: the list made once per dataset is kept,
      // so each toggle neither copies it nor makes the card's sparkline points again.
      const history = hasDateWindow(filter) ? reports.filter((f) => inFilter(dataset, f, filter)) : reports;
      const latest = history.at(-1);
      if (!latest) return [];
      // A search keeps the whole card (its history is one claim) when any report of it matches.
      if (q !== '' && !matchesQuery(q, [metric.label, ...history.flatMap((f) => figureTexts(dataset, f))])) {
        return [];
      }
      return [
        {
          metric,
          latest,
          best: bestSupported(history) ?? latest,
          history,
          disputed: history.some((f) => f.support === 'disputed'),
        },
      ];
    });
}

export interface OtherPeriodGroup {
  period: Period;
  /** The period's figures in report order; each is its own measure, none is a sum. */
  figures: Figure[];
}

/**
 * Figures about periods other than the headline window (the January 2026 surge),
 * grouped by period so they are shown apart and never added to the headline figures.
 */
export function otherPeriodGroups(dataset: Dataset, main: Period, filter: KpiFilter): OtherPeriodGroup[] {
  const q = searchOf(filter);
  const metricById = q === '' ? null : new Map(dataset.metrics.map((m) => [m.id, m]));
  return dataset.periods
    .filter((period) => period.id !== main.id)
    .flatMap((period) => {
      const figures = periodFigures(dataset, period.id).filter(
        (f) =>
          inCategories(filter, f.category) &&
          inFilter(dataset, f, filter) &&
          (metricById === null ||
            matchesQuery(q, [metricById.get(f.metricId)?.label, period.label, ...figureTexts(dataset, f)])),
      );
      return figures.length === 0 ? [] : [{ period, figures }];
    });
}

/** The card whose history holds a figure, for `focus=<figure id>`. */
export function cardOfFigure(cards: readonly KpiCard[], figureId: string | null): KpiCard | undefined {
  if (figureId === null) return undefined;
  return cards.find((card) => card.history.some((f) => f.id === figureId));
}

const sparkPointsOf = oncePer((history: readonly Figure[]): readonly SparkPoint[] => {
  const best = bestSupported(history);
  return history.map((figure, i) => ({
    value: toMetricTons(figure.value, figure.unit) ?? figure.value,
    disputed: figure.support === 'disputed',
    // Marked only when it is not the latest, whose dot is emphasised anyway.
    best: figure === best && i < history.length - 1,
  }));
});

/**
 * The card's values oldest to newest on one scale (weights in metric tons), for its sparkline;
 * the best-supported claim is marked when it is not the latest.
 */
export function sparkPoints(card: KpiCard): readonly SparkPoint[] {
  return sparkPointsOf(card.history);
}
