import { startTransition, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';

import { isPrintRequested, PREPARE_PRINT_EVENT } from './print-charts';

/** How far below the viewport a chart starts loading, so it is usually ready when scrolled to. */
const PRELOAD_MARGIN = '400px 0px';

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
            // A transition: React draws the chart in slices, so scrolling and clicks are not held up.
            (entries) => entries.some((e) => e.isIntersecting) && startTransition(show),
            { rootMargin: PRELOAD_MARGIN },
          );
    if (observer) observer.observe(element);
    else queueMicrotask(show);
    return () => {
      window.removeEventListener('beforeprint', show);
      window.removeEventListener(PREPARE_PRINT_EVENT, show);
      observer?.disconnect();
    };
  }, [near]);

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
  return <div ref={ref}>{near ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}</div>;
}
