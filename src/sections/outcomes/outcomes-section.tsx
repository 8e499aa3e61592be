import { lazy, useId, useState, type ReactNode } from 'react';

import { ChartFrame } from '../../components/chart-frame';
import { DataTable, type DataTableRow } from '../../components/data-table';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { formatFigure, formatValue, unitWords } from '../../data/figure-format';
import { mainPeriod, metricLabel, reportDateText, sourcesOf } from '../../data/selectors';
import type { Figure, Unit } from '../../data/schema';
import { ChartSlot } from '../../components/chart-slot';
import { SectionFrame } from '../../components/section-frame';
import { useMessages } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { formatCompactNumber, formatNumber, formatUsd } from '../../lib/format';
import type { SectionProps } from '../../view-state/section-props';
import { toggleTable, type ChartId } from '../../view-state/view-state';
import type { ChartDatum, OutcomeChartProps } from './charts';
import type { ChartExportRow } from '../shared/chart-export';
import { DownloadMenu } from '../shared/download-menu';
import { FocusLink } from '../shared/focus-link';
import { SourceRefs } from '../shared/source-refs';
import {
  arrestsByGroup,
  chartOfFigure,
  drugsSeized,
  narcoticsDisagreement,
  reportedChange,
  reportedChangeMetrics,
  sourceIdsOf,
  type ChartRow,
  type GroupRow,
} from './outcomes';

// Recharts is large: it arrives in its own chunk when the first chart is drawn.
const OutcomeChart = lazy(() => import('./charts'));

const POINTS_HEIGHT = 340;

export function OutcomesSection(props: SectionProps) {
  const { dataset, view, onViewChange } = props;
  const m = useMessages();
  const period = mainPeriod(dataset);
  const metrics = reportedChangeMetrics(dataset, view);
  const groups = arrestsByGroup(dataset, view);
  const drugs = drugsSeized(dataset, view);
  const narcotics = narcoticsDisagreement(dataset, view);
  const focusedChart = chartOfFigure(dataset, view.focus);
  const nothing =
    metrics.length === 0 && groups.length === 0 && drugs.weights.length === 0 && narcotics.rows.length === 0;

  return (
    <SectionFrame id="outcomes" heading={m.outcomes.heading} intro={m.outcomes.intro(period.label)}>
      {nothing ? (
        <div className="mt-4 rounded border border-dashed border-slate-400 p-4 text-sm dark:border-slate-500">
          <p>
            {view.category !== null && view.category.length === 0 ? m.figure.noCategories : m.outcomes.empty}
          </p>
          {view.category !== null ? (
            <button
              type="button"
              className="mt-2 rounded border border-slate-500 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-slate-400 dark:hover:bg-slate-800 dark:focus-visible:outline-sky-300"
              onClick={() => onViewChange((state) => ({ ...state, category: null }))}
            >
              {m.figure.showAllCategories}
            </button>
          ) : null}
        </div>
      ) : (
        <div className="mt-4 space-y-6">
          {metrics.length > 0 ? <ReportedChangeChart {...props} /> : null}
          {groups.length > 0 ? (
            <ArrestsByGroupChart {...props} rows={groups} focused={focusedChart === 'arrests-by-group'} />
          ) : null}
          {drugs.weights.length > 0 ? (
            <DrugsSeizedChart {...props} focused={focusedChart === 'drugs-seized'} />
          ) : null}
          {narcotics.rows.length > 0 ? <NarcoticsDisagreementChart {...props} /> : null}
        </div>
      )}
    </SectionFrame>
  );
}

