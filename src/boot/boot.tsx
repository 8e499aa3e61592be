import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

import { hstfQueryOptions } from '../data/hstf-query';
import type { Dataset } from '../data/schema';
import { enCore } from '../i18n/en/core';
import { loadMessages } from '../i18n/load-messages';
import { loadSectionMessages } from '../i18n/section-messages';
import { languageOf } from '../view-state/view-state';
import { App } from '../app/app';
import { preloadMoreFilters } from '../view-controls/filter-bar';
import { preloadLaterSections } from '../app/later-sections';
import { createQueryClient } from '../app/query-client';
import { createLocationStore } from '../view-state/location-store';
import { replayEarlyClick, stopNotingClicks } from './early-clicks';
import { drawSectionsWhenIdle } from './page-marks';
import { prepareFirstScreen } from './prepare-first-screen';

/**
 * Starts the app on the page. The prerendered page is hydrated only once the dataset has
 * arrived (the entry script requests it as the app's code downloads): the first client
 * render then has the same data the build rendered, so the markup matches and nothing is
 * thrown away. The data is not inlined into the page, which would send every reader the
 * dataset twice.
 *
 * An address with a query asks for another view than the prerendered default, which stays
 * hidden meanwhile (linked-view.ts). Hydrating it would draw the default view, then change it
 * at once, before the sections below have their code, which makes React drop their HTML
 * anyway; so such a page is rendered afresh, like one whose dataset could not be loaded
 * (the app then shows the error with a retry).
 */
export async function boot(container: HTMLElement): Promise<void> {
  const queryClient = createQueryClient();
  // An item page (`claims/<id>/`, item-page.ts), which alone has a <base>: its own location store.
  const item =
    document.querySelector('base') && import('./item-page').then((m) => m.startItemPage(createLocationStore));
  void preloadLaterSections();
  void preloadMoreFilters().catch(() => undefined);
  const language = languageOf(window.location.search);
  // English keeps the sections' text beside their code (other languages arrive whole).
  // It is fetched beside the dataset, and the first render waits for both: a part that a
  // link opens at once (a notice, a headline's history, an embed) then has its text.
  const sectionText = language === 'en' ? loadSectionMessages().catch(() => undefined) : undefined;
  // A link in another language waits for that language's chunk (fetched alongside the
  // dataset) rather than flashing English first; if it fails, English is shown.
  const messages = Promise.all([loadMessages(language).catch(() => undefined), sectionText]);
  // The dataset the page will show, and the locale it is shown in, once both are known.
  const ready = async (dataset: Dataset | undefined) => {
    const [core] = await messages;
    // Another language shows the dataset with its own text: a different object, not prepared here.
    await prepareFirstScreen((core ?? enCore).locale, language === 'en' ? dataset : undefined);
  };
  // Loaded alongside the dataset (its request started before this script).
  const locationStore = (await item) || undefined;
  if (container.firstElementChild) {
    // Either way the data is awaited first, so a fresh render does not flash the skeleton;
    // a failed load stays in the cache, where the fresh render finds it.
    const dataset = await queryClient.fetchQuery(hstfQueryOptions()).catch(() => undefined);
    await ready(dataset);
    if (dataset && window.location.search.length <= 1) {
      // As a transition, React hydrates in slices of a few milliseconds and lets the browser
      // handle input between them, instead of one long task over the whole page.
      // React answers presses itself from here; one made before is answered once hydrated.
      stopNotingClicks();
      startTransition(() => {
        hydrateRoot(
          container,
          <StrictMode>
            <App
              queryClient={queryClient}
              prerendered
              onStarted={replayHydrated}
              locationStore={locationStore}
            />
          </StrictMode>,
        );
      });
      return;
    }
  } else {
    await ready(undefined);
  }
  // The prerendered page stayed hidden (a link with a query) or is replaced. Its header
  // buttons stay in the page until the new one is committed: one pressed meanwhile is pressed
  // again in the new page (early-clicks.ts). So the render can be a transition, which React
  // does in slices of a few milliseconds instead of one long task.
  const root = createRoot(container);
  startTransition(() => {
    root.render(
      <StrictMode>
        <App queryClient={queryClient} onStarted={replayRendered} locationStore={locationStore} />
      </StrictMode>,
    );
  });
}

/** Once the app has started: answer a press made before, then draw the sections below in full. */
const replayHydrated = () => {
  replayEarlyClick('hydrated');
  drawSectionsWhenIdle();
};
const replayRendered = () => {
  replayEarlyClick('rendered');
  drawSectionsWhenIdle();
};
