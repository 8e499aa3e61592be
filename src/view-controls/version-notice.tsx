import { lazy, Suspense } from 'react';

import type { Dataset } from '../data/schema';
import { useSectionMessages } from '../i18n/i18n';
import { formatLongDay } from '../lib/format';

// The comparison needs the latest data and the diff module: both load only for a pinned older link.
const VersionChanges = lazy(() => import('./version-changes'));

/**
 * Shown when a link pins an older data version (`v=`): the date of that data, what has
 * changed since, and the same view on the latest data.
 */
export function VersionNotice({ dataset, latestHref }: { dataset: Dataset; latestHref: string }) {
  const m = useSectionMessages();
  return (
    <section
      aria-labelledby="version-notice-heading"
      className="rounded-lg border border-sky-800 bg-sky-50 p-3 text-slate-950 print:border-slate-400 dark:border-sky-300 dark:bg-slate-900 dark:text-slate-50"
    >
      <h2 id="version-notice-heading" className="font-semibold">
        {m.versions.notice.heading(formatLongDay(dataset.reviewedOn, m.locale))}
      </h2>
      <p className="text-sm">{m.versions.notice.pinned(dataset.version)}</p>
      <Suspense
        fallback={
          <p className="text-sm" role="status">
            {m.versions.notice.comparing}
          </p>
        }
      >
        <VersionChanges shown={dataset} />
      </Suspense>
      <p className="mt-2 text-sm print:hidden">
        <a
          href={latestHref}
          className="font-medium underline decoration-1 underline-offset-2 hover:decoration-2"
        >
          {m.versions.notice.latestLink}
        </a>
      </p>
    </section>
  );
}
