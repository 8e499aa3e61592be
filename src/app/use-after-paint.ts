import { startTransition, useEffect, useState } from 'react';

/**
 * The value as it was, until the browser has painted the current render; then, in a
 * transition, the value itself. Like `useDeferredValue`, but the deferred render waits for
 * the frame: React starts a deferred render at once, in slices between which the browser
 * would paint if a frame were due; a frame rarely is within a few milliseconds of a click,
 * so the slices, and the commit they end in, ran before the paint that showed the click's
 * own effect (about half of click-to-paint at 100× today's data).
 *
 * A frame is not painted in a hidden tab: the value then follows after LATEST_MS at most.
 */
const LATEST_MS = 250;

export function useAfterPaint<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      if (done) return;
      done = true;
      startTransition(() => setSettled(value));
    };
    // rAF runs just before the frame is painted; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(apply, 0);
    });
    const fallback = setTimeout(apply, LATEST_MS);
    return () => {
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [value, settled]);
  return settled;
}
