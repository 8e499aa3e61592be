import { chartsPending, loadChartsForPrint } from './print-charts';

/** How long Print waits for charts still loading before printing what there is. */
const PRINT_WAIT_MS = 5000;

/** Resolves once no chart placeholder is left (or after `PRINT_WAIT_MS`), a frame after layout. */
function chartsDrawn(): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      if (!chartsPending(document) || performance.now() - started > PRINT_WAIT_MS) {
        // One more frame so the charts measure their width before the page is laid out for paper.
        requestAnimationFrame(() => resolve());
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Print (or Save as PDF) with every chart drawn first. Loaded when Print is first chosen,
 * so the first screen's control does not carry it.
 */
export async function printView(): Promise<void> {
  loadChartsForPrint();
  await chartsDrawn();
  window.print();
}
