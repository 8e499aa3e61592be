import { memo, useEffect, useRef, useState } from 'react';
import { ResponsiveContainer } from 'recharts';

import { type OutcomeChartProps, ChartKey } from './chart-parts';
import { PointsChart } from './points-chart';
import { BarsChart } from './bars-chart';

/**
 * The Recharts views of the outcome charts. This module is loaded lazily (React.lazy in
 * outcomes-section.tsx) so Recharts stays out of the first download. It only draws: every
 * text it shows arrives already formatted, from the same rows as the table alternative.
 */

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
