import { queryOptions } from '@tanstack/react-query';

import { DatasetError } from './dataset-error';
import { takeEarlyDataset } from '../boot/early-dataset';
import { nextTask } from '../lib/next-task';
import {
  DATASET_PATH,
  dataUrl,
  hashesOnArrival,
  prevalidatedHash,
  readDataFile,
  type DataFile,
  type EarlyDataset,
} from './data-file';
import type { Dataset } from './schema';

export { DATASET_PATH, PREVALIDATED_META } from './data-file';

/**
 * Fetches a file of the data folder relative to the app's base URL; failures become
 * `DatasetError`s. The newest dataset comes with its hash when the page names one.
 */
async function fetchDataFile(path: string, signal?: AbortSignal): Promise<DataFile> {
  // The entry script may have started the request already (boot/early-dataset.ts).
  const early = path === DATASET_PATH ? takeEarlyDataset() : undefined;
  let response: EarlyDataset | Response;
  if (!early) performance.mark('hstf:fetch-start');
  try {
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
  if (!('arrayBuffer' in response)) return response;
  const file = await readDataFile(response, hashesOnArrival(path));
  performance.measure('hstf:fetch', 'hstf:fetch-start');
  return file;
}

/** The text of a file of the data folder. */
export async function fetchDataText(path: string, signal?: AbortSignal): Promise<string> {
  return (await fetchDataFile(path, signal)).text;
}

/** The newest data (`hstf.json`) or, given its path, an archived version. */
export async function fetchDataset(signal?: AbortSignal, path = DATASET_PATH): Promise<Dataset> {
  const file = await fetchDataFile(path, signal);
  // A task of its own: a file that arrived before the app's code would otherwise be parsed in
  // the task that evaluated that code, and the two made the longest task of the page's load.
  await nextTask();
  // Named marks for `npm run bench:scale` (and any profiler): how long the download and the
  // validation take, read back with the Performance API. Cheap, and nothing depends on them.
  performance.mark('hstf:validate-start');
  try {
    if (path === DATASET_PATH && (await isPrevalidated(file))) return JSON.parse(file.text) as Dataset;
    const { parseDataset } = await import('./parse-dataset');
    return parseDataset(path, file.text);
  } finally {
    performance.measure('hstf:validate', 'hstf:validate-start');
  }
}

/**
 * True when the file is the very one the build validated with the schema: the build writes
 * the schema's own output as data/hstf.json and its SHA-256 into the page. The validator
 * (zod and the integrity checks, about a tenth of the app's script) then stays out of the
 * first download; any other file (a newer deploy, the dev server, tests, an archived
 * version) is validated here. The hash was started as the bytes arrived, usually long done.
 */
async function isPrevalidated(file: DataFile): Promise<boolean> {
  const expected = prevalidatedHash();
  if (!expected || !file.sha256) return false;
  try {
    return (await file.sha256) === expected;
  } catch {
    return false;
  }
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
