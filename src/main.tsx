import './index.css';

import { giveUpEarlyClicks, noteEarlyClicks } from './app/early-clicks';
import { showStartFailure } from './app/page-marks';
import { requestDatasetEarly } from './data/early-dataset';

/**
 * The page's entry script. The page arrives prerendered (scripts/prerender.mjs), and the
 * before-paint script in it requests this script only once the first paint has been reported
 * (scripts/before-paint.js): its download and start-up, and the app's, never delay the first
 * paint of the figures. It requests the dataset, takes over the noting of a button or link
 * pressed on the prerendered page before the app has started (early-clicks.ts), and imports
 * the app. `npm run dev` serves an empty page with this script in it, rendered the same way.
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

requestDatasetEarly();
noteEarlyClicks();
start();
