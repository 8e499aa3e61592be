import './index.css';

import { giveUpEarlyClicks, noteEarlyClicks } from './app/early-clicks';
import { LINKED_VIEW_ATTRIBUTE, showStartFailure } from './app/page-marks';
import { requestDatasetEarly } from './data/early-dataset';

/**
 * The only script the page loads up front. The page arrives prerendered (scripts/prerender.mjs),
 * so the app is imported once a frame has been painted: its download and start-up never
 * delay the first paint of the figures. Meanwhile the dataset is requested (the page preloads
 * it) and a button or link pressed on the prerendered page is noted, to be answered once the
 * app has started (early-clicks.ts). `npm run dev` serves an empty page, rendered the same way.
 */
function start(): void {
  const container = document.getElementById('root');
  if (container) {
    import('./app/boot')
      .then(({ boot }) => boot(container))
      .catch((error: unknown) => {
        giveUpEarlyClicks();
        // Never a blank page: a linked view hidden until the app draws it is shown as the
        // prerendered default view, with the line that says the dashboard could not start.
        showStartFailure();
        // Still reported: the console (and the browser tests) must see why the app did not start.
        throw error;
      });
  }
}

/**
 * Once the page's first contentful paint has been presented. Waiting for a frame alone was
 * not enough: the app's request could start, and on a fast network end, before that frame
 * reached the screen, and Lighthouse then counts the app's script as needed for the first
 * paint (its simulated first paint jumped from about 1.2 to 2.1 s in some runs). A browser
 * that does not report paints (privacy settings can turn the reports off) starts the app
 * after FALLBACK_MS. (Every browser the build targets, es2022, has paint reports: there is no
 * path for one without them.) An embed shows nothing before the app draws it: it waits for
 * a frame.
 */
const FALLBACK_MS = 2000;

function afterFirstPaint(then: () => void): void {
  if (document.documentElement.getAttribute(LINKED_VIEW_ATTRIBUTE) === 'embed') {
    requestAnimationFrame(() => setTimeout(then, 0));
    return;
  }
  let started = false;
  const once = () => {
    if (!started) then();
    started = true;
  };
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint')[0]) once();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(once, FALLBACK_MS);
}

requestDatasetEarly();
noteEarlyClicks();
if (document.visibilityState === 'hidden') start();
else afterFirstPaint(start);
