import { useMemo } from 'react';

import { mainPeriodId } from '../data/selectors';
import type { Dataset } from '../data/schema';
import { KpisSection } from '../sections/kpis/kpis-section';
import { useViewState } from '../view-state/use-view-state';
import { vocabularyOf } from '../view-state/view-state';
import { PageShell } from './page-shell';

export function DashboardView({ dataset }: { dataset: Dataset }) {
  const vocabulary = useMemo(() => vocabularyOf(dataset), [dataset]);
  const view = useViewState(vocabulary);
  const period = useMemo(() => {
    const id = mainPeriodId(dataset);
    return dataset.periods.find((p) => p.id === id) ?? dataset.periods[0];
  }, [dataset]);

  return (
    <PageShell reviewedOn={dataset.reviewedOn}>
      {period ? <KpisSection dataset={dataset} period={period} view={view.state} /> : null}
    </PageShell>
  );
}
