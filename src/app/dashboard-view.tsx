import { useEffect, useMemo } from 'react';

import type { Dataset } from '../data/schema';
import { useMessages } from '../i18n/i18n';
import { ActiveFiltersSummary } from '../sections/controls/active-filters-summary';
import { FilterBar } from '../sections/controls/filter-bar';
import { LinkNotice } from '../sections/controls/link-notice';
import { documentTitle } from '../sections/controls/view-summary';
import { KpisSection } from '../sections/kpis/kpis-section';
import { OutcomesSection } from '../sections/outcomes/outcomes-section';
import { PeopleSection } from '../sections/people/people-section';
import { SourcesSection } from '../sections/sources/sources-section';
import { TimelineSection } from '../sections/timeline/timeline-section';
import type { SectionProps } from '../view-state/section-props';
import { useViewState } from '../view-state/use-view-state';
import { PANEL_IDS, vocabularyOf, type PanelId } from '../view-state/view-state';
import { EmbedShell } from './embed-shell';
import { HeaderControls } from './header-controls';
import { PageShell } from './page-shell';

const SECTIONS: Record<PanelId, (props: SectionProps) => React.ReactNode> = {
  kpis: KpisSection,
  outcomes: OutcomesSection,
  timeline: TimelineSection,
  people: PeopleSection,
  sources: SourcesSection,
};

export function DashboardView({ dataset }: { dataset: Dataset }) {
  const m = useMessages();
  const vocabulary = useMemo(() => vocabularyOf(dataset), [dataset]);
  const { state, ignored, dismissIgnored, update, searchOf } = useViewState(vocabulary);
  const title = documentTitle(state, dataset, m);

  useEffect(() => {
    document.title = title;
  }, [title]);

  const notice = <LinkNotice ignored={ignored} onDismiss={dismissIgnored} />;

  if (state.embed) {
    const Section = SECTIONS[state.embed];
    return (
      <EmbedShell fullViewHref={`./${searchOf({ ...state, embed: null })}`} notice={notice}>
        <Section dataset={dataset} view={state} onViewChange={update} embedded />
      </EmbedShell>
    );
  }

  return (
    <PageShell reviewedOn={dataset.reviewedOn} headerExtra={<HeaderControls />}>
      {notice}
      <FilterBar dataset={dataset} view={state} onViewChange={update} />
      <ActiveFiltersSummary view={state} dataset={dataset} />
      {PANEL_IDS.map((panel) => {
        const Section = SECTIONS[panel];
        return <Section key={panel} dataset={dataset} view={state} onViewChange={update} embedded={false} />;
      })}
    </PageShell>
  );
}
