/**
 * The build's server entry (scripts/prerender.mjs builds it with Vite's SSR build and runs
 * it in Node): the default view of the real App, from the real dataset, as HTML.
 */
import { prerender } from 'react-dom/static';

import { DATASET_PATH, hstfQueryOptions, PREVALIDATED_META } from '../data/hstf-query';
import type { Dataset } from '../data/schema';
import { archivePath } from '../data/versions';
import { en } from '../i18n/messages';
import { versionChangelog, type ChangeGroup } from '../sections/shared/version-change-text';
import { itemPageAddress } from '../view-state/item-page-address';
import type { ItemPage } from '../view-state/item-path';
import { createLocationStore } from '../view-state/location-store';
import { App } from './app';
import { datasetErrorText } from './dataset-error-text';
import { createQueryClient } from './query-client';

export { headlineFigures, headlineSummary } from './og-figures';
export { CITATION_AUTHOR, CITATION_TITLE, CODE_LICENSE, DATA_LICENSE } from '../data/citation';
/** The dataset code the build's data packages use (scripts/data-package.mjs). */
export * as dataTools from './data-tools';
export { itemPages } from './item-meta';

/**
 * Validates the dataset with the app's own schema. On failure the error carries the message
 * the app would show a reader, so a broken dataset stops the build with the same words.
 */
export async function readDataset(text: string): Promise<Dataset> {
  // Imported as the browser does, so the validator keeps its own chunk in both builds.
  const { parseDataset } = await import('../data/parse-dataset');
  try {
    return parseDataset(DATASET_PATH, text);
  } catch (error) {
    // Imported as the browser does (a chunk of its own), so the build does not warn that a
    // dynamic import is ineffective.
    const { loadProblemText } = await import('../i18n/load-problems');
    const { message, details } = datasetErrorText(error, en, await loadProblemText('en'));
    throw new Error([message, ...details.map((detail) => `  ${detail}`)].join('\n'), { cause: error });
  }
}

/**
 * `react-dom/static`'s `prerender` rather than `react-dom/server`: it is made for build-time
 * HTML, waiting for every Suspense boundary to finish instead of streaming fallbacks, and it
 * needs only the web streams that Node 20 has. The dataset is put in the query cache first,
 * so the App renders the loaded view, exactly as the browser's hydration will.
 * The page holds no inline script of React's: the build fails if it does (scripts/prerender.mjs).
 */
export async function renderPage(
  dataset: Dataset,
  /** An item page (`claims/<id>/`): the dashboard focused on it, its article first; and the site's address. */
  item: { page: ItemPage; siteUrl: string | null } | null = null,
): Promise<{ html: string; title: string }> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(hstfQueryOptions().queryKey, dataset);
  // An item page's address stands for `focus=<id>`; its server snapshot is what hydration reads.
  const locationStore = item
    ? createLocationStore({ address: itemPageAddress({ ...item.page, site: item.siteUrl }) })
    : undefined;
  const page = <App queryClient={queryClient} prerendered locationStore={locationStore} />;
  // Every Suspense boundary is written in place. A boundary that finishes late, or whose
  // content is larger than `progressiveChunkSize`, is otherwise sent apart with inline
  // scripts that move it into place, which the Content-Security-Policy would block.
  const { prelude } = await prerender(page, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  const html = await new Response(prelude).text();
  return { html, title: en.app.documentTitle([]) };
}

export const messages = en;

/** The meta tag that names the SHA-256 of the published (validated) dataset file. */
export const prevalidatedMeta = PREVALIDATED_META;

/** A published version and, from the second on, what changed since the one before (in English). */
export interface VersionEntry {
  id: string;
  reviewedOn: string;
  /** The line written by hand in `data/versions.json`. */
  summary: string;
  changes: { since: string; summary: string; groups: ChangeGroup[] } | null;
}

/**
 * Every published version, oldest first, with its computed changelog: what the Data versions
 * panel shows, for the Atom feed (scripts/atom-feed.mjs). Each archive is read and validated as
 * the browser reads it (migrated from its schema version first); `read` gets a file of `data/`.
 */
export async function versionHistory(read: (path: string) => string): Promise<VersionEntry[]> {
  const [{ parseDataset }, { parseVersionList }] = await Promise.all([
    import('../data/parse-dataset'),
    import('../data/version-list'),
  ]);
  const versions = parseVersionList('data/versions.json', read('data/versions.json'));
  const datasets = versions.map((v) => parseDataset(archivePath(v.id), read(archivePath(v.id))));
  return versions.map((version, i) => {
    const previous = datasets[i - 1];
    const changelog = previous ? versionChangelog(previous, datasets[i] as Dataset, en) : null;
    return {
      ...version,
      changes: changelog ? { since: (versions[i - 1] as { id: string }).id, ...changelog } : null,
    };
  });
}
