import type { ReactNode } from 'react';

/** Nothing to show: says why, and offers the way out. */
export function EmptyState({ message, action }: { message: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
      <p>{message}</p>
      {action}
    </div>
  );
}
