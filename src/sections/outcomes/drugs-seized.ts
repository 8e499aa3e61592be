import { formatFigure } from '../../data/figure-format';
import type { Dataset } from '../../data/schema';
import type { Messages } from '../../i18n/messages';
import { datumOf, metricLabelOf, plottedText, type ChartDatum } from './outcome-text';
import { drugsSeized, type DrugsSeized, type OutcomeFilter } from './outcomes';

export interface DrugsSeizedView extends DrugsSeized {
  summary: string;
  data: ChartDatum[];
}

export function drugsSeizedView(dataset: Dataset, filter: OutcomeFilter, m: Messages): DrugsSeizedView {
  const drugs = drugsSeized(dataset, filter);
  const weights = drugs.weights
    .map(
      (row) =>
        `${metricLabelOf(dataset, row.figure)} ${plottedText(row, 'metric-tons', m)} (${formatFigure(row.figure, m).full})`,
    )
    .join('; ');
  const pills = drugs.pills.map((row) => formatFigure(row.figure, m).full).join('; ');
  return {
    ...drugs,
    summary: m.outcomes.drugsSeized.summary(weights, pills),
    data: drugs.weights.map((row) =>
      datumOf(dataset, row, metricLabelOf(dataset, row.figure), 'metric-tons', m),
    ),
  };
}
