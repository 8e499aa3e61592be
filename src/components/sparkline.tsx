import { memo } from 'react';

export interface SparkPoint {
  value: number;
  /** Drawn hollow: a value sources disagree about. */
  disputed?: boolean;
  /** Ringed: the best-supported claim, when it is not the newest value (whose dot is larger). */
  best?: boolean;
}

const WIDTH = 72;
const HEIGHT = 24;
const PAD = 4;
/** Beyond this many values the dots would touch: only the line, the newest value's dot and the ringed one are drawn. */
const MAX_DOTS = 12;

/**
 * A small line of successive values, oldest to newest, on one scale from zero. Decorative:
 * the same values are given in words wherever it appears. With many values (a claim
 * reported hundreds of times) the dots would merge into a blot, and each would be an element
 * of the page to create on every filter change: the line alone is drawn, with the newest
 * dot (and the best-supported one when it is not the newest). The best-supported value is
 * ringed, so the newest and the best-supported can be told apart (kpis.ts `bestSupported`).
 * Sized by SVG attributes, not style attributes, so it prerenders under a strict
 * Content-Security-Policy. Memoised: without a date window a card's points are the same
 * array from one filter change to the next (kpis.ts), so a toggle leaves it alone.
 */
export const Sparkline = memo(function Sparkline({ points }: { points: readonly SparkPoint[] }) {
  const max = Math.max(...points.map((p) => p.value), 0) || 1;
  const step = points.length > 1 ? (WIDTH - PAD * 2) / (points.length - 1) : 0;
  const xy = points.map((p, i) => ({
    ...p,
    x: points.length > 1 ? PAD + i * step : WIDTH / 2,
    y: HEIGHT - PAD - (p.value / max) * (HEIGHT - PAD * 2),
  }));
  return (
    <svg
      aria-hidden="true"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="shrink-0 overflow-visible text-sky-700 dark:text-sky-300"
    >
      <line
        x1={PAD}
        x2={WIDTH - PAD}
        y1={HEIGHT - PAD}
        y2={HEIGHT - PAD}
        className="stroke-slate-300 dark:stroke-slate-600"
        strokeWidth="1"
      />
      {xy.length > 1 ? (
        <polyline
          points={xy.map((p) => `${p.x},${p.y}`).join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      ) : null}
      {xy.map((p, i) =>
        xy.length > MAX_DOTS && i < xy.length - 1 && !p.best ? null : (
          <circle
            key={i}
            cx={p.x}
            cy={p.y}
            r={i === xy.length - 1 ? 3 : 2.25}
            stroke="currentColor"
            strokeWidth="1.5"
            className={p.disputed ? 'fill-white dark:fill-slate-900' : 'fill-current'}
          />
        ),
      )}
      {xy.map((p, i) =>
        p.best ? (
          <circle key={`best${i}`} cx={p.x} cy={p.y} r="5.5" fill="none" stroke="currentColor" />
        ) : null,
      )}
    </svg>
  );
});
