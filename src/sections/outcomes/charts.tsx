import { memo, useEffect, useRef, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type DotItemDotProps,
  type LabelProps,
  type TooltipContentProps,
} from 'recharts';

import type { SupportLevel } from '../../data/schema';
import { useSectionMessages } from '../../i18n/i18n';
import type { QualifierKind } from '../../data/units';
import { CATEGORY_LINE_PX, narrowCategoryChars, narrowCategoryLines, type ChartDatum } from './outcome-text';

/**
 * The Recharts views of the outcome charts. This module is loaded lazily (React.lazy in
 * outcomes-section.tsx) so Recharts stays out of the first download. It only draws: every
 * text it shows arrives already formatted, from the same rows as the table alternative.
 */

export type OutcomeChartProps =
  | {
      type: 'points';
      data: readonly ChartDatum[];
      xLabel: string;
      /** The x axis title on a narrow chart, where the full one would be cut off. */
      xLabelNarrow: string;
      yLabel: string;
      formatTick: (value: number) => string;
      height: number;
    }
  | {
      type: 'bars';
      data: readonly ChartDatum[];
      /** Axis title of the category axis (left). */
      categoryLabel: string;
      valueLabel: string;
      formatTick: (value: number) => string;
      reference?: { value: number; label: string };
      height: number;
    };

/** Colour-blind-safe (Okabe–Ito) fills by support level, lighter in dark mode. Never the only cue. */
const SUPPORT_FILL: Record<SupportLevel, string> = {
  primary: 'fill-[#0072B2] stroke-[#0072B2] dark:fill-[#56B4E9] dark:stroke-[#56B4E9]',
  reported: 'fill-[#007A5A] stroke-[#007A5A] dark:fill-[#3CC79A] dark:stroke-[#3CC79A]',
  secondary: 'fill-slate-500 stroke-slate-500 dark:fill-slate-400 dark:stroke-slate-400',
  disputed: 'fill-[#C24E00] stroke-[#C24E00] dark:fill-[#F59A4A] dark:stroke-[#F59A4A]',
};

/** The same colours as outlines only: the dashed ring around a disputed point. */
const SUPPORT_STROKE: Record<SupportLevel, string> = {
  primary: 'stroke-[#0072B2] dark:stroke-[#56B4E9]',
  reported: 'stroke-[#007A5A] dark:stroke-[#3CC79A]',
  secondary: 'stroke-slate-500 dark:stroke-slate-400',
  disputed: 'stroke-[#C24E00] dark:stroke-[#F59A4A]',
};

const TEXT = 'fill-slate-800 dark:fill-slate-200';

/**
 * Redrawing Recharts is costly and a chart changes only with its data, so a re-render of
 * the page (typing in the search box) reuses the drawing. Functions are left out of the
 * comparison: the tick formatter follows the unit, which the axis label already names.
 */
function sameChart(a: OutcomeChartProps, b: OutcomeChartProps): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export default memo(OutcomeChart, sameChart);

/** Below this width a bar chart drops its value labels (the table and tooltips keep them). */
const NARROW_PX = 560;

/** A bar chart's left margin, and the sizes of its category labels and of the value label beside each bar. */
const BARS_LEFT_PX = 8;
const CATEGORY_FONT_PX = 11;
const BAR_LABEL_FONT_PX = 12;
const BAR_LABEL_GAP_PX = 6;

/** The narrowest plot a bar chart keeps its value labels beside; below it they are dropped too. */
const MIN_BAR_PLOT_PX = 120;
/** Room on a bar chart's category axis for its rotated title, and between a label and the axis. */
const CATEGORY_TITLE_PX = 20;
const CATEGORY_GAP_PX = 10;

/**
 * About how wide a line of chart text is drawn: 0.62 of the font size a character. DejaVu
 * Sans, the default sans-serif on Linux and among the widest, draws these labels at 0.52 to
 * 0.6 (capitals are wider), so the room a label is given errs on the generous side.
 * Measuring it in the page would force a layout while the chart is drawn (see PlainTick),
 * and a label cut off at the chart's edge cannot be read.
 */
