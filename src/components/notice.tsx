import type { ReactNode } from 'react';

type NoticeTone = 'warning' | 'info' | 'error';

const TONES: Record<NoticeTone, string> = {
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50',
  info: 'border-sky-200 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-50',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/60 dark:text-red-50',
};

/** A boxed message with an optional action beside it. */
export function Notice({
  tone = 'info',
  action,
  children,
}: {
  tone?: NoticeTone;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div
      className={`flex flex-wrap items-start justify-between gap-3 rounded-lg border p-3 text-sm ${TONES[tone]}`}
    >
      <div className="min-w-0 flex-1">{children}</div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </div>
  );
}
