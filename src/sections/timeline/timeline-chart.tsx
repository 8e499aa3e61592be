import type { KeyboardEvent } from 'react';
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  useXAxisScale,
} from 'recharts';

import type { EventType } from '../../data/schema';
import { useSectionMessages } from '../../i18n/i18n';
import { dayValue, formatMonth } from '../../lib/format';
import { EVENT_TYPES } from '../../view-state/view-state';
import { CHART_HEIGHT_PX, type DayRange } from './timeline';

/**
 * The Recharts part of the timeline, loaded lazily (React.lazy) so Recharts stays out
 * of the first bundle. One lane per event type; a day-precision event is a solid dot,
 * a month-precision one a hollow dot over a dashed band spanning the days it may have
 * happened on (e.g. 21–31 Aug for "late Aug 2025"), marked "≈". It is never drawn as
 * a point on the first of the month.
 */

const DAY_MS = 86_400_000;

export interface ChartEvent {
  id: string;
  type: EventType;
  title: string;
  /** The date as precise as the source: "23 Oct 2025", "late Aug 2025". */
  dateText: string;
  approximate: boolean;
  range: DayRange;
}

interface TimelineChartProps {
  events: readonly ChartEvent[];
  span: DayRange;
  /** The roundtable's date, marked with a vertical line; null if the dataset lacks it. */
  roundtable: { date: string; label: string } | null;
  focusedId: string | null;
  onSelect: (id: string) => void;
  /** Accessible name of the chart region. */
  label: string;
}

interface Point extends ChartEvent {
  x: number;
  lane: number;
  startMs: number;
  /** The end of the last possible day, so a band covers whole days. */
  endMs: number;
}

/** Each type has its own lane, so colour is a second cue, never the only one. */
const LANE_CLASS: Record<EventType, string> = {
  policy: 'fill-violet-700 stroke-violet-700 dark:fill-violet-300 dark:stroke-violet-300',
  operation: 'fill-sky-700 stroke-sky-700 dark:fill-sky-300 dark:stroke-sky-300',
  meeting: 'fill-emerald-700 stroke-emerald-700 dark:fill-emerald-300 dark:stroke-emerald-300',
  speech: 'fill-rose-700 stroke-rose-700 dark:fill-rose-300 dark:stroke-rose-300',
  report: 'fill-amber-700 stroke-amber-700 dark:fill-amber-300 dark:stroke-amber-300',
};

function toPoint(event: ChartEvent): Point {
  const startMs = dayValue(event.range.start);
  const endMs = dayValue(event.range.end) + DAY_MS;
  return {
    ...event,
    startMs,
    endMs,
    // The middle of the possible days: midday for a day, the band's centre for a month part.
    x: (startMs + endMs) / 2,
    lane: EVENT_TYPES.indexOf(event.type),
  };
}