function textPx(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.62);
}

/** The width of the longest line among `lines` at `fontSize`, or 0 when there is none. */
function widestPx(lines: readonly string[], fontSize: number): number {
  return lines.reduce((widest, line) => Math.max(widest, textPx(line, fontSize)), 0);
}

/** A report date under a points chart ("Jan 26, 2026" at 12 px) with a gap before the next. */
const POINT_LABEL_PX = 84;

/** A points chart's margins, its value axis's width and the padding at each end of its dates. */
const POINTS_MARGIN = { top: 16, right: 24, bottom: 36, left: 24 };
const VALUE_AXIS_PX = 90;
const DATE_PADDING_PX = 36;

/** The element's width in pixels, measured after mounting (0 until then). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

function OutcomeChart(props: OutcomeChartProps) {
  const [ref, width] = useWidth();
  const narrow = width > 0 && width < NARROW_PX;
  return (
    <div ref={ref}>
      <div aria-hidden="true" className="text-slate-800 dark:text-slate-200">
        <ResponsiveContainer width="100%" height={props.height}>
          {props.type === 'points' ? (
            <PointsChart {...props} narrow={narrow} width={width} />
          ) : (
            <BarsChart {...props} narrow={narrow} width={width} />
          )}
        </ResponsiveContainer>
      </div>
      <ChartKey data={props.data} shapes={props.type === 'points'} />
    </div>
  );
}

function PointsChart({
  data,
  xLabel,
  xLabelNarrow,
  yLabel,
  formatTick,
  narrow,
  width,
}: Extract<OutcomeChartProps, { type: 'points' }> & { narrow: boolean; width: number }) {
  const labels = new Map(data.map((d) => [d.key, d.label]));
  // Whether the report dates, spread evenly under the plot (its width less the margins, the
  // value axis and the padding), come closer than POINT_LABEL_PX apart.
  const plot = width - POINTS_MARGIN.left - POINTS_MARGIN.right - VALUE_AXIS_PX - 2 * DATE_PADDING_PX;
  const crowded = width > 0 && data.length > 1 && plot / (data.length - 1) < POINT_LABEL_PX;
  return (
    <LineChart data={data as ChartDatum[]} margin={POINTS_MARGIN} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" className="stroke-slate-300 dark:stroke-slate-700" />
      <XAxis
        dataKey="key"
        type="category"
        // Every report date where they fit; else the first and last, and any between that
        // do not overlap them (the table lists every one).
        interval={crowded ? 'preserveStartEnd' : 0}
        padding={{ left: DATE_PADDING_PX, right: DATE_PADDING_PX }}
        tickFormatter={(key: string) => labels.get(key) ?? ''}
        tick={PlainTick}
        label={{
          value: narrow ? xLabelNarrow : xLabel,
          position: 'insideBottom',
          offset: -24,
          className: TEXT,
          fill: 'currentColor',
          fontSize: 12,
        }}
      />
      <YAxis
        type="number"
        domain={[0, 'auto']}
        width={VALUE_AXIS_PX}
        // Every tick (about five, stacked): Recharts then does not measure each label in the
        // page to see whether it overlaps the next, which forced a layout of the whole page.
        interval={0}
        tickFormatter={formatTick}
        tick={PlainTick}
        label={{
          value: yLabel,
          angle: -90,
          position: 'insideLeft',
          offset: -12,
          className: TEXT,
          fill: 'currentColor',
          fontSize: 12,
          style: { textAnchor: 'middle' },
        }}
      />
      <Tooltip content={TooltipBox} cursor={{ strokeDasharray: '3 3' }} />
      <Line
        dataKey="value"
        isAnimationActive={false}
        strokeWidth={1.5}
        strokeDasharray="4 4"
        className="stroke-slate-500 dark:stroke-slate-400"
        stroke="currentColor"
        dot={PointDot}
        activeDot={false}
      />
    </LineChart>
  );
}

function PointDot(props: DotItemDotProps) {
  const { cx, cy, payload } = props as DotItemDotProps & { cx?: number; cy?: number; payload: ChartDatum };
  if (cx === undefined || cy === undefined) return null;
  return <PointShape key={payload.key} x={cx} y={cy} datum={payload} />;
}

function PointShape({ x, y, datum }: { x: number; y: number; datum: ChartDatum }) {
  const fill = SUPPORT_FILL[datum.support];
  return (
    <g>
      {datum.kind === 'lower-bound' ? (
        <path d={`M ${x} ${y - 9} L ${x + 8} ${y + 6} L ${x - 8} ${y + 6} Z`} className={fill} />
      ) : datum.kind === 'approximate' ? (
        <path d={`M ${x} ${y - 8} L ${x + 8} ${y} L ${x} ${y + 8} L ${x - 8} ${y} Z`} className={fill} />
      ) : datum.kind === 'unknown' ? (
        <rect x={x - 6} y={y - 6} width={12} height={12} className={fill} />
      ) : (
        <circle cx={x} cy={y} r={6.5} className={fill} />
      )}
      {datum.disputed ? (
        <circle
          cx={x}
          cy={y}
          r={13}
          fill="none"
          strokeWidth={2}
          strokeDasharray="3 2"
          className={SUPPORT_STROKE[datum.support]}
        />
      ) : null}
    </g>
  );
}

function BarsChart({
  data,
  categoryLabel,
  valueLabel,
  formatTick,
  reference,
  narrow: narrowChart,
  width,
  height,
}: Extract<OutcomeChartProps, { type: 'bars' }> & { narrow: boolean; width: number }) {
  const margin = { top: reference ? 28 : 8, bottom: 36 };
  // The lines a category label may take: as many as its row holds.
  const maxLines = Math.max(
    1,
    Math.floor((height - margin.top - margin.bottom) / data.length / CATEGORY_LINE_PX),
  );
  // A label drawn wide keeps its own line breaks if every label fits its row; otherwise, and
  // on a narrow chart, the labels are wrapped again at the shortest length that fits.
  const wrapChars = narrowCategoryChars(
    data.map((d) => d.label),
    maxLines,
  );
  const keepBreaks = data.every((d) => d.label.split('\n').length <= maxLines);
  const wrapped = (label: string) => narrowCategoryLines(label, wrapChars);
  const wideLines = (label: string) => (keepBreaks ? label.split('\n') : wrapped(label));
  // The category labels and the value labels beside the bars get the room their longest line
  // needs; a chart too narrow for both and a plot drops the value labels and wraps the
  // category labels, with no axis title, instead.
  const labelsWidth =
    widestPx(
      data.flatMap((d) => d.barLabel.split('\n')),
      BAR_LABEL_FONT_PX,
    ) +
    BAR_LABEL_GAP_PX * 2;
  const categoryWidthOf = (lines: string[], title: number) =>
    title + widestPx(lines, CATEGORY_FONT_PX) + CATEGORY_GAP_PX;
  const wideCategoryWidth = categoryWidthOf(
    data.flatMap((d) => wideLines(d.label)),
    CATEGORY_TITLE_PX,
  );
  const narrow = narrowChart || width - BARS_LEFT_PX - wideCategoryWidth - labelsWidth < MIN_BAR_PLOT_PX;
  const categoryWidth = narrow
    ? categoryWidthOf(
        data.flatMap((d) => wrapped(d.label)),
        0,
      )
    : wideCategoryWidth;
  const linesOf = narrow ? wrapped : wideLines;
  return (
    <BarChart
      data={data as ChartDatum[]}
      layout="vertical"
      margin={{
        top: margin.top,
        right: narrow ? 16 : labelsWidth,
        bottom: margin.bottom,
        left: narrow ? 0 : BARS_LEFT_PX,
      }}
      accessibilityLayer={false}
    >
      <CartesianGrid
        strokeDasharray="3 3"
        horizontal={false}
        className="stroke-slate-300 dark:stroke-slate-700"
      />
      <XAxis
        type="number"
        domain={[0, 'auto']}
        // About five labels side by side: on a wide chart they always fit, so every one is
        // drawn without measuring it in the page; a narrow one drops any that would overlap.
        interval={narrow ? 'preserveEnd' : 0}
        tickFormatter={formatTick}
        tick={PlainTick}
        label={{
          value: valueLabel,
          position: 'insideBottom',
          offset: -24,
          className: TEXT,
          fill: 'currentColor',
          fontSize: 12,
        }}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={categoryWidth}
        interval={0}
        tick={(tick: { x: number | string; y: number | string; payload: { value: unknown } }) => (
          <CategoryTick
            x={Number(tick.x)}
            y={Number(tick.y)}
            lines={linesOf(data.find((d) => d.key === tick.payload.value)?.label ?? '')}
          />
        )}
        label={{
          value: narrow ? '' : categoryLabel,
          angle: -90,
          position: 'insideLeft',
          className: TEXT,
          fill: 'currentColor',
          fontSize: 12,
          style: { textAnchor: 'middle' },
        }}
      />
      <Tooltip content={TooltipBox} cursor={{ className: 'fill-slate-200/50 dark:fill-slate-700/50' }} />
      {reference ? (
        <ReferenceLine
          x={reference.value}
          strokeDasharray="6 4"
          strokeWidth={2}
          stroke="currentColor"
          label={{
            position: 'top',
            content: ({ x, y }: LabelProps) => (
              <ReferenceLabel x={Number(x)} y={Number(y)} text={reference.label} chartWidth={width} />
            ),
          }}
        />
      ) : null}
      <Bar dataKey="value" isAnimationActive={false} shape={BarShape} barSize={22}>
        {narrow ? null : <LabelList dataKey="barLabel" content={BarLabel} />}
      </Bar>
    </BarChart>
  );
}

/** What Recharts passes to an axis's tick label (the parts used here). */
interface TickProps {
  x: number | string;
  y: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  payload: { value: unknown };
  index: number;
  tickFormatter?: (value: unknown, index: number) => string;
  className?: string;
}

