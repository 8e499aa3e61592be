import { DATA_LICENSE, plainCitation } from '../../data/citation';
import type { Dataset, Figure, HstfEvent, Source } from '../../data/schema';
import { byReportOrder, inDateWindow, reportOf } from '../../data/selectors';
import { sourcesOf } from '../../data/record-selectors';
import type { Messages } from '../../i18n/messages';
import { toCsv } from '../../lib/csv';
import { formatLongDay } from '../../lib/format';
import { saveFile } from '../../lib/save-file';
import { chartSvg, type SvgKey } from '../../lib/svg-export';
import { svgToPng } from '../../lib/svg-png';
import { matchesQuery } from '../../lib/text-match';
import { pinnedAddress } from '../../view-state/pinned-link';
import type { ViewState } from '../../view-state/view-state';
import type { ChartExport, ChartExportRow } from './chart-export';

/**
 * The file-making half of the Download menus, loaded only when a reader opens one
 * (dynamic import in download-menu.tsx), so none of it weighs on the first download.
 * Every file names its sources, the view it came from, the data's review date, the data
 * version it was made from (`v=` in a link reopens that version), the data's licence and the
 * citation of the view (its permanent link and the day the file was made).
 */

export interface ExportContext {
  dataset: Dataset;
  messages: Messages;
  /** The canonical address of the view the reader is looking at. */
  viewUrl: string;
  /** The access date of the citation; the moment the file is made when not given (tests give one). */
  accessed?: Date;
}

/** The view's citation, as the Cite dialog gives it: the permanent address, and today. */
function citation(context: ExportContext): string {
  const { dataset, messages: m } = context;
  return plainCitation(
    {
      version: dataset.version,
      url: pinnedAddress(context.viewUrl, dataset.version),
      accessed: context.accessed ?? new Date(),
    },
    { locale: m.locale, ...m.citing.format },
  );
}

const licence = (m: Messages) => m.exports.file.licence(DATA_LICENSE.name, DATA_LICENSE.url);

/**
 * `hstf-<what>-<data version>.<ext>`, e.g. `hstf-drugs-seized-2026-11-28-2.csv`: the version
 * id (the review date, with a suffix when two versions share a day) tells files made from
 * different data apart.
 */
export function fileName(what: string, extension: string, context: ExportContext): string {
  return `hstf-${what}-${context.dataset.version}.${extension}`;
}

const sourceTitles = (sources: readonly Source[]) => sources.map((s) => s.title).join('; ');
const sourceAddresses = (sources: readonly Source[]) =>
  sources.map((s) => s.url ?? s.partialAddress ?? '').join('; ');

function provenanceHeadings(m: Messages): string[] {
  const c = m.exports.columns;
  return [c.reviewedOn, c.dataVersion, c.view, c.licence, c.citation];
}

/** The same on every row, made once per file. */
function provenance(context: ExportContext): string[] {
  const { dataset, messages } = context;
  return [dataset.reviewedOn, dataset.version, context.viewUrl, licence(messages), citation(context)];
}

function figureHeadings(m: Messages): string[] {
  const c = m.exports.columns;
  return [
    c.figureId,
    c.metric,
    c.value,
    c.unit,
    c.qualifier,
    c.statedAs,
    c.caveat,
    c.saidBy,
    c.attribution,
    c.reportDate,
    c.support,
    c.quote,
    c.sourceTitles,
    c.sourceAddresses,
  ];
}

function figureCells(figure: Figure, context: ExportContext): string[] {
  const sources = sourcesOf(context.dataset, figure.sourceIds);
  return [
    figure.id,
    figure.metricId,
    String(figure.value),
    figure.unit,
    figure.qualifier,
    figure.statedAs,
    figure.caveat ?? '',
    figure.saidBy,
    figure.attribution ?? 'said',
    reportOf(context.dataset, figure).date,
    figure.support,
    figure.quote.text,
    sourceTitles(sources),
    sourceAddresses(sources),
  ];
}

function eventHeadings(m: Messages): string[] {
  const c = m.exports.columns;
  return [c.eventId, c.date, c.datePrecision, c.support, c.sourceTitles, c.sourceAddresses];
}

function eventCells(event: HstfEvent, context: ExportContext): string[] {
  const sources = sourcesOf(context.dataset, event.sourceIds);
  const precision = event.monthPart ? `${event.datePrecision} (${event.monthPart})` : event.datePrecision;
  return [event.id, event.date, precision, event.support, sourceTitles(sources), sourceAddresses(sources)];
}

function recordCells(row: ChartExportRow, context: ExportContext): string[] {
  return 'figure' in row ? figureCells(row.figure, context) : eventCells(row.event, context);
}

/**
 * The rows of the chart's table, then each row's record (the figure or event it shows), then
 * the provenance. The record's columns are named apart ("Record: Said by"): the table's may
 * have the same names, and a CSV reader keys a row by its column names.
 */
export function chartCsv(spec: ChartExport, context: ExportContext): string {
  const m = context.messages;
  const byEvent = spec.rows[0] !== undefined && 'event' in spec.rows[0];
  const header = [
    ...spec.columns,
    ...(byEvent ? eventHeadings(m) : figureHeadings(m)).map(m.exports.columns.record),
    ...provenanceHeadings(m),
  ];
  const shared = provenance(context);
  return toCsv([header, ...spec.rows.map((row) => [...row.cells, ...recordCells(row, context), ...shared])]);
}

