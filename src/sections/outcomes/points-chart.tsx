import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';

import type { ChartDatum } from './outcome-text';
import { axisTitle, type OutcomeChartProps, PointShape, PlainTick, TooltipBox } from './chart-parts';

/** The outcome chart of one metric's reported values over time, a point a report. */

/** A report date under a points chart ("Jan 26, 2026" at 12 px) with a gap before the next. */
const POINT_LABEL_PX = 84;

/** A points chart's margins, its value axis's width and the padding at each end of its dates. */
const POINTS_MARGIN = { top: 16, right: 24, bottom: 36, left: 24 };

const VALUE_AXIS_PX = 90;

const DATE_PADDING_PX = 36;

export function PointsChart({
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
        label={axisTitle(narrow ? xLabelNarrow : xLabel, 'bottom')}
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
        label={axisTitle(yLabel, 'left', -12)}
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
