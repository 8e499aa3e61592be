import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';

const PREPARE_PRINT_EVENT = 'hstf:prepare-print';
/** Set once printing was asked for: charts mounted later (sections still rendering) load at once. */
let printRequested = false;

/**
 * Called by the Print control before it opens the print dialog: every chart starts
 * loading, so paper gets drawings, not placeholder boxes.
 */
export function loadChartsForPrint(): void {
  printRequested = true;
  window.dispatchEvent(new Event(PREPARE_PRINT_EVENT));
}

/** True while some chart on the page is still a placeholder, or a section is still rendering. */
export function chartsPending(root: ParentNode): boolean {
  return root.querySelector('[data-chart-pending], [aria-busy="true"]') !== null;
}

/** How far below the viewport a chart starts loading, so it is usually ready when scrolled to. */
const PRELOAD_MARGIN = '400px 0px';

/**
 * Where a lazily loaded chart goes. Until the slot nears the viewport (or the page is
 * printed) it holds a placeholder of the chart's height: charts below the first screen
 * then cost nothing on load, neither their download nor their drawing.
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

  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const show = () => setNear(true);
    if (printRequested) {
      queueMicrotask(show);
      return;
    }
    window.addEventListener('beforeprint', show);
    window.addEventListener(PREPARE_PRINT_EVENT, show);
    // Without IntersectionObserver (old browsers, jsdom) charts simply load at once.
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
            rootMargin: PRELOAD_MARGIN,
          });
    if (observer) observer.observe(element);
    else queueMicrotask(show);
    return () => {
      window.removeEventListener('beforeprint', show);
      window.removeEventListener(PREPARE_PRINT_EVENT, show);
      observer?.disconnect();
    };
  }, [near]);

  const placeholder = (
    <div
      data-chart-pending
      style={{ height }}
      className="flex items-center justify-center rounded bg-slate-100 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300"
    >
      {loadingLabel}
    </div>
  );
  return (
    <div ref={ref} style={{ minHeight: height }}>
      {near ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </div>
  );
}
