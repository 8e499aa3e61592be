export interface SparkPoint {
  value: number;
  /** Drawn hollow: a value sources disagree about. */
  disputed?: boolean;
}

const WIDTH = 72;
const HEIGHT = 28;
const PAD = 4;

/**
 * A small line of successive values, oldest to newest, on one scale from zero. Decorative:
 * the same values are given in words wherever it appears. Sized by SVG attributes, not
 * style attributes, so it prerenders under a strict Content-Security-Policy.
 */
export function Sparkline({ points }: { points: readonly SparkPoint[] }) {
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
      {xy.map((p, i) => (
        <circle
          key={i}
          cx={p.x}
          cy={p.y}
          r={i === xy.length - 1 ? 3 : 2.25}
          stroke="currentColor"
          strokeWidth="1.5"
          className={p.disputed ? 'fill-white dark:fill-slate-900' : 'fill-current'}
        />
      ))}
    </svg>
  );
}
