import { queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';

import { hstfDatasetSchema } from './integrity';
import { migrateDataset } from './migrate';
import type { Dataset } from './schema';

/** Relative to the app's base URL, so the app works from any folder of a static host. */
export const DATASET_PATH = 'data/hstf.json';

export interface InvalidPath {
  path: string;
  message: string;
}

export type DatasetErrorDetail =
  | { kind: 'network' }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'empty' }
  | { kind: 'malformed'; detail: string }
  | { kind: 'invalid'; issues: InvalidPath[] };

/** Why the dataset could not be used; the view turns it into words from the message module. */
export class DatasetError extends Error {
  readonly detail: DatasetErrorDetail;
  readonly url: string;

  constructor(url: string, detail: DatasetErrorDetail) {
    super(`Dataset ${url}: ${detail.kind}`);
    this.name = 'DatasetError';
    this.url = url;
    this.detail = detail;
  }
}

/** `figures[3].value` rather than zod's array of keys. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || '(root)';
}

function describeIssue(issue: z.core.$ZodIssue): InvalidPath {
  // zod prefixes type errors with "Invalid input: "; the path already says where.
  const message = issue.message.replace(/^Invalid input: /, '');
  return { path: formatIssuePath(issue.path), message };
}

/** Parses and validates the dataset text. Pure, so tests and build scripts can use it. */
export function parseDataset(url: string, text: string): Dataset {
  if (text.trim() === '') throw new DatasetError(url, { kind: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(url, {
      kind: 'malformed',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  // Archived versions keep the schema they were published with; bring them up to date first.
  const result = hstfDatasetSchema.safeParse(migrateDataset(json));
  if (!result.success) {
    throw new DatasetError(url, { kind: 'invalid', issues: result.error.issues.map(describeIssue) });
  }
  return result.data;
}

/** Fetches a file of the data folder relative to the app's base URL; failures become `DatasetError`s. */
export async function fetchDataText(path: string, signal?: AbortSignal): Promise<string> {
  const url = new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;
  let response: Response;
  performance.mark('hstf:fetch-start');
  try {
    // No custom headers: the request must match the <link rel="preload"> in index.html.
    response = await fetch(url, { signal });
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
  const text = await response.text();
  performance.measure('hstf:fetch', 'hstf:fetch-start');
  return text;
}

export async function fetchDataset(signal?: AbortSignal, path = DATASET_PATH): Promise<Dataset> {
  const text = await fetchDataText(path, signal);
  // Named marks for `npm run bench:scale` (and any profiler): how long the download and the
  // validation take, read back with the Performance API. Cheap, and nothing depends on them.
  performance.mark('hstf:validate-start');
  try {
    return parseDataset(path, text);
  } finally {
    performance.measure('hstf:validate', 'hstf:validate-start');
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