/** Shared wiring of a chart frame: the `table` toggle, the focus target, sources in the caption. */
function Frame({
  chartId,
  rows,
  captionText,
  chart,
  table,
  columns,
  exportRows,
  notes,
  focused = false,
  ...rest
}: SectionProps & {
  chartId: ChartId;
  title: string;
  description: string | null;
  summary: string;
  rows: readonly ChartRow[];
  captionText: readonly string[];
  chart: ReactNode;
  table: ReactNode;
  /** The table as text, for the Data (CSV) download: its columns and its rows. */
  columns: readonly string[];
  exportRows: () => ChartExportRow[];
  /** What the frame shows beside the drawing, for the image downloads. */
  notes?: () => string[];
  controls?: ReactNode;
  focused?: boolean;
}) {
  const m = useMessages();
  const { view, onViewChange, dataset, title, description, summary, controls } = rest;
  const showTable = view.table.includes(chartId);
  const frameRef = useFocusTarget<HTMLElement>(focused);
  const toggle = () => onViewChange((state) => toggleTable(state, chartId));
  const sources = sourcesOf(dataset, sourceIdsOf(dataset, rows));
  return (
    <ChartFrame
      id={chartId}
      frameRef={frameRef}
      highlighted={focused}
      title={title}
      description={description}
      controls={controls}
      download={
        <DownloadMenu
          dataset={dataset}
          title={title}
          imageAvailable={!showTable}
          describe={() => ({
            what: chartId,
            title,
            intro: [...(description ? [description] : []), ...captionText],
            notes: notes?.() ?? [],
            columns,
            rows: exportRows(),
          })}
        />
      }
      summary={summary}
      summaryLabel={m.outcomes.summaryLabel}
      showTable={showTable}
      toggleLabel={m.outcomes.showTable}
      onToggleTable={toggle}
      table={table}
      chart={chart}
      caption={
        <>
          {captionText.map((text) => (
            <span key={text}>{text} </span>
          ))}
          <span className="font-medium">{m.outcomes.captionSources}:</span>{' '}
          {sources.map((source, i) => (
            <span key={source.id}>
              {i > 0 ? '; ' : null}
              <FocusLink {...rest} target={source.id}>
                {source.publisher}
              </FocusLink>
            </span>
          ))}
          .
        </>
      }
    />
  );
}

function LazyChart(props: OutcomeChartProps) {
  const m = useMessages();
  return (
    <ChartSlot height={props.height} loadingLabel={m.outcomes.loadingChart}>
      <OutcomeChart {...props} />
    </ChartSlot>
  );
}

function tickFormatter(unit: Unit, locale: string): (value: number) => string {
  if (unit === 'usd') return (value) => formatUsd(value, locale, true);
  if (unit === 'metric-tons' || unit === 'tons') return (value) => formatNumber(value, locale);
  return (value) => formatCompactNumber(value, locale);
}

function unitLabel(unit: Unit, m: Messages): string {
  return unit === 'usd' ? m.outcomes.usdUnit : unitWords(unit, 2, m);
}

/** A chart datum from a row: the plotted value and every word the chart shows about it. */
function datum(props: SectionProps, row: ChartRow, label: string, axisUnit: Unit, m: Messages): ChartDatum {
  const text = formatFigure(row.figure, m);
  const plotted = formatValue(row.plotted, axisUnit, row.figure.qualifier, m);
  const converted = plotted.full !== text.full;
  const date = reportDateText(props.dataset, row.figure, m.locale);
  return {
    key: row.figure.id,
    label,
    value: row.plotted,
    kind: row.kind,
    disputed: row.disputed,
    support: row.figure.support,
    // The bar keeps the source's wording ("70 tons"); a converted value names both ("58 metric tons (58,000 kg)").
    barLabel: `${row.plotted === row.figure.value ? text.short : `${plotted.short} (${text.short})`} · ${m.support[row.figure.support]}`,
    tooltip: [
      converted ? `${plotted.full} (${text.full})` : text.full,
      m.figure.saidBy(row.figure.saidBy, date),
      `${m.figure.support}: ${m.support[row.figure.support]}`,
      ...(row.disputed ? [m.figure.disputedMark] : []),
      `${m.figure.sources}: ${sourcesOf(props.dataset, row.figure.sourceIds)
        .map((s) => s.publisher)
        .join('; ')}`,
    ],
  };
}

