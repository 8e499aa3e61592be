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
 * saying so (index.html), and the default view it holds is shown whatever the link asked for.
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