/** How far a line of text moves down to sit below, on or above its point, as Recharts' Text does. */
const ANCHOR_DY = { start: '0.71em', middle: '0.355em', end: '0em' } as const;

/**
 * A one-line tick label. Recharts' own label measures each word in the page to wrap it,
 * which forced a layout of the whole page while a chart was drawn; these labels are short
 * and never wrap.
 */
function PlainTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  index,
  tickFormatter,
  className,
}: TickProps) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      dy={ANCHOR_DY[verticalAnchor ?? 'middle']}
      fontSize={12}
      className={`${className ?? ''} ${TEXT}`}
    >
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}

/** A category label's lines, right-aligned and centred on the tick. */
function CategoryTick({ x, y, lines }: { x: number; y: number; lines: string[] }) {
  return (
    <text x={x - 6} y={y} textAnchor="end" fontSize={CATEGORY_FONT_PX} className={TEXT}>
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={x - 6}
          dy={i === 0 ? 4 - ((lines.length - 1) * CATEGORY_LINE_PX) / 2 : CATEGORY_LINE_PX}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

function BarShape(props: BarShapeProps) {
  const { x, y, width, height } = props;
  const datum = props.payload as ChartDatum;
  return (
    <rect
      x={x}
      y={y}
      width={Math.max(width, 1)}
      height={height}
      className={SUPPORT_FILL[datum.support]}
      fillOpacity={datum.disputed ? 0.35 : 1}
      strokeWidth={datum.disputed ? 2 : 0}
      strokeDasharray={datum.disputed ? '5 3' : undefined}
    />
  );
}

/**
 * The reference line's label, above the plot and centred on the line, but moved in as far
 * as it must be to stay whole inside the chart when the line is near one of its edges.
 */
function ReferenceLabel({
  x,
  y,
  text,
  chartWidth,
}: {
  x: number;
  y: number;
  text: string;
  chartWidth: number;
}) {
  const half = textPx(text, BAR_LABEL_FONT_PX) / 2;
  const centre = chartWidth > 2 * half ? Math.min(Math.max(x, half), chartWidth - half) : x;
  return (
    <text x={centre} y={y} textAnchor="middle" fontSize={BAR_LABEL_FONT_PX} className={TEXT}>
      {text}
    </text>
  );
}

/** The value beside a bar, with its support level on a second line (split at the line break). */
function BarLabel(props: LabelProps) {
  const { x, y, width, height, value } = props as LabelProps & {
    x?: number;
    y?: number;
    width?: number;
    height?: number;
  };
  if (x === undefined || y === undefined) return null;
  const left = Number(x) + Number(width ?? 0) + BAR_LABEL_GAP_PX;
  const lines = String(value ?? '').split('\n');
  return (
    <text
      x={left}
      y={Number(y) + Number(height ?? 0) / 2}
      dominantBaseline="central"
      fontSize={BAR_LABEL_FONT_PX}
      className={TEXT}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={left} dy={i === 0 ? -(lines.length - 1) * 7 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function TooltipBox({ active, payload }: TooltipContentProps) {
  const datum = payload?.[0]?.payload as ChartDatum | undefined;
  if (!active || !datum) return null;
  return (
    <div className="max-w-xs rounded border border-slate-400 bg-white p-2 text-xs text-slate-900 shadow dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100">
      {datum.tooltip.map((line, i) => (
        <p key={i} className={i === 0 ? 'font-semibold' : undefined}>
          {line}
        </p>
      ))}
    </div>
  );
}

/** What the shapes, colours and outlines mean, in words. Items marked `data-chart-key` go into image downloads. */
function ChartKey({ data, shapes }: { data: readonly ChartDatum[]; shapes: boolean }) {
  const m = useSectionMessages();
  const supports = (['primary', 'reported', 'secondary'] as const).filter((s) =>
    data.some((d) => d.support === s),
  );
  const kinds = (['exact', 'lower-bound', 'approximate', 'unknown'] as const).filter((k) =>
    data.some((d) => d.kind === k),
  );
  const disputed = data.some((d) => d.disputed);
  const kindText: Record<QualifierKind, string> = {
    exact: m.outcomes.legend.exact,
    'lower-bound': m.outcomes.legend.lowerBound,
    approximate: m.outcomes.legend.approximate,
    unknown: m.outcomes.legend.unknownQualifier,
  };
  return (
    <div
      aria-hidden="true"
      className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
    >
      <span className="font-semibold">{m.outcomes.legend.heading}:</span>
      {shapes
        ? kinds.map((kind) => (
            <span key={kind} data-chart-key className="inline-flex items-center gap-1">
              <svg width="18" height="18" viewBox="0 0 18 18">
                <PointShape x={9} y={10} datum={{ ...KEY_DATUM, kind }} />
              </svg>
              {kindText[kind]}
            </span>
          ))
        : null}
      {supports.map((support) => (
        <span key={support} data-chart-key className="inline-flex items-center gap-1">
          <svg width="14" height="14" viewBox="0 0 14 14">
            <rect x="1" y="1" width="12" height="12" className={SUPPORT_FILL[support]} />
          </svg>
          {m.outcomes.legend[support]}
        </span>
      ))}
      {disputed ? (
        <span data-chart-key className="inline-flex items-center gap-1">
          <svg width="14" height="14" viewBox="0 0 14 14">
            <rect
              x="1.5"
              y="1.5"
              width="11"
              height="11"
              className={SUPPORT_FILL.disputed}
              fillOpacity={0.35}
              strokeWidth={1.5}
              strokeDasharray="3 2"
            />
          </svg>
          {m.outcomes.legend.disputed}
        </span>
      ) : null}
    </div>
  );
}

const KEY_DATUM: ChartDatum = {
  key: 'key',
  label: '',
  value: 0,
  kind: 'exact',
  disputed: false,
  support: 'secondary',
  barLabel: '',
  tooltip: [],
};
