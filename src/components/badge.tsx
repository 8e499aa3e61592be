import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'green' | 'blue' | 'amber' | 'violet' | 'rose' | 'outline';

const TONES: Record<BadgeTone, string> = {
  neutral:
    'bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600',
  green:
    'bg-emerald-50 text-emerald-800 ring-emerald-600/40 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/40',
  blue: 'bg-sky-50 text-sky-800 ring-sky-600/40 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-400/40',
  amber:
    'bg-amber-50 text-amber-900 ring-amber-600/50 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-400/50',
  violet:
    'bg-violet-50 text-violet-800 ring-violet-600/40 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-400/40',
  rose: 'bg-rose-50 text-rose-800 ring-rose-600/40 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-400/40',
  outline: 'text-slate-700 ring-slate-400 dark:text-slate-200 dark:ring-slate-500',
};

/** A short label in a pill. Its words carry the meaning; the colour only repeats it. */
export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: BadgeTone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span
      title={title}
      className={`inline-flex items-center gap-1 rounded px-1.5 py-px text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
