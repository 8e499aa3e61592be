import { useState } from 'react';

import { archivePath } from '../data/versions';
import type { Dataset } from '../data/schema';
import { useMessages } from '../i18n/i18n';
import { loadSectionMessages } from '../i18n/section-messages';
import type { ViewState } from '../view-state/view-state';

const BUTTON =
  'rounded border border-slate-500 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-slate-400 dark:hover:bg-slate-800 dark:focus-visible:outline-sky-300';

/**
 * The whole view to take away: every figure the filters show as CSV, the dataset as
 * published in the version on screen, and Print (or Save as PDF) with every chart drawn first.
 */
export function ViewDownloads({ dataset, view }: { dataset: Dataset; view: ViewState }) {
  const m = useMessages();
  const [status, setStatus] = useState('');

  const downloadFigures = async () => {
    // The export code and the files' text arrive when first asked for.
    const [actions, messages] = await Promise.all([
      import('../sections/shared/export-actions'),
      loadSectionMessages(m),
    ]);
    const saved = actions.downloadFiguresCsv(view, { dataset, messages, viewUrl: window.location.href });
    setStatus(messages.exports.menu.saved(saved));
  };
  const print = async () => {
    const { printView } = await import('../components/print-view');
    await printView();
  };

  return (
    <div
      role="group"
      aria-label={m.downloads.view.heading}
      className="flex flex-wrap items-center gap-3 print:hidden"
    >
      <button type="button" className={BUTTON} onClick={() => void print()}>
        {m.downloads.view.print}
        <span className="sr-only"> ({m.downloads.view.printHint})</span>
      </button>
      <button
        type="button"
        className={BUTTON}
        title={m.downloads.view.figuresHint}
        onClick={() => void downloadFigures()}
      >
        {m.downloads.view.figuresCsv}
      </button>
      {/* The archived file of the version on screen: it never changes, so the link and the
          file name say exactly which data the view was made from. */}
      <a
        href={archivePath(dataset.version)}
        download={`hstf-dataset-${dataset.version}.json`}
        className="text-sm font-medium underline decoration-1 underline-offset-2 hover:decoration-2"
      >
        {m.downloads.view.datasetJson}
      </a>
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
