import { useMemo } from 'react';

import type { Dataset } from '../data/schema';
import { KpisSection } from '../sections/kpis/kpis-section';
import { OutcomesSection } from '../sections/outcomes/outcomes-section';
import { PeopleSection } from '../sections/people/people-section';
import { SourcesSection } from '../sections/sources/sources-section';
import { TimelineSection } from '../sections/timeline/timeline-section';
import type { SectionProps } from '../view-state/section-props';
import { useViewState } from '../view-state/use-view-state';
import { vocabularyOf, type PanelId } from '../view-state/view-state';
import { PageShell } from './page-shell';

const SECTIONS: Record<PanelId, (props: SectionProps) => React.ReactNode> = {
  kpis: KpisSection,
  outcomes: OutcomesSection,
  timeline: TimelineSection,
  people: PeopleSection,
  sources: SourcesSection,
};

export function DashboardView({ dataset }: { dataset: Dataset }) {
  const vocabulary = useMemo(() => vocabularyOf(dataset), [dataset]);
  const view = useViewState(vocabulary);
  const props: SectionProps = { dataset, view: view.state, onViewChange: view.update, embedded: false };

  return (
    <PageShell reviewedOn={dataset.reviewedOn}>
      {(Object.keys(SECTIONS) as PanelId[]).map((panel) => {
        const Section = SECTIONS[panel];
        return <Section key={panel} {...props} />;
      })}
    </PageShell>
  );
}