/** The table cells every chart shares after its first column. */
function sourceCell(props: SectionProps, figure: Figure): ReactNode {
  return <SourceRefs section={props} sourceIds={figure.sourceIds} />;
}

function tableRow(
  props: SectionProps,
  row: ChartRow,
  first: ReactNode,
  m: Messages,
  plotted?: string,
): DataTableRow {
  const text = formatFigure(row.figure, m);
  return {
    key: row.figure.id,
    id: `row-${row.figure.id}`,
    highlighted: props.view.focus === row.figure.id,
    cells: [
      first,
      text.full,
      ...(plotted === undefined ? [] : [plotted]),
      m.figure.saidBy(row.figure.saidBy, reportDateText(props.dataset, row.figure, m.locale)),
      <SupportBadge key="support" level={row.figure.support} />,
      sourceCell(props, row.figure),
    ],
  };
}

/** A table row as text, cell for cell, for the CSV download. */
function rowText(
  props: SectionProps,
  row: ChartRow,
  first: string,
  m: Messages,
  plotted?: string,
): ChartExportRow {
  return {
    figure: row.figure,
    cells: [
      first,
      formatFigure(row.figure, m).full,
      ...(plotted === undefined ? [] : [plotted]),
      m.figure.saidBy(row.figure.saidBy, reportDateText(props.dataset, row.figure, m.locale)),
      m.support[row.figure.support],
      sourcesOf(props.dataset, row.figure.sourceIds)
        .map((s) => s.publisher)
        .join('; '),
    ],
  };
}

/** A figure a link points to, shown beside the chart in words (a chart point cannot take focus). */
function LinkedFigure(props: SectionProps & { rows: readonly ChartRow[] }) {
  const m = useMessages();
  const row = props.rows.find((r) => r.figure.id === props.view.focus);
  if (!row) return null;
  return (
    <p
      className={`mt-3 rounded border border-slate-300 p-2 text-sm dark:border-slate-600 ${FOCUSED_ITEM_CLASS}`}
    >
      <span className="font-semibold">{m.outcomes.focusedFigure}:</span> {formatFigure(row.figure, m).full} —{' '}
      {m.figure.saidBy(row.figure.saidBy, reportDateText(props.dataset, row.figure, m.locale))} (
      {m.support[row.figure.support]}
      ). “<span lang={row.figure.quote.language}>{row.figure.quote.text}</span>”
    </p>
  );
}