/** The first of every other month inside the span, for the axis. */
function monthTicks(span: DayRange): number[] {
  const ticks: number[] = [];
  const start = new Date(`${span.start}T00:00:00Z`);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + 1;
  const end = dayValue(span.end);
  for (;;) {
    if (month > 11) {
      year += Math.floor(month / 12);
      month %= 12;
    }
    const value = Date.UTC(year, month, 1);
    if (value > end) break;
    ticks.push(value);
    month += 2;
  }
  return ticks;
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

interface MarkerProps {
  cx?: number;
  cy?: number;
  payload?: Point;
  focusedId: string | null;
  onSelect: (id: string) => void;
  typeLabel: (type: EventType) => string;
}

function EventMarker({ cx, cy, payload, focusedId, onSelect, typeLabel }: MarkerProps) {
  const scale = useXAxisScale();
  if (cx === undefined || cy === undefined || !payload) return null;
  const focused = payload.id === focusedId;
  const radius = focused ? 9 : 6;
  const select = () => onSelect(payload.id);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select();
    }
  };
  let band = null;
  if (payload.approximate && scale) {
    const x1 = scale(payload.startMs) ?? cx;
    const x2 = scale(payload.endMs) ?? cx;
    band = (
      <rect
        x={Math.min(x1, x2)}
        y={cy - 7}
        width={Math.max(Math.abs(x2 - x1), 4)}
        height={14}
        rx={3}
        strokeDasharray="3 2"
        strokeWidth={1.5}
        fillOpacity={0.15}
      />
    );
  }
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${payload.title}, ${payload.dateText}, ${typeLabel(payload.type)}`}
      aria-pressed={focused}
      onClick={select}
      onKeyDown={onKeyDown}
      className={`group cursor-pointer outline-none ${LANE_CLASS[payload.type]}`}
    >
      {band}
      {/* A larger ring shows keyboard focus; the thick dark ring marks the selected event. */}
      <circle
        cx={cx}
        cy={cy}
        r={radius + 5}
        fill="none"
        strokeWidth={2}
        className="stroke-slate-900 opacity-0 group-focus-visible:opacity-100 dark:stroke-white"
      />
      {focused ? (
        <circle
          cx={cx}
          cy={cy}
          r={radius + 2}
          fill="none"
          strokeWidth={3}
          className="stroke-amber-500 dark:stroke-amber-300"
        />
      ) : null}
      <circle
        cx={cx}
        cy={cy}
        r={radius}
        strokeWidth={2}
        className={payload.approximate ? 'fill-white dark:fill-slate-900' : undefined}
      />
      {payload.approximate ? (
        <text
          x={cx}
          y={cy - radius - 4}
          textAnchor="middle"
          fontSize={15}
          fontWeight={700}
          className="fill-slate-900 stroke-none dark:fill-slate-100"
          aria-hidden="true"
        >
          ≈
        </text>
      ) : null}
    </g>
  );
}

interface TooltipProps {
  active?: boolean | undefined;
  payload?: readonly { payload?: unknown }[] | undefined;
}

/**
 * The roundtable's label sits above the plot, to the left of its line: the line is late
 * in the span, so text running right would be cut off on narrow screens.
 */
function RoundtableLabel({ viewBox, text }: { viewBox?: unknown; text: string }) {
  const box = viewBox as { x?: number; y?: number } | undefined;
  if (box?.x === undefined || box.y === undefined) return null;
  return (
    <text x={box.x - 4} y={box.y - 8} textAnchor="end" fontSize={12} fill="currentColor">
      {text}
    </text>
  );
}

function EventTooltip({ active, payload }: TooltipProps) {
  const m = useSectionMessages();
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div className="max-w-xs rounded border border-slate-300 bg-white p-2 text-sm text-slate-900 shadow dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100">
      <p className="font-semibold">{point.title}</p>
      <p>
        {point.approximate ? '≈ ' : null}
        {point.dateText}
        {point.approximate ? ` (${m.timeline.approximate})` : null} · {m.timeline.types[point.type]}
      </p>
    </div>
  );
}

export function TimelineChart({ events, span, roundtable, focusedId, onSelect, label }: TimelineChartProps) {
  const m = useSectionMessages();
  const points = events.map(toPoint);
  const domain: [number, number] = [dayValue(span.start) - 10 * DAY_MS, dayValue(span.end) + 10 * DAY_MS];
  const typeLabel = (type: EventType) => m.timeline.types[type];
  return (
    <div role="group" aria-label={label} className="text-slate-800 dark:text-slate-200">
      <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
        <ScatterChart margin={{ top: 24, right: 24, bottom: 28, left: 16 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="2 4" stroke="currentColor" strokeOpacity={0.3} />
          <XAxis
            type="number"
            dataKey="x"
            domain={domain}
            ticks={monthTicks(span)}
            tickFormatter={(value: number) => formatMonth(isoOf(value), m.locale)}
            tick={{ fill: 'currentColor', fontSize: 12 }}
            stroke="currentColor"
            label={{
              value: m.timeline.chart.xAxis,
              position: 'insideBottom',
              offset: -18,
              fill: 'currentColor',
            }}
          />
          <YAxis
            type="number"
            dataKey="lane"
            domain={[-0.5, EVENT_TYPES.length - 0.5]}
            ticks={EVENT_TYPES.map((_, i) => i)}
            // One label per lane, stacked: all are drawn, none measured in the page.
            interval={0}
            tickFormatter={(value: number) => typeLabel(EVENT_TYPES[value] ?? 'policy')}
            tick={{ fill: 'currentColor', fontSize: 12 }}
            stroke="currentColor"
            reversed
            width={96}
            label={{
              value: m.timeline.chart.yAxis,
              angle: -90,
              position: 'insideLeft',
              offset: -4,
              fill: 'currentColor',
              style: { textAnchor: 'middle' },
            }}
          />
          {roundtable ? (
            <ReferenceLine
              x={dayValue(roundtable.date) + DAY_MS / 2}
              stroke="currentColor"
              strokeDasharray="6 3"
              label={(props: { viewBox?: unknown }) => (
                <RoundtableLabel viewBox={props.viewBox} text={roundtable.label} />
              )}
            />
          ) : null}
          <Tooltip
            content={(props) => <EventTooltip active={props.active} payload={props.payload} />}
            cursor={false}
            isAnimationActive={false}
          />
          <Scatter
            data={points}
            isAnimationActive={false}
            shape={(props: unknown) => (
              <EventMarker
                {...(props as Omit<MarkerProps, 'focusedId' | 'onSelect' | 'typeLabel'>)}
                focusedId={focusedId}
                onSelect={onSelect}
                typeLabel={typeLabel}
              />
            )}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
