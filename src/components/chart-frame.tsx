import type { ReactNode, Ref } from 'react';

import { FOCUSED_ITEM_CLASS } from './use-focus-target';

interface ChartFrameProps {
  /** Used for element ids (`chart-<id>`), so links can find the frame. */
  id: string;
  title: string;
  /** What is counted and in which unit, under the title. */
  description?: ReactNode;
  /** Extra controls beside the table toggle (e.g. a metric select). */
  controls?: ReactNode;
  /** The Download menu, after the table toggle. */
  download?: ReactNode;
  /** The chart's content in words, for screen readers. */
  summary: string;
  summaryLabel: string;
  /** Names the sources; shown under the chart or table. */
  caption: ReactNode;
  showTable: boolean;
  toggleLabel: string;
  onToggleTable: () => void;
  table: ReactNode;
  chart: ReactNode;
  highlighted?: boolean;
  frameRef?: Ref<HTMLElement>;
  className?: string;
}

/**
 * Everything a chart needs around it, the same for every chart: a title, what is
 * measured, a toggle to the same numbers as a table, a text summary and a caption naming
 * the sources. The chart itself is hidden from assistive technology, which gets the
 * summary and the table instead.
 */
export function ChartFrame({
  id,
  title,
  description,
  controls,
  download,
  summary,
  summaryLabel,
  caption,
  showTable,
  toggleLabel,
  onToggleTable,
  table,
  chart,
  highlighted = false,
  frameRef,
  className,
}: ChartFrameProps) {
  const titleId = `chart-${id}-title`;
  return (
    <figure
      ref={frameRef}
      id={`chart-${id}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      className={`m-0 flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-xs dark:border-slate-800 dark:bg-slate-900 ${
        highlighted ? FOCUSED_ITEM_CLASS : ''
      } ${className ?? ''}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="text-base font-semibold">
          {title}
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          {controls}
          <button
            type="button"
            aria-pressed={showTable}
            onClick={onToggleTable}
            className="inline-flex min-h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-800 hover:border-slate-400 hover:bg-slate-50 active:translate-y-px aria-pressed:border-sky-700 aria-pressed:bg-sky-700 aria-pressed:text-white dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-300 dark:aria-pressed:text-slate-950 print:hidden"
          >
            <TableIcon />
            {toggleLabel}
          </button>
          {download}
        </div>
      </div>
      {description ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
      <p className="sr-only">
        {summaryLabel}: {summary}
      </p>
      <div className="mt-3">
        {showTable ? (
          table
        ) : (
          <>
            {chart}
            {/* Readers whose browser runs no script get the chart's data as its table. */}
            <noscript>{table}</noscript>
          </>
        )}
      </div>
      <figcaption className="mt-auto pt-3 text-xs text-slate-600 dark:text-slate-400">{caption}</figcaption>
    </figure>
  );
}

function TableIcon() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" className="shrink-0">
      <rect
        x="1"
        y="1.5"
        width="12"
        height="11"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
      <path d="M1 5.5h12M1 9h12M5.5 5.5v7" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}
