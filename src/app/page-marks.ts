/**
 * Marks on <html> that the stylesheet reads (src/index.css). The inline before-paint script
 * (scripts/before-paint.js) sets the same attributes by name, before any module has loaded.
 * Kept free of imports: the entry script (main.tsx) uses it.
 */

/**
 * Set before the first paint when the address has a query: the prerendered default view is
 * hidden, keeping its layout, until the app has drawn the view the link asks for
 * (linked-view.ts). `embed` hides the whole page, `view` only the content under the header.
 */
export const LINKED_VIEW_ATTRIBUTE = 'data-linked-view';

/**
 * Set when the app's code could not load or start: the prerendered page then shows its line
 * saying so (index.html), and the default view it holds is shown, drawn in full, whatever
 * the link asked for.
 */
export const START_FAILED_ATTRIBUTE = 'data-start-failed';

/** Shows the content a linked view hid: the app has drawn it, or an error must be read. */
export function revealLinkedView(): void {
  document.documentElement.removeAttribute(LINKED_VIEW_ATTRIBUTE);
}

/**
 * The app cannot start (its code failed to load, or threw while starting): never leave a
 * blank page. The prerendered default view is shown, with the line that says the dashboard
 * could not start and that a link's filters are not applied.
 */
export function showStartFailure(): void {
  revealLinkedView();
  document.documentElement.setAttribute(START_FAILED_ATTRIBUTE, '');
}

/**
 * Lists the long sections below the first screen that the browser draws in full. Until a
 * section is listed, it is laid out and painted only near the viewport (index.css): the
 * prerendered page is long, and laying all of it out while it loaded and hydrated added
 * about 250 ms to Lighthouse's Total Blocking Time (`npm run bench -- --runs 7`).
 */
const DRAWN_ATTRIBUTE = 'data-drawn';

/** The sections drawn only near the viewport until listed, in page order. */
const LATER_SECTIONS = ['outcomes', 'timeline', 'people', 'sources'] as const;

let drawing = false;

function markDrawn(count: number): void {
  document.documentElement.setAttribute(DRAWN_ATTRIBUTE, LATER_SECTIONS.slice(0, count).join(' '));
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 50);
}

/**
 * Once the app has started: lists the sections one at a time, each when the browser is idle,
 * so each is laid out in a frame of its own rather than all in one long task. Afterwards a
 * full-page capture (which draws only what is near the viewport otherwise) shows them all.
 */
export function drawSectionsWhenIdle(): void {
  if (drawing) return;
  drawing = true;
  let count = 0;
  const next = () => {
    count += 1;
    markDrawn(count);
    if (count < LATER_SECTIONS.length) whenIdle(next);
  };
  whenIdle(next);
}
