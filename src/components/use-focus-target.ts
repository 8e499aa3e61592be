import { useEffect, useRef } from 'react';

/**
 * For `focus=<id>`: when `active` becomes true, scroll the element into view and move
 * keyboard focus to it, so readers (and screen readers) land where the link points.
 */
export function useFocusTarget<T extends HTMLElement>(active: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!active || !element) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    element.scrollIntoView?.({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center' });
    element.focus({ preventScroll: true });
  }, [active]);
  return ref;
}

/** Classes that mark the focused item visibly (not by colour alone: a thick outline and a ring). */
export const FOCUSED_ITEM_CLASS =
  'outline outline-4 outline-offset-2 outline-amber-500 dark:outline-amber-300';
