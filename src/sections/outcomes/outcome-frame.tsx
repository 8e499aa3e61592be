import { lazy, type ReactNode } from 'react';

import { ChartFrame } from '../../components/chart-frame';
import { ChartSlot } from '../../components/chart-slot';
import { DataTable, type DataTableRow } from '../../components/data-table';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { attributedTo, formatFigure } from '../../data/figure-format';
import type { Dataset } from '../../data/schema';
import { reportDateText } from '../../data/selectors';
import { sourcesOf } from '../../data/record-selectors';
import { useSectionMessages } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { type ChartId, type ViewState } from '../../view-state/view-state';
import { toggleTable } from '../../view-state/table-toggle';
import { DownloadMenu } from '../shared/download-menu';
import { FocusLink } from '../shared/focus-link';
import type { NavContext } from '../shared/section-props';
import { SourceRefs } from '../shared/source-refs';
import type { OutcomeChartProps } from './chart-parts';
import { exportRowOf, type TableLine } from './outcome-text';
import { sourceIdsOf, type ChartRow } from './outcomes';

// Recharts is large: it arrives in its own chunk when the first chart is drawn.
const OutcomeChart = lazy(() => import('./charts'));

/** What every outcome chart receives from the section. */
export interface OutcomeChartContext {
  dataset: Dataset;
  view: ViewState;
  nav: NavContext;
}

/**
 * A caption names this many sources at most (today's charts have up to 7); a chart of many
 * reports names the rest in its table, row by row, instead of a caption of hundreds of links.
 */
const CAPTION_SOURCES = 10;

/**
 * Shared wiring of a chart frame: the `table` toggle, the focus target, sources in the
 * caption, and the Download menu. The table and the CSV download are built from the same
 * lines, which the chart's pure derivation provides.
 */
export function OutcomeFrame({
  context,
  chartId,
  title,
  description,
  captionText,
  tableCaption,
  columns,
  lines,
  notes = [],
  focused = false,
  wide = false,
  ...rest
}: {
  context: OutcomeChartContext;
  chartId: ChartId;
  title: string;
  description: string | null;
  summary: string;
  captionText: readonly string[];
  chart: ReactNode;
  /** The table's caption (defaults to the title). */
  tableCaption?: string;
  columns: readonly string[];
  lines: readonly TableLine[];
  /** What the frame shows beside the drawing, in words, for the image downloads. */
  notes?: readonly string[];
  controls?: ReactNode;
  focused?: boolean;
  /** Spans both columns of the chart grid. */
  wide?: boolean;
}) {
  const m = useSectionMessages();
  const { dataset, view, nav } = context;
  const frameRef = useFocusTarget<HTMLElement>(focused);
  const rows = lines.map((line) => line.row);
  const sources = sourcesOf(dataset, sourceIdsOf(dataset, rows));
  const showTable = view.table.includes(chartId);
  return (
    <ChartFrame
      {...rest}
      title={title}
      description={description}
      download={
        <DownloadMenu
          dataset={dataset}
          title={title}
          imageAvailable={!showTable}
          describe={() => ({
            what: chartId,
            title,
            intro: [...(description ? [description] : []), ...captionText],
            notes,
            columns,
            rows: lines.map((line) => exportRowOf(dataset, line, m)),
          })}
        />
      }
      table={<LinesTable context={context} caption={tableCaption ?? title} columns={columns} lines={lines} />}
      id={chartId}
      frameRef={frameRef}
      highlighted={focused}
      className={wide ? 'lg:col-span-2' : undefined}
      summaryLabel={m.outcomes.summaryLabel}
      showTable={showTable}
      toggleLabel={m.outcomes.showTable}
      onToggleTable={() => nav.onViewChange((state) => toggleTable(state, chartId))}
      caption={
        <>
          {captionText.map((text) => (
            <span key={text}>{text} </span>
          ))}
          <span className="font-medium">{m.outcomes.captionSources}:</span>{' '}
          {sources.slice(0, CAPTION_SOURCES).map((source, i) => (
            <span key={source.id}>
              {i > 0 ? '; ' : null}
              <FocusLink nav={nav} target={source.id}>
                {source.publisher}
              </FocusLink>
            </span>
          ))}
          {sources.length > CAPTION_SOURCES
            ? m.outcomes.captionMoreSources(sources.length - CAPTION_SOURCES)
            : null}
          .
        </>
      }
    />
  );
}

/** The chart's lines as a table; its rows are built only when the table is shown. */
function LinesTable({
  context,
  caption,
  columns,
  lines,
}: {
  context: OutcomeChartContext;
  caption: string;
  columns: readonly string[];
  lines: readonly TableLine[];
}) {
  const m = useSectionMessages();
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={lines.map((line) => tableRow(context, line.row, line.first, m, line.plotted))}
    />
  );
}

/**
 * At most this many marks in one drawing (today's charts have up to 8). A chart of hundreds
 * of points or bars cannot be read, and drawing them blocked the page for a second at 100×
 * today's data; the drawing says what it leaves out, and the table lists every row.
 */
const MAX_MARKS = 40;

export function LazyChart(props: OutcomeChartProps) {
  const m = useSectionMessages();
  const total = props.data.length;
  const capped = total > MAX_MARKS;
  // Points run by report date: the latest are drawn. Bars keep their order: the first are drawn.
  const drawn = capped
    ? {
        ...props,
        data: props.type === 'points' ? props.data.slice(-MAX_MARKS) : props.data.slice(0, MAX_MARKS),
      }
    : props;
  return (
    <>
      <ChartSlot height={props.height} loadingLabel={m.outcomes.loadingChart}>
        <OutcomeChart {...drawn} />
      </ChartSlot>
      {capped ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {m.outcomes.drawnOf(props.type, MAX_MARKS, total)}
        </p>
      ) : null}
    </>
  );
}

/** A table row of a chart: the first cell, the value as reported, what is plotted, who, support, sources. */
function tableRow(
  context: OutcomeChartContext,
  row: ChartRow,
  first: ReactNode,
  m: Messages,
  plotted?: string,
): DataTableRow {
  const { dataset, view, nav } = context;
  const text = formatFigure(row.figure, m);
  return {
    key: row.figure.id,
    id: `row-${row.figure.id}`,
    highlighted: view.focus === row.figure.id,
    cells: [
      first,
      text.full,
      ...(plotted === undefined ? [] : [plotted]),
      m.figureDetail.saidBy(attributedTo(row.figure, m), reportDateText(dataset, row.figure, m.locale)),
      <SupportBadge key="support" level={row.figure.support} />,
      <SourceRefs key="sources" dataset={dataset} nav={nav} sourceIds={row.figure.sourceIds} />,
    ],
  };
}

/** A figure a link points to, shown beside the chart in words (a chart point cannot take focus). */
export function LinkedFigure({ context, rows }: { context: OutcomeChartContext; rows: readonly ChartRow[] }) {
  const m = useSectionMessages();
  const row = rows.find((r) => r.figure.id === context.view.focus);
  if (!row) return null;
  return (
    <p
      className={`mt-3 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700 ${FOCUSED_ITEM_CLASS}`}
    >
      <span className="font-semibold">{m.outcomes.focusedFigure}:</span> {formatFigure(row.figure, m).full} —{' '}
      {m.figureDetail.saidBy(
        attributedTo(row.figure, m),
        reportDateText(context.dataset, row.figure, m.locale),
      )}{' '}
      ({m.support[row.figure.support]}
      ). “<span lang={row.figure.quote.language}>{row.figure.quote.text}</span>”
    </p>
  );
}
