/**
 * The dataset request, started by the entry script as soon as it runs (main.tsx) and taken
 * over by the app when its code has arrived (hstf-query.ts). The page preloads the file; a
 * preload still unused a few seconds after the load event is a console warning, and on a
 * slow phone or a busy machine the app's chunks can take that long. The body is read as it
 * arrives, so `hstf:fetch` times the download, not the wait for the app, and its hash is
 * computed meanwhile. Kept free of imports: it is part of the small entry script.
 */

/** Relative to the app's base URL, so the app works from any folder of a static host. */
export const DATASET_PATH = 'data/hstf.json';

/** The <meta> in which the build names the SHA-256 of the dataset file it validated. */
export const PREVALIDATED_META = 'hstf-dataset-sha256';

/** The address of a file of the data folder. */
export function dataUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;
}

/** The SHA-256 (hex) of the dataset file the build validated, if the page names one. */
export function prevalidatedHash(): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${PREVALIDATED_META}"]`)?.content || undefined;
}

/**
 * Whether to hash a file as it arrives: only the newest dataset, and only when the page names
 * the hash of the file the build validated (so that the two can be compared).
 */
export function hashesOnArrival(path: string): boolean {
  return path === DATASET_PATH && prevalidatedHash() !== undefined;
}

/** A data file as it came: its text and, when asked for, the SHA-256 (hex) of its bytes. */
export interface DataFile {
  text: string;
  sha256?: Promise<string>;
}

const toHex = (digest: ArrayBuffer): string =>
  Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Reads a response's body as text, and its hash if asked. The hash is taken of the bytes as
 * they came (no second encoding of the text), by the browser off the main thread. The text
 * is still decoded in one step when the body ends (50–100 ms for a 7.6 MB file at 100×
 * today's data, traced in Chromium). crypto.subtle exists only in secure contexts (https,
 * localhost): elsewhere no hash.
 */
export async function readDataFile(response: Response, hash: boolean): Promise<DataFile> {
  const sha256 =
    hash && globalThis.crypto?.subtle
      ? response
          .clone()
          .arrayBuffer()
          .then((bytes) => crypto.subtle.digest('SHA-256', bytes))
          .then(toHex)
      : undefined;
  // A failed digest only means the file is validated in full (hstf-query.ts).
  sha256?.catch(() => undefined);
  return { text: await response.text(), sha256 };
}

/** What the request brought: the file, or the server's refusal. */
export type EarlyDataset = ({ ok: true } & DataFile) | { ok: false; status: number; statusText: string };

let early: Promise<EarlyDataset> | undefined;

/** Starts the request for the newest dataset, with the same options as the preload. */
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
