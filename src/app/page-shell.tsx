import { lazy, Suspense, type ReactNode } from 'react';

import { formatLongDay } from '../lib/format';
import { useMessages } from '../i18n/i18n';
import { SectionNav } from './section-nav';

// The footer is below the first screen: its text, the licences and the printed citation are a
// chunk of their own. A failed load leaves the footer empty rather than failing the page.
const PageFooter = lazy(() => import('./page-footer').catch(() => ({ default: () => null })));

interface PageShellProps {
  /** `null` while the dataset is loading or failed: the line keeps its height. */
  reviewedOn: string | null;
  /** The data version on screen, named in the header (and so in print) and the footer. */
  dataVersion: string | null;
  headerExtra?: ReactNode;
  children: ReactNode;
}

/** Header, main landmark and footer, shared by the loading, error and loaded states. */
export function PageShell({ reviewedOn, dataVersion, headerExtra, children }: PageShellProps) {
  const m = useMessages();
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:p-2 focus:text-slate-900"
      >
        {m.app.skipToContent}
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto max-w-7xl px-4 pt-4 pb-3">
          <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
            <div className="min-w-0">
              <h1 className="text-xl font-semibold tracking-tight text-balance">{m.app.heading}</h1>
              <p className="mt-0.5 min-h-5 text-sm text-slate-600 dark:text-slate-400">
                {reviewedOn ? m.app.reviewed(formatLongDay(reviewedOn, m.locale)) : null}
                {/* On screen the footer names the version; a printout names it at the top. */}
                {dataVersion ? (
                  <span className="hidden print:inline"> · {m.dataVersion.label(dataVersion)}</span>
                ) : null}
              </p>
            </div>
            {headerExtra}
          </div>
          <div className="mt-2 flex flex-wrap items-end justify-between gap-x-8 gap-y-2">
            <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{m.app.intro}</p>
            <SectionNav />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 pb-10 focus:outline-none">
        {children}
      </main>
      <footer className="mx-auto max-w-7xl border-t border-slate-200 px-4 py-6 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
        <Suspense fallback={null}>
          <PageFooter dataVersion={dataVersion} />
        </Suspense>
      </footer>
    </div>
  );
}
