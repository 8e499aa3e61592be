import { attributedTo, formatFigure } from '../../data/figure-format';
import type { Dataset } from '../../data/schema';
import type { Messages } from '../../i18n/messages';
import { metricLabel, reportDateText } from '../../data/selectors';
import { datumOf, plottedText, tableColumns, type ChartDatum, type TableLine } from './outcome-text';
import { drugsSeized, filterKey, remembered, type DrugsSeized, type OutcomeFilter } from './outcomes';

export interface DrugsSeizedView extends DrugsSeized {
  summary: string;
  data: ChartDatum[];
  columns: string[];
  lines: TableLine[];
  /** The pill counts, kept off the weight axis, in words (image downloads carry them). */
  notes: string[];
}

export function drugsSeizedView(dataset: Dataset, filter: OutcomeFilter, m: Messages): DrugsSeizedView {
  return remembered(dataset, m, `drugs|${filterKey(filter, ['drugs'])}`, () => makeView(dataset, filter, m));
}

function makeView(dataset: Dataset, filter: OutcomeFilter, m: Messages): DrugsSeizedView {
  const drugs = drugsSeized(dataset, filter);
  const weights = drugs.weights
    .map(
      (row) =>
        `${metricLabel(dataset, row.figure.metricId)} ${plottedText(row, 'metric-tons', m)} (${formatFigure(row.figure, m).full})`,
    )
    .join('; ');
  const pills = drugs.pills.map((row) => formatFigure(row.figure, m).full).join('; ');
  return {
    ...drugs,
    summary: m.outcomes.drugsSeized.summary(weights, pills),
    data: drugs.weights.map((row) =>
      datumOf(dataset, row, metricLabel(dataset, row.figure.metricId), 'metric-tons', m),
    ),
    columns: tableColumns(m.outcomes.columns.measure, true, m),
    lines: [
      ...drugs.weights.map((row) => ({
        row,
        first: metricLabel(dataset, row.figure.metricId),
        plotted: plottedText(row, 'metric-tons', m),
      })),
      ...drugs.pills.map((row) => ({
        row,
        first: metricLabel(dataset, row.figure.metricId),
        plotted: formatFigure(row.figure, m).full,
      })),
    ],
    notes:
      drugs.pills.length > 0
        ? [
            `${m.outcomes.drugsSeized.pillsHeading}: ${drugs.pills
              .map(
                (row) =>
                  `${formatFigure(row.figure, m).full} (${m.figureDetail.saidBy(attributedTo(row.figure, m), reportDateText(dataset, row.figure, m.locale))}, ${m.support[row.figure.support]})`,
              )
              .join('; ')}`,
          ]
        : [],
  };
}
