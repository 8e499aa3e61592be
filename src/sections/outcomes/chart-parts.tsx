import { type TooltipContentProps } from 'recharts';

import type { SupportLevel } from '../../data/schema';
import { useSectionMessages } from '../../i18n/i18n';
import type { QualifierKind } from '../../data/units';
import type { ChartDatum } from './outcome-text';

/** What the two outcome charts share: their props, colours, ticks, tooltip and key. */

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
export const SUPPORT_FILL: Record<SupportLevel, string> = {
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

export const TEXT = 'fill-slate-800 dark:fill-slate-200';

/** An axis title, drawn like the chart's other text: under the bottom axis, or turned up beside the left one. */
export function axisTitle(value: string, side: 'bottom' | 'left', offset?: number) {
  const common = { value, className: TEXT, fill: 'currentColor', fontSize: 12 };
  return side === 'bottom'
    ? { ...common, position: 'insideBottom' as const, offset: offset ?? -24 }
    : {
        ...common,
        angle: -90,
        position: 'insideLeft' as const,
        ...(offset === undefined ? {} : { offset }),
        style: { textAnchor: 'middle' as const },
      };
}

export function PointShape({ x, y, datum }: { x: number; y: number; datum: ChartDatum }) {
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
export function PlainTick({
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

export function TooltipBox({ active, payload }: TooltipContentProps) {
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
export function ChartKey({ data, shapes }: { data: readonly ChartDatum[]; shapes: boolean }) {
  const m = useSectionMessages();
  const supports = (['primary', 'reported', 'secondary'] as const).filter((s) =>
    data.some((d) => d.support === s),
  );
  const kinds = (['unqualified', 'lower-bound', 'approximate', 'unknown'] as const).filter((k) =>
    data.some((d) => d.kind === k),
  );
  const disputed = data.some((d) => d.disputed);
  const kindText: Record<QualifierKind, string> = {
    unqualified: m.outcomes.legend.unqualified,
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
  kind: 'unqualified',
  disputed: false,
  support: 'secondary',
  barLabel: '',
  tooltip: [],
};
