import { DATASET_PATH, dataUrl, hashesOnArrival, readDataFile, type EarlyDataset } from '../data/data-file';

/**
 * The dataset request, started by the entry script as soon as it runs (main.ts) and taken
 * over by the app when its code has arrived (hstf-query.ts), so the file and the app's code
 * download together. The page does not preload it: a request of high priority made before
 * the first paint counts toward that paint in Lighthouse. The body is read as it arrives, so
 * `hstf:fetch` times the download, not the wait for the app.
 */

let early: Promise<EarlyDataset> | undefined;

/** Starts the request for the newest dataset, with the same options as the app's own. */
export function requestDatasetEarly(): void {
  performance.mark('hstf:fetch-start');
  early = fetch(dataUrl(DATASET_PATH)).then(async (response): Promise<EarlyDataset> => {
    if (!response.ok) return { ok: false, status: response.status, statusText: response.statusText };
    const file = await readDataFile(response, hashesOnArrival(DATASET_PATH));
    performance.measure('hstf:fetch', 'hstf:fetch-start');
    return { ok: true, ...file };
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
