import { lazy, type ComponentType } from 'react';

import type { SectionProps } from '../sections/shared/section-props';

type Section = ComponentType<SectionProps>;

/**
 * A lazily loaded section that renders at once when its code has already arrived. React.lazy
 * suspends at least once, even for a loaded module, unless the thenable it gets settles
 * synchronously; this one does, once the module is in.
 */
function lazySection(load: () => Promise<Section>) {
  let loaded: Section | null = null;
  const preload = () =>
    load().then((section) => {
      loaded = section;
      return section;
    });
  const Component = lazy(() => {
    if (loaded) {
      const module = { default: loaded };
      return { then: (resolve: (value: typeof module) => void) => resolve(module) } as Promise<typeof module>;
    }
    return preload().then((section) => ({ default: section }));
  });
  return { Component, preload };
}

/**
 * The sections below the first screen arrive in chunks of their own, so the script a reader
 * downloads before the first screen works holds only the header, filters and headline
 * cards (scripts/bundle-budget.mjs). On the prerendered page their HTML is already there:
 * hydration leaves it in place until the chunk arrives, then takes it over (React's
 * selective hydration of Suspense boundaries). Boot starts the downloads at once.
 */
const sections = {
  outcomes: lazySection(() => import('../sections/outcomes/outcomes-section').then((m) => m.OutcomesSection)),
  timeline: lazySection(() => import('../sections/timeline/timeline-section').then((m) => m.TimelineSection)),
  people: lazySection(() => import('../sections/people/people-section').then((m) => m.PeopleSection)),
  sources: lazySection(() => import('../sections/sources/sources-section').then((m) => m.SourcesSection)),
};

export const OutcomesSection = sections.outcomes.Component;
export const TimelineSection = sections.timeline.Component;
export const PeopleSection = sections.people.Component;
export const SourcesSection = sections.sources.Component;

/** Starts every download; settles when all have arrived or failed (a failed one retries when rendered). */
export function preloadLaterSections(): Promise<unknown> {
  return Promise.allSettled(Object.values(sections).map((section) => section.preload()));
}
