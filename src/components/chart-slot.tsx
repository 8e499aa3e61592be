import { startTransition, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

import { isPrintRequested, PREPARE_PRINT_EVENT } from './print-charts';

/** How far below the viewport a chart starts loading, so it is usually ready when scrolled to. */
const PRELOAD_MARGIN = '400px 0px';

/**
 * Charts that come near the viewport together are drawn one after another, each in a task
 * of its own. Recharts lays a chart out in several renders inside the commit that mounts it
 * and measures its tick labels in the page; charts mounted together made one long task in
 * which no click was answered. A slot takes its turn, draws, and hands the
 * turn on once its chart has been committed, or when it goes away; a chart whose code is
 * slow to arrive holds the others back for at most TURN_LIMIT_MS.
 */
const TURN_LIMIT_MS = 2000;
const waiting: { slot: object; start: () => void }[] = [];
let turn: { slot: object; timer: ReturnType<typeof setTimeout> } | null = null;

function giveNextTurn(): void {
  if (turn) return;
  const next = waiting.shift();
  if (!next) return;
  turn = { slot: next.slot, timer: setTimeout(() => endTurn(next.slot), TURN_LIMIT_MS) };
  // A task of its own, and a transition: React draws the chart in slices where it can.
  setTimeout(() => startTransition(next.start), 0);
}

function requestTurn(slot: object, start: () => void): void {
  if (turn?.slot === slot || waiting.some((w) => w.slot === slot)) return;
  waiting.push({ slot, start });
  giveNextTurn();
}

/** The slot's chart has been drawn, or the slot is gone: the next one may start. */
function endTurn(slot: object): void {
  const queued = waiting.findIndex((w) => w.slot === slot);
  if (queued >= 0) waiting.splice(queued, 1);
  if (turn?.slot !== slot) return;
  clearTimeout(turn.timer);
  turn = null;
  giveNextTurn();
}

/** Rendered after the chart, inside its Suspense boundary: its effect runs once the chart is in the page. */
function WhenDrawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(onDrawn, [onDrawn]);
  return null;
}

/**
 * Where a lazily loaded chart goes. Until the slot nears the viewport (or the page is
 * printed) it holds a placeholder of the chart's height: charts below the first screen
 * then cost nothing on load, neither their download nor their drawing. The placeholder
 * takes its height from an SVG attribute, not a style attribute, so it prerenders under
 * a strict Content-Security-Policy. Without script it is hidden, and the chart's frame
 * shows the data as a table instead (see ChartFrame).
 */
export function ChartSlot({
  height,
  loadingLabel,
  children,
}: {
  height: number;
  loadingLabel: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  // This slot's identity in the queue of charts waiting to be drawn.
  const [slot] = useState(() => ({}));
  const drawn = useCallback(() => endTurn(slot), [slot]);
  useEffect(() => () => endTurn(slot), [slot]);

  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const show = () => setNear(true);
    if (isPrintRequested()) {
      queueMicrotask(show);
      return;
    }
    window.addEventListener('beforeprint', show);
    window.addEventListener(PREPARE_PRINT_EVENT, show);
    // Without IntersectionObserver (old browsers, jsdom) charts simply load at once.
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => entries.some((e) => e.isIntersecting) && requestTurn(slot, show),
            { rootMargin: PRELOAD_MARGIN },
          );
    if (observer) observer.observe(element);
    else queueMicrotask(show);
    return () => {
      window.removeEventListener('beforeprint', show);
      window.removeEventListener(PREPARE_PRINT_EVENT, show);
      observer?.disconnect();
    };
  }, [near, slot]);

  // The height is held by a zero-width SVG strut: an attribute, not a `style`, which a
  // Content-Security-Policy without 'unsafe-inline' would block in the prerendered page.
  const placeholder = (
    <div
      data-chart-pending
      className="relative flex items-center justify-center rounded-md bg-slate-100 text-sm text-slate-700 noscript:hidden dark:bg-slate-800 dark:text-slate-300"
    >
      <svg aria-hidden="true" width="1" height={height} className="block" />
      <span className="absolute">{loadingLabel}</span>
    </div>
  );
  return (
    <div ref={ref}>
      {near ? (
        <Suspense fallback={placeholder}>
          {children}
          <WhenDrawn onDrawn={drawn} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
