import { attributedTo, formatFigure } from '../../data/figure-format';
import type { Dataset } from '../../data/schema';
import type { Messages } from '../../i18n/messages';
import { metricLabel, reportDateText } from '../../data/selectors';
import {
  datumOf,
  plottedText,
  tableColumns,
  wrapWords,
  type ChartDatum,
  type TableLine,
} from './outcome-text';
import {
  filterKey,
  narcoticsDisagreement,
  remembered,
  type NarcoticsDisagreement,
  type OutcomeFilter,
} from './outcomes';

export interface NarcoticsDisagreementView extends NarcoticsDisagreement {
  summary: string;
  /** "58,000 kg (58 metric tons)", or empty without a cocaine figure. */
  cocaineText: string;
  data: ChartDatum[];
  columns: string[];
  lines: TableLine[];
}

export function narcoticsDisagreementView(
  dataset: Dataset,
  filter: OutcomeFilter,
  m: Messages,
): NarcoticsDisagreementView {
  return remembered(dataset, m, `narcotics|${filterKey(filter, ['drugs'])}`, () =>
    makeView(dataset, filter, m),
  );
}

function makeView(dataset: Dataset, filter: OutcomeFilter, m: Messages): NarcoticsDisagreementView {
  const data = narcoticsDisagreement(dataset, filter);
  const cocaineText = data.cocaine
    ? `${formatFigure(data.cocaine.figure, m).full} (${plottedText(data.cocaine, 'metric-tons', m)})`
    : '';
  const items = data.rows
    .map(
      (row) =>
        `${formatFigure(row.figure, m).full}, ${m.figureDetail.saidBy(attributedTo(row.figure, m), reportDateText(dataset, row.figure, m.locale))}${row.disputed ? ` (${m.support.disputed})` : ''}`,
    )
    .join('; ');
  const summary = [
    m.outcomes.narcoticsDisagreement.summary(data.rows.length, items),
    data.cocaine ? m.outcomes.narcoticsDisagreement.summaryCocaine(cocaineText) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...data,
    summary,
    cocaineText,
    data: data.rows.map((row) =>
      datumOf(
        dataset,
        row,
        `${wrapWords(attributedTo(row.figure, m), 24)}\n${reportDateText(dataset, row.figure, m.locale)}`,
        'metric-tons',
        m,
      ),
    ),
    columns: tableColumns(m.outcomes.columns.report, true, m),
    lines: [
      ...data.rows.map((row, i) => ({
        row,
        first: m.kpiHistory.reportNumber(i + 1, data.rows.length),
        plotted: plottedText(row, 'metric-tons', m),
      })),
      ...(data.cocaine
        ? [
            {
              row: data.cocaine,
              first: metricLabel(dataset, data.cocaine.figure.metricId),
              plotted: plottedText(data.cocaine, 'metric-tons', m),
            },
          ]
        : []),
    ],
  };
}
