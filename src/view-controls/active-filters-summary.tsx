import { useSyncExternalStore } from 'react';

import type { Dataset } from '../data/schema';
import { useMessages } from '../i18n/i18n';
import { useLocationStore } from '../view-state/location-store';
import type { ViewState } from '../view-state/view-state';
import { activeFilterLabels } from './view-summary';

/**
 * Printed at the top of the page, where the controls are not: what this printout shows,
 * and the address that reopens it. The page header above it, printed too, gives the
 * data's review date.
 */
export function ActiveFiltersSummary({ view, dataset }: { view: ViewState; dataset: Dataset }) {
  const m = useMessages();
  const labels = activeFilterLabels(view, dataset, m);
  // The address bar, which the view-state module keeps canonical; empty when prerendered.
  const href = useSyncExternalStore(useLocationStore().subscribe, currentHref, noHref);
  return (
    <div className="hidden print:block">
      <p>
        <span className="font-semibold">{m.downloads.print.link}:</span> {href}
      </p>
      <p className="font-semibold">{m.filters.summary}</p>
      <p>{labels.length === 0 ? m.filters.summaryNone : labels.join('; ')}</p>
    </div>
  );
}

const currentHref = () => window.location.href;
const noHref = () => '';
