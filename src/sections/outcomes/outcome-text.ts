import { attributedTo, formatFigure, formatValue, unitWords } from '../../data/figure-format';
import type { Dataset, Figure, SupportLevel, Unit } from '../../data/schema';
import { reportDateText } from '../../data/selectors';
import { sourcesOf } from '../../data/record-selectors';
import type { QualifierKind } from '../../data/units';
import type { Messages } from '../../i18n/messages';
import { formatCompactNumber, formatNumber, formatUsd } from '../../lib/format';
import type { ChartExportRow } from '../shared/chart-export';
import type { ChartRow } from './outcomes';

/**
 * The words every outcome chart shows about a figure, derived without rendering, so the
 * summaries and tooltips can be tested as text.
 */

/** One plotted figure, with every word the chart shows about it. */
export interface ChartDatum {
  key: string;
  /** Category label on the axis (a date, or a group and its wording). */
  label: string;
  value: number;
  kind: QualifierKind;
  disputed: boolean;
  support: SupportLevel;
  /** Short text drawn beside a bar ("more than 91 metric tons · Reported"). */
  barLabel: string;
  /** Lines of the tooltip. */
  tooltip: readonly string[];
}

export function publishersOf(dataset: Dataset, figure: Figure): string {
  return sourcesOf(dataset, figure.sourceIds)
    .map((s) => s.publisher)
    .join('; ');
}

export function tickFormatter(unit: Unit, locale: string): (value: number) => string {
  if (unit === 'usd') return (value) => formatUsd(value, locale, true);
  if (unit === 'metric-tons' || unit === 'tons') return (value) => formatNumber(value, locale);
  return (value) => formatCompactNumber(value, locale);
}

export function unitLabel(unit: Unit, m: Messages): string {
  return unit === 'usd' ? m.outcomes.usdUnit : unitWords(unit, 2, m);
}

/** A plotted value in the axis unit, keeping the figure's qualifier ("more than 91 metric tons"). */
export function plottedText(row: ChartRow, axisUnit: Unit, m: Messages): string {
  return formatValue(row.plotted, axisUnit, row.figure.qualifier, m).full;
}

/** A chart datum from a row: the plotted value and every word the chart shows about it. */
export function datumOf(
  dataset: Dataset,
  row: ChartRow,
  label: string,
  axisUnit: Unit,
  m: Messages,
): ChartDatum {
  const text = formatFigure(row.figure, m);
  const plotted = formatValue(row.plotted, axisUnit, row.figure.qualifier, m);
  const converted = plotted.full !== text.full;
  const date = reportDateText(dataset, row.figure, m.locale);
  return {
    key: row.figure.id,
    label,
    value: row.plotted,
    kind: row.kind,
    disputed: row.disputed,
    support: row.figure.support,
    // The bar keeps the source's wording ("70 tons"); a converted value names both ("58 metric
    // tons (58,000 kg)"). Its support level goes on a second line.
    barLabel: `${row.plotted === row.figure.value ? text.short : `${plotted.short} (${text.short})`}\n${m.support[row.figure.support]}`,
    tooltip: [
      converted ? `${plotted.full} (${text.full})` : text.full,
      m.figureDetail.saidBy(attributedTo(row.figure, m), date),
      `${m.figure.support}: ${m.support[row.figure.support]}`,
      ...(row.disputed ? [m.figureDetail.disputedMark] : []),
      `${m.figureDetail.sources}: ${publishersOf(dataset, row.figure)}`,
    ],
  };
}

/** Breaks a label into lines of at most `width` characters at spaces, for a narrow chart axis. */
export function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * The longest line of a category label wrapped by a bar chart, in characters, unless the
 * label then needs more lines than its row holds.
 */
const NARROW_CATEGORY_CHARS = 16;
/** The distance between the lines of a bar chart's category label, in px. */
export const CATEGORY_LINE_PX = 13;

/**
 * A category label wrapped again by a bar chart (always on a narrow one): its words in lines
 * of `chars` characters at most.
 */
export function narrowCategoryLines(label: string, chars: number): string[] {
  return wrapWords(label.replace(/\n/g, ' '), chars).split('\n');
}

/**
 * The line length, in characters, at which a bar chart wraps its category labels again:
 * NARROW_CATEGORY_CHARS, or longer if a label would then need more than `maxLines` lines.
 * A chart's height is fixed before it knows whether it will be narrow (its placeholder holds
 * that height while it loads), so a long label takes a wider column rather than a taller row,
 * and labels never overlap their neighbours.
 */
export function narrowCategoryChars(labels: readonly string[], maxLines: number): number {
  const longest = Math.max(NARROW_CATEGORY_CHARS, ...labels.map((label) => label.length));
  let chars = NARROW_CATEGORY_CHARS;
  while (chars < longest && labels.some((label) => narrowCategoryLines(label, chars).length > maxLines))
    chars += 1;
  return chars;
}

/** A bar chart's height: `rowPx` for each bar and `extraPx` for its axes and margins. */
export function barChartPx(data: readonly unknown[], rowPx: number, extraPx: number): number {
  return data.length * rowPx + extraPx;
}

/** "Cártel de Jalisco Nueva Generación (CJNG)" → "CJNG" on a crowded axis; the table keeps the full name. */
export function shortGroupName(name: string): string {
  return /\(([^)]+)\)$/.exec(name)?.[1] ?? name;
}

/**
 * One line of a chart's table, as the chart's pure derivation describes it: the on-screen
 * table and the Data (CSV) download are both built from these, so they cannot disagree.
 */
export interface TableLine {
  row: ChartRow;
  /** The first cell: a report's number, a group, a measure. */
  first: string;
  /** The value as plotted (in the axis unit), for charts that show that column. */
  plotted?: string;
}

/** A table line as text, cell for cell, for the CSV download. */
export function exportRowOf(dataset: Dataset, line: TableLine, m: Messages): ChartExportRow {
  const { figure } = line.row;
  return {
    figure,
    cells: [
      line.first,
      formatFigure(figure, m).full,
      ...(line.plotted === undefined ? [] : [line.plotted]),
      m.figureDetail.saidBy(attributedTo(figure, m), reportDateText(dataset, figure, m.locale)),
      m.support[figure.support],
      publishersOf(dataset, figure),
    ],
  };
}

/** A chart table's columns: the first one named by the chart, then value, plotted value (if any), who, support, sources. */
export function tableColumns(first: string, withPlotted: boolean, m: Messages): string[] {
  const c = m.outcomes.columns;
  return [first, c.asReported, ...(withPlotted ? [c.plotted] : []), c.saidBy, c.support, c.sources];
}
