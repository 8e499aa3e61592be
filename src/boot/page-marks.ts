import { DRAWN_ATTRIBUTE, LINKED_VIEW_ATTRIBUTE, START_FAILED_ATTRIBUTE } from './page-contract';

/**
 * Sets and lifts the marks on <html> that the stylesheet reads (src/index.css); their names
 * are in page-contract.js. Part of the small entry script.
 */

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

/*
 * The long sections below the first screen are laid out and painted only near the viewport
 * until listed in DRAWN_ATTRIBUTE (index.css): laying all of the long prerendered page out
 * while it loaded and hydrated made long tasks.
 */

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
