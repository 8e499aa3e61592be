import { lazy, startTransition, Suspense, useEffect, useMemo, useState } from 'react';

import { usePrerendered } from '../components/use-prerendered';
import type { Dataset } from '../data/schema';
import type { DataVersion } from '../data/versions';
import { useMessages } from '../i18n/i18n';
import { ActiveFiltersSummary } from '../view-controls/active-filters-summary';
import { FilterBar } from '../view-controls/filter-bar';
import { LinkNotice } from '../view-controls/link-notice';
import { ViewDownloads } from '../view-controls/view-downloads';
import { documentTitle } from '../view-controls/view-summary';
import { KpisSection } from '../sections/kpis/kpis-section';
import type { NavContext, SectionProps } from '../sections/shared/section-props';
import { useLocationSnapshot } from '../view-state/location-store';
import { useViewState } from '../view-state/use-view-state';
import { PANEL_IDS, vocabularyOf, type PanelId, type ViewState } from '../view-state/view-state';
import { ErrorBoundary } from './error-boundary';
import { HeaderControls } from './header-controls';
import {
  OutcomesSection,
  PeopleSection,
  SourcesSection,
  TimelineSection,
  VersionsSection,
} from './later-sections';
import { useRevealLinkedView } from '../boot/linked-view';
import { useAfterPaint } from './use-after-paint';
import { PageShell } from './page-shell';

// Only an embedded panel (`embed=`) needs its frame: a chunk of its own.
const EmbedShell = lazy(() => import('./embed-shell').then((module) => ({ default: module.EmbedShell })));

// Only an item page (`claims/<id>/`, docs/item-pages.md) shows its article: a chunk of its
// own, which the page's start-up loads first (boot/item-page.ts). No Suspense boundary of its
// own: the render waits for it rather than showing the page without it, then moving it down.
const ItemArticle = lazy(() => import('./item-article'));

// Only a link pinned to an older version shows it: a chunk of its own, with the diff it computes.
const VersionNotice = lazy(() =>
  import('../view-controls/version-notice').then((module) => ({ default: module.VersionNotice })),
);

const SECTIONS: Record<PanelId, (props: SectionProps) => React.ReactNode> = {
  kpis: KpisSection,
  outcomes: OutcomesSection,
  timeline: TimelineSection,
  people: PeopleSection,
  sources: SourcesSection,
  versions: VersionsSection,
};

