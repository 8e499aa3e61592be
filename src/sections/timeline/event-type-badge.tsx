import type { EventType } from '../../data/schema';

const STYLES: Record<EventType, string> = {
  policy: 'border-violet-700 text-violet-800 dark:border-violet-300 dark:text-violet-200',
  operation: 'border-sky-700 text-sky-800 dark:border-sky-300 dark:text-sky-200',
  meeting: 'border-emerald-700 text-emerald-800 dark:border-emerald-300 dark:text-emerald-200',
  speech: 'border-rose-700 text-rose-800 dark:border-rose-300 dark:text-rose-200',
  report: 'border-amber-700 text-amber-900 dark:border-amber-300 dark:text-amber-100',
};

/** The event type in words; the colour matches the chart lane but never carries the meaning alone. */
export function EventTypeBadge({
  type,
  label,
  typeWord,
}: {
  type: EventType;
  label: string;
  typeWord: string;
}) {
  return (
    <span className={`inline-flex rounded border px-1.5 py-0.5 text-xs font-medium ${STYLES[type]}`}>
      <span className="sr-only">{typeWord}: </span>
      {label}
    </span>
  );
}
