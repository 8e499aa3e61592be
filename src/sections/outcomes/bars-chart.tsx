import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
} from 'recharts';

import { CATEGORY_LINE_PX, narrowCategoryChars, narrowCategoryLines, type ChartDatum } from './outcome-text';
import { axisTitle, type OutcomeChartProps, SUPPORT_FILL, TEXT, PlainTick, TooltipBox } from './chart-parts';

/** The outcome chart of values side by side, a bar a category, with its labels fitted to the room. */

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

export function BarsChart({
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
        label={axisTitle(valueLabel, 'bottom')}
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
        label={axisTitle(narrow ? '' : categoryLabel, 'left')}
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