export function DashboardView({
  dataset,
  versions,
  datasetTextsFailed = false,
}: {
  dataset: Dataset;
  /** The published versions, when the link pins one (`v=`); `null` otherwise, as they are not needed. */
  versions: readonly DataVersion[] | null;
  /** The dataset's text could not be loaded in the interface language; English is shown. */
  datasetTextsFailed?: boolean;
}) {
  const m = useMessages();
  const versionIds = useMemo(() => versions?.map((v) => v.id), [versions]);
  const vocabulary = useMemo(() => vocabularyOf(dataset, versionIds), [dataset, versionIds]);
  const { state, ignored, dismissIgnored, update, searchOf } = useViewState(vocabulary);
  const title = documentTitle(state, dataset, m);
  useRevealLinkedView();
  // The sections below the first screen are lazily loaded chunks (later-sections.tsx): on a
  // fresh render they arrive in renders of their own, after the first screen, so the main
  // thread is never blocked for long on load; the prerendered page and its hydration hold
  // them from the start. A filter change paints the controls and headline cards at once; the
  // sections below follow with a deferred copy of the view, in a render React can interrupt,
  // started once the frame showing the change has been painted (use-after-paint.ts).
  // They are memoised and get props that only change with that copy, so the urgent render
  // skips them instead of drawing them again with the old view.
  const deferredState = useAfterPaint(state);
  // On a fresh render (a deep link, or the data arriving after a query's skeleton) the first
  // screen commits first and the sections below follow in a transition, which React renders
  // in slices: at 100× today's data, drawing everything at once held the page for half a
  // second. The prerendered page and its hydration hold the sections from the start.
  const prerendered = usePrerendered();
  const [sectionsShown, setSectionsShown] = useState(prerendered);
  useEffect(() => {
    if (!sectionsShown) startTransition(() => setSectionsShown(true));
  }, [sectionsShown]);
  const deferredNav = useMemo<NavContext>(
    () => ({
      onViewChange: update,
      hrefOf: (change) => `./${searchOf(change(deferredState))}`,
      embedded: deferredState.embed !== null,
    }),
    [update, searchOf, deferredState],
  );

  useEffect(() => {
    document.title = title;
  }, [title]);

  const hrefOf = (change: (state: ViewState) => ViewState) => `./${searchOf(change(state))}`;
  const nav: NavContext = { onViewChange: update, hrefOf, embedded: state.embed !== null };
  // On an item page (docs/item-pages.md) its item's own article comes first, and a copied
  // link keeps the page's path, which stands for the focus.
  const article = useLocationSnapshot().page;
  const onPage = article?.id === state.focus && { focus: null };
  const pinnedOlder = state.v !== null && versions !== null && versions.at(-1)?.id !== state.v;
  const notice = (
    <>
      <LinkNotice ignored={ignored} onDismiss={dismissIgnored} />
      {pinnedOlder ? (
        <Suspense fallback={null}>
          <VersionNotice dataset={dataset} latestHref={hrefOf((s) => ({ ...s, v: null }))} />
        </Suspense>
      ) : null}
      {datasetTextsFailed ? (
        <p role="status" className="text-sm">
          {m.languageSwitch.datasetTextsFailed}
        </p>
      ) : null}
    </>
  );
  const shareLinks = {
    latest: searchOf({ ...state, v: null, ...onPage }),
    permanent: searchOf({ ...state, v: dataset.version, ...onPage }),
    version: dataset.version,
  };
  const headings: Record<PanelId, string> = {
    kpis: m.kpis.heading,
    outcomes: m.sectionHeadings.outcomes,
    timeline: m.sectionHeadings.timeline,
    people: m.sectionHeadings.people,
    sources: m.sectionHeadings.sources,
    versions: m.sectionHeadings.versions,
  };
  // Each section fails alone: its place shows the error with Retry, the others keep working.
  const guarded = (panel: PanelId, content: React.ReactNode) => (
    <ErrorBoundary key={panel} section={{ id: panel, heading: headings[panel] }}>
      {content}
    </ErrorBoundary>
  );

  if (state.embed) {
    const Section = SECTIONS[state.embed];
    return (
      <Suspense fallback={<SectionPlaceholder panel={state.embed} />}>
        <EmbedShell fullViewHref={hrefOf((s) => ({ ...s, embed: null }))} notice={notice}>
          {guarded(
            state.embed,
            <Suspense fallback={<SectionPlaceholder panel={state.embed} />}>
              <Section dataset={dataset} view={state} nav={nav} />
            </Suspense>,
          )}
        </EmbedShell>
      </Suspense>
    );
  }

  return (
    <PageShell
      reviewedOn={dataset.reviewedOn}
      dataVersion={dataset.version}
      headerExtra={<HeaderControls shareLinks={shareLinks} />}
    >
      {notice}
      {article && onPage ? <ItemArticle dataset={dataset} page={article} nav={nav} /> : null}
      <FilterBar dataset={dataset} view={state} onViewChange={update} />
      <ActiveFiltersSummary view={state} dataset={dataset} />
      <ViewDownloads view={state} dataset={dataset} />
      {/* The headline cards take the view at once: a card's history dialog opens and closes
          with the address, and closing it must hand focus back to its card in the same turn. */}
      {guarded('kpis', <KpisSection dataset={dataset} view={state} nav={nav} />)}
      {PANEL_IDS.filter((panel) => panel !== 'kpis').map((panel) => {
        const Section = SECTIONS[panel];
        return guarded(
          panel,
          sectionsShown ? (
            <Suspense fallback={<SectionPlaceholder panel={panel} />}>
              <Section dataset={dataset} view={deferredState} nav={deferredNav} />
            </Suspense>
          ) : (
            <SectionPlaceholder panel={panel} />
          ),
        );
      })}
    </PageShell>
  );
}

/** Holds a screen's height for a section still on its way, so the footer does not jump. */
function SectionPlaceholder({ panel }: { panel: PanelId }) {
  return <section id={panel} aria-busy="true" className="min-h-screen" />;
}
