/** A jump within the page: `#main`, or as an item page's build writes it, `claims/<id>/#main`. */
const JUMP = /^(?:[a-z]+\/[a-z0-9-]+\/)?#([\w-]+)$/;

/**
 * On an item page (behind its `<base href="../../">`) a jump link's address names the page's
 * own path, which the address bar may have left (its query changed, or the view moved to the
 * dashboard's page): followed as written it would load another page. Once the app runs, such
 * a link only moves to its target in the page, as on the dashboard's own page. Boot installs
 * this on item pages only.
 */
export function installPageJumps(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const jump = JUMP.exec(link?.getAttribute('href') ?? '');
    if (!jump?.[1]) return;
    event.preventDefault();
    window.location.hash = jump[1];
  });
}
