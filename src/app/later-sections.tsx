import { memo, type ComponentType } from 'react';

import { lazyWithPreload } from '../components/lazy-preload';
import { withSectionText } from '../i18n/section-messages';
import type { SectionProps } from '../sections/shared/section-props';

type Section = ComponentType<SectionProps>;

/** A section's code, loaded once its text (English keeps it apart) has arrived too. */
const section = (load: () => Promise<Section>) => lazyWithPreload<Section>(() => withSectionText(load()));

/**
 * The sections below the first screen arrive in chunks of their own, so the script a reader
 * downloads before the first screen works holds only the header, filters and headline
 * cards (scripts/bundle-budget.mjs). On the prerendered page their HTML is already there:
 * hydration leaves it in place until the chunk arrives, then takes it over (React's
 * selective hydration of Suspense boundaries). Boot starts the downloads at once.
 */
const sections = {
  outcomes: section(() => import('../sections/outcomes/outcomes-section').then((m) => m.OutcomesSection)),
  timeline: section(() => import('../sections/timeline/timeline-section').then((m) => m.TimelineSection)),
  people: section(() => import('../sections/people/people-section').then((m) => m.PeopleSection)),
  sources: section(() => import('../sections/sources/sources-section').then((m) => m.SourcesSection)),
  versions: section(() => import('../sections/versions/versions-section').then((m) => m.VersionsSection)),
};

// Memoised: a filter change renders the controls at once and these sections once, with the
// deferred view (dashboard-view.tsx); the urgent render skips them, as their props are unchanged.
export const OutcomesSection = memo(sections.outcomes.Component);
export const TimelineSection = memo(sections.timeline.Component);
export const PeopleSection = memo(sections.people.Component);
export const SourcesSection = memo(sections.sources.Component);
export const VersionsSection = memo(sections.versions.Component);

/** Starts every download; settles when all have arrived or failed (a failed one retries when rendered). */
export function preloadLaterSections(): Promise<unknown> {
  return Promise.allSettled(Object.values(sections).map((section) => section.preload()));
}
