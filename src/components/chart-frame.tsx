import type { ReactNode, Ref } from 'react';

import { FOCUSED_ITEM_CLASS } from './use-focus-target';

export interface ChartFrameProps {
  /** Used for element ids (`chart-<id>`), so links and tests can find the frame. */
  id: string;
  title: string;
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
}

/**
 * Everything a chart needs around it: a title, a toggle to the same numbers as a table,
 * a text summary and a caption naming the sources. The chart itself is hidden from
 * assistive technology, which gets the summary and the table instead.
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
}: ChartFrameProps) {
  const titleId = `chart-${id}-title`;
  return (
    <figure
      ref={frameRef}
      id={`chart-${id}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      className={`m-0 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900 ${
        highlighted ? FOCUSED_ITEM_CLASS : ''
      }`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="text-lg font-semibold">
          {title}
        </h3>
        <div className="flex flex-wrap items-center gap-3">
          {controls}
          <button
            type="button"
            aria-pressed={showTable}
            onClick={onToggleTable}
            className="rounded border border-slate-500 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 aria-pressed:bg-slate-800 aria-pressed:text-white dark:border-slate-400 dark:hover:bg-slate-800 dark:focus-visible:outline-sky-300 dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-900"
          >
            <span aria-hidden="true">{showTable ? '☑ ' : '☐ '}</span>
            {toggleLabel}
          </button>
          {download}
        </div>
      </div>
      {description ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{description}</p> : null}
      <p className="sr-only">
        {summaryLabel}: {summary}
      </p>
      <div className="mt-3">{showTable ? table : chart}</div>
      <figcaption className="mt-3 text-xs text-slate-700 dark:text-slate-300">{caption}</figcaption>
    </figure>
  );
}
