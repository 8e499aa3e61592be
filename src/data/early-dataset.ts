/**
 * The dataset request, started by the entry script as soon as it runs (main.tsx) and taken
 * over by the app when its code has arrived (hstf-query.ts). The page preloads the file; a
 * preload still unused a few seconds after the load event is a console warning, and on a
 * slow phone or a busy machine the app's chunks can take that long. The body is read as it
 * arrives, so `hstf:fetch` times the download, not the wait for the app. Kept free of
 * imports: it is part of the small entry script.
 */

/** Relative to the app's base URL, so the app works from any folder of a static host. */
export const DATASET_PATH = 'data/hstf.json';

/** The address of a file of the data folder. */
export function dataUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;
}

/** What the request brought: the file's text, or the server's refusal. */
export type EarlyDataset = { ok: true; text: string } | { ok: false; status: number; statusText: string };

let early: Promise<EarlyDataset> | undefined;

/** Starts the request for the newest dataset, with the same options as the preload. */
export function requestDatasetEarly(): void {
  performance.mark('hstf:fetch-start');
  early = fetch(dataUrl(DATASET_PATH)).then(async (response): Promise<EarlyDataset> => {
    if (!response.ok) return { ok: false, status: response.status, statusText: response.statusText };
    const text = await response.text();
    performance.measure('hstf:fetch', 'hstf:fetch-start');
    return { ok: true, text };
  });
  // A failure is reported when the app takes the request over.
  early.catch(() => undefined);
}

/** The early request, once: a retry makes a request of its own. */
export function takeEarlyDataset(): Promise<EarlyDataset> | undefined {
  const request = early;
  early = undefined;
  return request;
}