function ReportedChangeChart(props: SectionProps) {
  const { dataset, view } = props;
  const m = useMessages();
  const selectId = useId();
  const metrics = reportedChangeMetrics(dataset, view);
  // Which metric to draw is presentational, like a tab: it filters nothing else, so it is
  // local state rather than a URL parameter the contract does not define.
  const [chosen, setChosen] = useState<string | null>(null);
  const metric = metrics.find((candidate) => candidate.id === chosen) ?? metrics[0];
  if (!metric) return null;
  const change = reportedChange(dataset, view, metric);
  const first = change.rows[0];
  const last = change.rows.at(-1);
  const describe = (row: ChartRow) =>
    `${formatFigure(row.figure, m).full} (${m.figure.saidBy(row.figure.saidBy, reportDateText(props.dataset, row.figure, m.locale))})`;
  const disputedCount = change.rows.filter((r) => r.disputed).length;
  const summary = [
    first && last
      ? m.outcomes.reportedChange.summary(metric.label, change.rows.length, describe(first), describe(last))
      : '',
    disputedCount > 0 ? m.outcomes.reportedChange.summaryDisputed(disputedCount) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const converted = change.rows.some((r) => r.figure.unit !== change.axisUnit);
  const columns = [
    m.outcomes.columns.report,
    m.outcomes.columns.asReported,
    ...(converted ? [m.outcomes.columns.plotted] : []),
    m.outcomes.columns.saidBy,
    m.outcomes.columns.support,
    m.outcomes.columns.sources,
  ];
  const plottedText = (row: ChartRow) =>
    converted ? formatValue(row.plotted, change.axisUnit, row.figure.qualifier, m).full : undefined;
  return (
    <Frame
      {...props}
      chartId="reported-change"
      title={m.outcomes.reportedChange.title}
      description={m.outcomes.reportedChange.description(metric.label)}
      summary={summary}
      rows={change.rows}
      columns={columns}
      exportRows={() =>
        change.rows.map((row, i) =>
          rowText(props, row, m.kpis.reportNumber(i + 1, change.rows.length), m, plottedText(row)),
        )
      }
      captionText={[
        m.outcomes.reportedChange.caption,
        ...(change.tonsAsMetric ? [m.figure.tonsAsMetric] : []),
      ]}
      controls={
        <label htmlFor={selectId} className="flex items-center gap-2 text-sm font-medium">
          {m.outcomes.metricLabel}
          <select
            id={selectId}
            value={metric.id}
            onChange={(event) => setChosen(event.target.value)}
            className="rounded border border-slate-500 bg-white px-2 py-1 text-sm dark:border-slate-400 dark:bg-slate-800"
          >
            {metrics.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
        </label>
      }
      chart={
        <LazyChart
          type="points"
          height={POINTS_HEIGHT}
          xLabel={m.outcomes.axisReportDate}
          yLabel={m.outcomes.axisValue(unitLabel(change.axisUnit, m))}
          formatTick={tickFormatter(change.axisUnit, m.locale)}
          data={change.rows.map((row) =>
            datum(props, row, reportDateText(props.dataset, row.figure, m.locale), change.axisUnit, m),
          )}
        />
      }
      table={
        <DataTable
          caption={`${m.outcomes.reportedChange.title}: ${metric.label}`}
          columns={columns}
          rows={change.rows.map((row, i) =>
            tableRow(props, row, m.kpis.reportNumber(i + 1, change.rows.length), m, plottedText(row)),
          )}
        />
      }
    />
  );
}

/** "Cártel de Jalisco Nueva Generación (CJNG)" → "CJNG" on a crowded axis; the table keeps the full name. */
function shortGroupName(name: string): string {
  return /\(([^)]+)\)$/.exec(name)?.[1] ?? name;
}

function ArrestsByGroupChart(props: SectionProps & { rows: GroupRow[]; focused: boolean }) {
  const { rows, focused } = props;
  const m = useMessages();
  const items = rows
    .map(
      (row) =>
        `${row.group.name}: ${formatFigure(row.figure, m).full} (${sourcesOf(
          props.dataset,
          row.figure.sourceIds,
        )
          .map((s) => s.publisher)
          .join('; ')}, ${m.support[row.figure.support]})`,
    )
    .join('; ');
  const columns = [
    m.outcomes.columns.group,
    m.outcomes.columns.asReported,
    m.outcomes.columns.saidBy,
    m.outcomes.columns.support,
    m.outcomes.columns.sources,
  ];
  return (
    <Frame
      {...props}
      chartId="arrests-by-group"
      focused={focused}
      title={m.outcomes.arrestsByGroup.title}
      description={m.outcomes.arrestsByGroup.description}
      summary={m.outcomes.arrestsByGroup.summary(items)}
      rows={rows}
      columns={columns}
      exportRows={() => rows.map((row) => rowText(props, row, row.group.name, m))}
      captionText={[m.outcomes.arrestsByGroup.caption]}
      chart={
        <>
          <LazyChart
            type="bars"
            height={rows.length * 46 + 70}
            categoryLabel={m.outcomes.axisGroup}
            valueLabel={m.outcomes.axisValue(unitLabel('people', m))}
            formatTick={tickFormatter('people', m.locale)}
            categoryWidth={150}
            data={rows.map((row) => datum(props, row, shortGroupName(row.group.name), 'people', m))}
          />
          <LinkedFigure {...props} rows={rows} />
        </>
      }
      table={
        <DataTable
          caption={m.outcomes.arrestsByGroup.title}
          columns={columns}
          rows={rows.map((row) => tableRow(props, row, row.group.name, m))}
        />
      }
    />
  );
}

function DrugsSeizedChart(props: SectionProps & { focused: boolean }) {
  const m = useMessages();
  const drugs = drugsSeized(props.dataset, props.view);
  const weightText = (row: ChartRow) => formatValue(row.plotted, 'metric-tons', row.figure.qualifier, m).full;
  const weights = drugs.weights
    .map(
      (row) =>
        `${metricLabel(props.dataset, row.figure.metricId)} ${weightText(row)} (${formatFigure(row.figure, m).full})`,
    )
    .join('; ');
  const pills = drugs.pills.map((row) => formatFigure(row.figure, m).full).join('; ');
  const all = [...drugs.weights, ...drugs.pills];
  const columns = [
    m.outcomes.columns.measure,
    m.outcomes.columns.asReported,
    m.outcomes.columns.plotted,
    m.outcomes.columns.saidBy,
    m.outcomes.columns.support,
    m.outcomes.columns.sources,
  ];
  return (
    <Frame
      {...props}
      chartId="drugs-seized"
      title={m.outcomes.drugsSeized.title}
      description={m.outcomes.drugsSeized.description}
      summary={m.outcomes.drugsSeized.summary(weights, pills)}
      rows={all}
      columns={columns}
      exportRows={() => [
        ...drugs.weights.map((row) =>
          rowText(props, row, metricLabel(props.dataset, row.figure.metricId), m, weightText(row)),
        ),
        ...drugs.pills.map((row) =>
          rowText(
            props,
            row,
            metricLabel(props.dataset, row.figure.metricId),
            m,
            formatFigure(row.figure, m).full,
          ),
        ),
      ]}
      notes={() =>
        drugs.pills.length > 0
          ? [
              `${m.outcomes.drugsSeized.pillsHeading}: ${drugs.pills
                .map(
                  (row) =>
                    `${formatFigure(row.figure, m).full} (${m.figure.saidBy(row.figure.saidBy, reportDateText(props.dataset, row.figure, m.locale))}, ${m.support[row.figure.support]})`,
                )
                .join('; ')}`,
            ]
          : []
      }
      captionText={[m.outcomes.drugsSeized.caption, ...(drugs.tonsAsMetric ? [m.figure.tonsAsMetric] : [])]}
      chart={
        <>
          <h4 className="text-sm font-semibold">{m.outcomes.drugsSeized.weightsHeading}</h4>
          <LazyChart
            type="bars"
            height={drugs.weights.length * 50 + 70}
            categoryLabel={m.outcomes.columns.measure}
            valueLabel={m.outcomes.axisMetricTons}
            formatTick={tickFormatter('metric-tons', m.locale)}
            categoryWidth={170}
            data={drugs.weights.map((row) =>
              datum(props, row, metricLabel(props.dataset, row.figure.metricId), 'metric-tons', m),
            )}
          />
          {drugs.pills.length > 0 ? (
            <div className="mt-4 rounded border border-slate-300 p-3 dark:border-slate-600">
              <h4 className="text-sm font-semibold">{m.outcomes.drugsSeized.pillsHeading}</h4>
              <ul className="mt-1 space-y-1 text-sm">
                {drugs.pills.map((row) => (
                  <li key={row.figure.id}>
                    <span className="text-lg font-bold">{formatFigure(row.figure, m).short}</span>{' '}
                    <span className="sr-only">({formatFigure(row.figure, m).full})</span>—{' '}
                    {m.figure.saidBy(row.figure.saidBy, reportDateText(props.dataset, row.figure, m.locale))}{' '}
                    <SupportBadge level={row.figure.support} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <LinkedFigure {...props} rows={all} />
        </>
      }
      table={
        <DataTable
          caption={m.outcomes.drugsSeized.title}
          columns={columns}
          rows={[
            ...drugs.weights.map((row) =>
              tableRow(props, row, metricLabel(props.dataset, row.figure.metricId), m, weightText(row)),
            ),
            ...drugs.pills.map((row) =>
              tableRow(
                props,
                row,
                metricLabel(props.dataset, row.figure.metricId),
                m,
                formatFigure(row.figure, m).full,
              ),
            ),
          ]}
        />
      }
    />
  );
}

function NarcoticsDisagreementChart(props: SectionProps) {
  const m = useMessages();
  const data = narcoticsDisagreement(props.dataset, props.view);
  const weightText = (row: ChartRow) => formatValue(row.plotted, 'metric-tons', row.figure.qualifier, m).full;
  const cocaineText = data.cocaine
    ? `${formatFigure(data.cocaine.figure, m).full} (${weightText(data.cocaine)})`
    : '';
  const items = data.rows
    .map(
      (row) =>
        `${formatFigure(row.figure, m).full}, ${m.figure.saidBy(row.figure.saidBy, reportDateText(props.dataset, row.figure, m.locale))}${row.disputed ? ` (${m.support.disputed})` : ''}`,
    )
    .join('; ');
  const summary = [
    m.outcomes.narcoticsDisagreement.summary(data.rows.length, items),
    data.cocaine ? m.outcomes.narcoticsDisagreement.summaryCocaine(cocaineText) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const columns = [
    m.outcomes.columns.report,
    m.outcomes.columns.asReported,
    m.outcomes.columns.plotted,
    m.outcomes.columns.saidBy,
    m.outcomes.columns.support,
    m.outcomes.columns.sources,
  ];
  return (
    <Frame
      {...props}
      chartId="narcotics-disagreement"
      title={m.outcomes.narcoticsDisagreement.title}
      description={data.cocaine ? m.outcomes.narcoticsDisagreement.description(cocaineText) : null}
      summary={summary}
      rows={data.cocaine ? [...data.rows, data.cocaine] : data.rows}
      columns={columns}
      exportRows={() => [
        ...data.rows.map((row, i) =>
          rowText(props, row, m.kpis.reportNumber(i + 1, data.rows.length), m, weightText(row)),
        ),
        ...(data.cocaine
          ? [
              rowText(
                props,
                data.cocaine,
                metricLabel(props.dataset, data.cocaine.figure.metricId),
                m,
                weightText(data.cocaine),
              ),
            ]
          : []),
      ]}
      captionText={[
        m.outcomes.narcoticsDisagreement.caption,
        ...(data.tonsAsMetric ? [m.figure.tonsAsMetric] : []),
      ]}
      chart={
        <LazyChart
          type="bars"
          height={data.rows.length * 46 + 90}
          categoryLabel={m.outcomes.axisReport}
          valueLabel={m.outcomes.axisMetricTons}
          formatTick={tickFormatter('metric-tons', m.locale)}
          categoryWidth={250}
          reference={
            data.cocaine
              ? {
                  value: data.cocaine.plotted,
                  label: m.outcomes.narcoticsDisagreement.cocaineLine(weightText(data.cocaine)),
                }
              : undefined
          }
          data={data.rows.map((row) =>
            datum(
              props,
              row,
              `${row.figure.saidBy}\n${reportDateText(props.dataset, row.figure, m.locale)}`,
              'metric-tons',
              m,
            ),
          )}
        />
      }
      table={
        <DataTable
          caption={m.outcomes.narcoticsDisagreement.title}
          columns={columns}
          rows={[
            ...data.rows.map((row, i) =>
              tableRow(props, row, m.kpis.reportNumber(i + 1, data.rows.length), m, weightText(row)),
            ),
            ...(data.cocaine
              ? [
                  tableRow(
                    props,
                    data.cocaine,
                    metricLabel(props.dataset, data.cocaine.figure.metricId),
                    m,
                    weightText(data.cocaine),
                  ),
                ]
              : []),
          ]}
        />
      }
    />
  );
}
