/**
 * Printing with every chart drawn: the Print control asks, each chart slot (chart-slot.tsx)
 * listens. Apart from the slot so the first screen's Print control does not carry it.
 */
export const PREPARE_PRINT_EVENT = 'hstf:prepare-print';
/** Set once printing was asked for: charts mounted later (sections still rendering) load at once. */
let printRequested = false;

/**
 * Called by the Print control before it opens the print dialog: every chart starts
 * loading, so paper gets drawings, not placeholder boxes.
 */
export function loadChartsForPrint(): void {
  printRequested = true;
  window.dispatchEvent(new Event(PREPARE_PRINT_EVENT));
}

/** True while some chart on the page is still a placeholder, or a section is still rendering. */
export function chartsPending(root: ParentNode): boolean {
  return root.querySelector('[data-chart-pending], [aria-busy="true"]') !== null;
}

/** Whether printing was asked for; chart slots mounted from now on load at once. */
export function isPrintRequested(): boolean {
  return printRequested;
}
