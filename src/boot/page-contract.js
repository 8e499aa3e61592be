// The names the page's start-up shares between the inline before-paint script, the app's
// modules and the stylesheet: this file is their one source. Plain JavaScript with no
// imports and nothing but these declarations: the build (scripts/prerender.mjs) puts its
// text, without the `export`s, ahead of the before-paint script in the page, so the inline
// script, which cannot import, runs the same code as the app. Changing it changes the inline
// script's hash (docs/deployment.md). src/index.css cannot import either:
// tests/page-contract.test.ts fails when its selectors name other attributes.

/**
 * On <html> from before the first paint when the address has a query: the prerendered
 * default view is hidden, keeping its layout, until the app has drawn the view the link asks
 * for (linked-view.ts). `embed` hides the whole page, `view` only the content under the header.
 */
export const LINKED_VIEW_ATTRIBUTE = 'data-linked-view';

/**
 * On <html> when the app's code could not load or start: the page shows its line saying so
 * (index.html), and the default view it holds, drawn in full, whatever the link asked for.
 */
export const START_FAILED_ATTRIBUTE = 'data-start-failed';

/**
 * On <html>: the sections below the first screen that the browser draws in full; until then
 * each is laid out and painted only near the viewport (page-marks.ts).
 */
export const DRAWN_ATTRIBUTE = 'data-drawn';

/** The property of <html> where the before-paint script leaves the clicks it noted (early-clicks.ts). */
export const EARLY_CLICKS_PROPERTY = 'hstfEarlyClicks';

/**
 * Whether a click on a link must be held until the app has started: a plain click on a link
 * to another view of this page while a linked view is hidden. The prerendered header's links
 * name the default view's addresses, which would drop the link's filters.
 */
export function isHeldLink(event, link) {
  return (
    document.documentElement.hasAttribute(LINKED_VIEW_ATTRIBUTE) &&
    event.button === 0 &&
    !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) &&
    link.origin === location.origin &&
    link.pathname === location.pathname &&
    link.search !== ''
  );
}
