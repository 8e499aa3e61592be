import type { Dataset } from '../../data/schema';
import { useMessages } from '../../i18n/i18n';
import type { ViewState } from '../../view-state/view-state';
import { activeFilterLabels } from './view-summary';

/** Printed at the top of the page, where the controls are not: what this printout shows. */
export function ActiveFiltersSummary({ view, dataset }: { view: ViewState; dataset: Dataset }) {
  const m = useMessages();
  const labels = activeFilterLabels(view, dataset, m);
  return (
    <div className="hidden print:block">
      <p className="font-semibold">{m.filters.summary}</p>
      <p>{labels.length === 0 ? m.filters.summaryNone : labels.join('; ')}</p>
    </div>
  );
}
