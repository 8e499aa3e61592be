import { useMessages } from '../i18n/i18n';

/** Same boxes, same sizes as the loaded headline cards, so nothing moves when data arrives. */
export function DashboardSkeleton() {
  const m = useMessages();
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{m.loading.label}</span>
      {/* At least a screen tall, so the footer below never moves into view and back. */}
      <div aria-hidden="true" className="min-h-screen">
        <div className="mb-10 h-72 animate-pulse rounded-lg border border-slate-200 bg-slate-100 dark:border-slate-800 dark:bg-slate-900" />
        <div className="h-7 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="mt-2 h-10 max-w-3xl animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: 5 }, (_, i) => (
            <li
              key={i}
              className="h-72 animate-pulse rounded-lg border border-slate-200 bg-slate-100 dark:border-slate-800 dark:bg-slate-900"
            />
          ))}
        </ul>
      </div>
    </div>
  );
}
