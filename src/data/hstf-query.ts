import { queryOptions } from '@tanstack/react-query';

import { DatasetError } from './dataset-error';
import { DATASET_PATH, dataUrl, takeEarlyDataset, type EarlyDataset } from './early-dataset';
import type { Dataset } from './schema';

export { DATASET_PATH };

/** Fetches a file of the data folder relative to the app's base URL; failures become `DatasetError`s. */
export async function fetchDataText(path: string, signal?: AbortSignal): Promise<string> {
  // The entry script may have started the request already (early-dataset.ts).
  const early = path === DATASET_PATH ? takeEarlyDataset() : undefined;
  let response: EarlyDataset | Response;
  if (!early) performance.mark('hstf:fetch-start');
  try {
    // No custom headers: the request must match the <link rel="preload"> in index.html.
    response = await (early ?? fetch(dataUrl(path), { signal }));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(path, { kind: 'network' });
  }
  if (!response.ok) {
    throw new DatasetError(path, {
      kind: 'http',
      status: response.status,
      statusText: response.statusText,
    });
  }
  // The early request has read the body already (and timed the download).
  if (typeof response.text === 'string') return response.text;
  const text = await response.text();
  performance.measure('hstf:fetch', 'hstf:fetch-start');
  return text;
}

/** The newest data (`hstf.json`) or, given its path, an archived version. */
export async function fetchDataset(signal?: AbortSignal, path = DATASET_PATH): Promise<Dataset> {
  const text = await fetchDataText(path, signal);
  // Named marks for `npm run bench:scale` (and any profiler): how long the download and the
  // validation take, read back with the Performance API. Cheap, and nothing depends on them.
  performance.mark('hstf:validate-start');
  try {
    if (path === DATASET_PATH && (await isPrevalidated(text))) return JSON.parse(text) as Dataset;
    const { parseDataset } = await import('./parse-dataset');
    return parseDataset(path, text);
  } finally {
    performance.measure('hstf:validate', 'hstf:validate-start');
  }
}

/** The <meta> in which the build names the SHA-256 of the dataset file it validated. */
export const PREVALIDATED_META = 'hstf-dataset-sha256';

/**
 * True when the text is the very file the build validated with the schema: the build writes
 * the schema's own output as data/hstf.json and its SHA-256 into the page. The validator
 * (zod and the integrity checks, about a tenth of the app's script) then stays out of the
 * first download; any other text (a newer deploy, the dev server, tests, an archived
 * version) is validated here.
 */
async function isPrevalidated(text: string): Promise<boolean> {
  const expected = document.querySelector<HTMLMetaElement>(`meta[name="${PREVALIDATED_META}"]`)?.content;
  // crypto.subtle exists only in secure contexts (https, localhost).
  if (!expected || !globalThis.crypto?.subtle) return false;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex === expected;
}

/** The one owner of the dataset's query key; every caller uses this factory. */
export function hstfQueryOptions() {
  return queryOptions({
    queryKey: ['hstf-dataset'],
    queryFn: ({ signal }) => fetchDataset(signal),
    // The file changes only with a deploy; a reader retries by hand, with a button.
    staleTime: Infinity,
    retry: false,
  });
}
