import '../index.css';

import { giveUpEarlyClicks, noteEarlyClicks } from './early-clicks';
import { requestDatasetEarly } from './early-dataset';
import { showStartFailure } from './page-marks';

/**
 * The page's start-up, in order. Each step's file says why it is done the way it is.
 *
 * 1. The build (scripts/prerender.mjs) writes the default view into index.html, and ahead of
 *    it the before-paint script (before-paint.js, with the names of page-contract.js).
 * 2. Before the first paint, that script applies the remembered theme, hides the prerendered
 *    view when the address has a query (LINKED_VIEW_ATTRIBUTE, index.css), and starts noting
 *    clicks. Once the first paint is reported it requests this entry script.
 * 3. This script requests the dataset (early-dataset.ts), takes the noting of clicks over
 *    (early-clicks.ts) and imports the app (boot.tsx); if the app cannot load, the default
 *    view is shown with the line that says so (page-marks.ts).
 * 4. Boot starts the downloads of the sections below the first screen and the text, waits
 *    for the dataset, prepares the first screen in short tasks (prepare-first-screen.ts),
 *    then hydrates the prerendered page, or renders afresh when the address asks for
 *    another view.
 * 5. Once the rendered view is the one in the address bar, the hidden view is shown
 *    (linked-view.ts); a click made before is answered again (early-clicks.ts), and the long
 *    sections are drawn in full one at a time when the browser is idle (page-marks.ts).
 *
 * `npm run dev` serves an empty page with this script in it, which then renders afresh.
 */
function start(): void {
  const container = document.getElementById('root');
  if (container) {
    import('./boot')
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

requestDatasetEarly();
noteEarlyClicks();
start();
