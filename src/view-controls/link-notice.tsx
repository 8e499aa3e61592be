import { lazy, Suspense } from 'react';

import type { IgnoredInput } from '../view-state/view-state';

// The notice itself is needed only for a link with something to ignore: a chunk of its own.
const IgnoredNotice = lazy(() => import('./ignored-notice'));

/**
 * Says what a link contained that could not be used. The live region is always in the
 * page so screen readers announce the notice when it appears. Values are shown as text,
 * never interpreted as markup.
 */
export function LinkNotice({
  ignored,
  onDismiss,
}: {
  ignored: readonly IgnoredInput[];
  onDismiss: () => void;
}) {
  return (
    <div aria-live="polite" className="print:hidden">
      {ignored.length > 0 ? (
        <Suspense fallback={null}>
          <IgnoredNotice ignored={ignored} onDismiss={onDismiss} />
        </Suspense>
      ) : null}
    </div>
  );
}
