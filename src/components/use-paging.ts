import { useCallback, useEffect, useRef, useState } from 'react';

import { usePrerendered } from './use-prerendered';

/**
 * A long list shown a page at a time ("Show 8 more"), so the page stays short and fast
 * however much data there is. `mustShow` (the index of an item a link points to) is
 * always within the shown part. After "Show more", keyboard focus moves to the first
 * newly shown item, so keyboard and screen-reader users continue where they were.
 *
 * The prerendered page (and its hydration) holds every item, so it reads in full without
 * JavaScript: the items past the page carry `data-paged-out`, which CSS hides when scripts
 * run (index.css), and the first client render after hydration leaves them out.
 */
export function usePaging(total: number, pageSize: number, mustShow = -1) {
  const [limit, setLimit] = useState(pageSize);
  // An item a link showed stays shown once the link moves on (a card closed by its reader
  // must not vanish into the unshown part).
  if (mustShow + 1 > limit) setLimit(mustShow + 1);
  const pendingFocus = useRef<number | null>(null);
  const items = useRef(new Map<number, HTMLElement>());
  // No "Show 1 more": a remainder this small is shown at once.
  const orphans = Math.floor(pageSize / 4);
  const shown = total - limit <= orphans ? total : Math.min(total, Math.max(limit, mustShow + 1));
  const prerendered = usePrerendered();

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const element = items.current.get(index);
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
  });

  const showMore = useCallback(() => {
    pendingFocus.current = shown;
    setLimit(shown + pageSize);
  }, [shown, pageSize]);

  /** A ref for the focusable element of item `index` (give it `tabIndex={-1}`). */
  const itemRef = useCallback(
    (index: number) => (element: HTMLElement | null) => {
      if (element) items.current.set(index, element);
      else items.current.delete(index);
    },
    [],
  );

  return {
    shown,
    /** How many items to render: all of them in the prerendered page, else `shown`. */
    rendered: prerendered ? total : shown,
    /** Marks an item past the page (rendered only in the prerendered page). */
    pagedOut: (index: number) => (index >= shown ? { 'data-paged-out': '' } : {}),
    remaining: total - shown,
    nextCount: Math.min(pageSize, total - shown),
    showMore,
    itemRef,
  };
}

export type Paging = ReturnType<typeof usePaging>;