/**
 * Every figure the current filters show: the categories, the date window (by report
 * date) and the search, applied as the headline cards and charts apply them.
 */
function visibleFigures(dataset: Dataset, view: ViewState): Figure[] {
  const metricOf = new Map(dataset.metrics.map((metric) => [metric.id, metric]));
  return dataset.metrics.flatMap((metric) => {
    if (view.category !== null && !view.category.includes(metric.category)) return [];
    const figures = dataset.figures.filter((figure) => {
      if (figure.metricId !== metric.id) return false;
      const report = reportOf(dataset, figure);
      if (!inDateWindow(report.date, view.from, view.to)) return false;
      return matchesQuery(view.q, [
        metricOf.get(figure.metricId)?.label,
        figure.statedAs,
        figure.quote.text,
        figure.saidBy,
        report.madeBy,
      ]);
    });
    return byReportOrder(dataset, figures);
  });
}

export function figuresCsv(view: ViewState, context: ExportContext): string {
  const { dataset, messages: m } = context;
  const label = new Map(dataset.metrics.map((metric) => [metric.id, metric.label]));
  const figures = visibleFigures(dataset, view);
  const shared = provenance(context);
  return toCsv([
    [m.exports.columns.measure, ...figureHeadings(m), ...provenanceHeadings(m)],
    ...figures.map((figure) => [
      label.get(figure.metricId) ?? figure.metricId,
      ...figureCells(figure, context),
      ...shared,
    ]),
  ]);
}

function saveCsv(text: string, name: string): void {
  saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
}

export function downloadChartCsv(spec: ChartExport, context: ExportContext): string {
  const name = fileName(spec.what, 'csv', context);
  saveCsv(chartCsv(spec, context), name);
  return name;
}

export function downloadFiguresCsv(view: ViewState, context: ExportContext): string {
  const name = fileName('figures', 'csv', context);
  saveCsv(figuresCsv(view, context), name);
  return name;
}

/** Publishers of the rows' sources, in dataset order, each once. */
function publishers(spec: ChartExport, dataset: Dataset): string {
  const ids = new Set(spec.rows.flatMap((row) => ('figure' in row ? row.figure : row.event).sourceIds));
  return [...new Set(dataset.sources.filter((s) => ids.has(s.id)).map((s) => s.publisher))].join('; ');
}

/** The drawings of a chart frame: Recharts' surfaces (not the small key swatches). */
function drawingsIn(frame: Element): SVGSVGElement[] {
  return [...frame.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
}

function opaque(color: string, fallback: string): string {
  return color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color) ? fallback : color;
}

/**
 * The picture is exported in the theme the reader is looking at (light or dark),
 * with the frame's own background, so the file matches the screen it came from.
 */
function chartPicture(spec: ChartExport, frame: HTMLElement, context: ExportContext) {
  const m = context.messages;
  const drawings = drawingsIn(frame);
  if (drawings.length === 0) return null;
  const frameStyle = getComputedStyle(frame);
  const caption = frame.querySelector('figcaption');
  const background = opaque(
    frameStyle.backgroundColor,
    opaque(getComputedStyle(document.body).backgroundColor, '#ffffff'),
  );
  const keys: SvgKey[] = [...frame.querySelectorAll('[data-chart-key]')].map((item) => ({
    swatch: item.querySelector('svg'),
    text: item.textContent?.trim() ?? '',
  }));
  return chartSvg({
    drawings,
    keys,
    title: spec.title,
    intro: spec.intro,
    notes: spec.notes ?? [],
    footer: [
      m.exports.file.sourcesLine(publishers(spec, context.dataset)),
      m.exports.file.viewLine(context.viewUrl),
      `${m.exports.file.reviewedLine(formatLongDay(context.dataset.reviewedOn, m.locale))} · ${m.exports.file.versionLine(context.dataset.version)} · ${m.exports.file.publisher}`,
      `${m.exports.columns.licence}: ${licence(m)}`,
      m.exports.file.citeLine(citation(context)),
    ],
    colors: {
      background,
      text: frameStyle.color,
      muted: caption ? getComputedStyle(caption).color : frameStyle.color,
      rule: frameStyle.borderTopColor,
    },
    fontFamily: frameStyle.fontFamily,
  });
}

export function downloadChartSvg(
  spec: ChartExport,
  frame: HTMLElement,
  context: ExportContext,
): string | null {
  const picture = chartPicture(spec, frame, context);
  if (!picture) return null;
  const name = fileName(spec.what, 'svg', context);
  saveFile(new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  return name;
}

/** At least twice the size on screen, more on a high-density screen. */
export async function downloadChartPng(
  spec: ChartExport,
  frame: HTMLElement,
  context: ExportContext,
): Promise<string | null> {
  const picture = chartPicture(spec, frame, context);
  if (!picture) return null;
  const name = fileName(spec.what, 'png', context);
  const scale = Math.max(2, Math.ceil(window.devicePixelRatio || 1));
  saveFile(await svgToPng(picture.svg, picture.width, picture.height, scale), name);
  return name;
}
