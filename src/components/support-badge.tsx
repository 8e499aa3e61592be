import type { SupportLevel } from '../data/schema';
import { useMessages } from '../i18n/i18n';

const STYLES: Record<SupportLevel, string> = {
  primary: 'border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-200',
  reported: 'border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-200',
  secondary: 'border-slate-600 text-slate-700 dark:border-slate-400 dark:text-slate-200',
  disputed:
    'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
};

/** The support level in words (never colour alone), with its meaning on hover and for screen readers. */
export function SupportBadge({ level }: { level: SupportLevel }) {
  const m = useMessages();
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${STYLES[level]}`}
      title={m.supportDescription[level]}
    >
      {level === 'disputed' ? <span aria-hidden="true">⚠</span> : null}
      <span>
        <span className="sr-only">{m.figure.support}: </span>
        {m.support[level]}
      </span>
    </span>
  );
}
