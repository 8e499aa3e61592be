/**
 * The app's own dataset code, for the data scripts (`npm run data:check`, `data:publish`, the
 * build's data packages): they run in Node, which cannot import TypeScript, so
 * scripts/data-tools.mjs bundles this module, and the build reaches it through the server
 * entry (prerender.tsx). One schema, one set of checks and one wording of problems, shared
 * with the page: nothing here is a second copy.
 */
import * as z from 'zod/mini';

import { localiseDataset, parseDatasetTexts, textFields, versionSummaryKey } from '../data/dataset-texts';
import { parseDataset } from '../data/parse-dataset';
import { datasetSchema, SCHEMA_VERSION, type Dataset } from '../data/schema';
import { changeCount, diffDatasets, DIFF_COLLECTIONS, figureHighlights } from '../data/version-diff';
import { parseVersionList } from '../data/version-list';
import { problemText } from '../i18n/en/problems';
import { en } from '../i18n/messages';
import { highlightText } from '../sections/shared/version-change-text';
import { datasetErrorText } from './dataset-error-text';
import { pageCitation } from '../data/citation';

export {
  localiseDataset,
  parseDatasetTexts,
  parseVersionList,
  SCHEMA_VERSION,
  textFields,
  versionSummaryKey,
};

/** A dataset file checked: the parsed data, or the words the page would show for it. */
export type CheckedDataset =
  { ok: true; dataset: Dataset } | { ok: false; message: string; details: string[] };

/**
 * Parses and validates a dataset file (migrated, schema, integrity), as the page does. On
 * failure, the page's own message and its path-named details ("figures[3].value: expected
 * number, received string").
 */
export function checkDataset(path: string, text: string): CheckedDataset {
  try {
    return { ok: true, dataset: parseDataset(path, text) };
  } catch (error) {
    return { ok: false, ...datasetErrorText(error, en, problemText) };
  }
}

/**
 * The form in which a version is published: the schema's own output (migrated, defaults
 * written out, text trimmed), two-space JSON with a final newline. A file already in this
 * form is the very object the page would get from the validator.
 */
export function normalisedText(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/**
 * The JSON Schema of `hstf.json` (draft 2020-12), generated from the zod schema. It describes
 * what the page accepts (`io: 'input'`: a field with a default may be left out); the checks
 * across records (ids unique, references resolve) are beyond JSON Schema and are not in it.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `HSTF Dashboard dataset (hstf.json), schema version ${SCHEMA_VERSION}`,
    description:
      'The shape of the dataset file. Ids must also be unique within their kind and every reference must ' +
      'name an existing record; the dashboard checks those too (src/data/integrity.ts).',
    ...rest,
  };
}

/**
 * What changed from one version to the next, in English, for an editor to review: a count per
 * kind of record, the figure changes in the words of the "Data versions" panel, then each
 * added, removed or changed record with the fields that changed.
 */
export function changelogLines(older: Dataset, newer: Dataset): string[] {
  const diff = diffDatasets(older, newer);
  if (changeCount(diff) === 0) return [en.versions.noChanges];
  const lines = DIFF_COLLECTIONS.filter((c) => diff[c].length > 0).map((c) =>
    en.versions.count(diff[c].length, en.versions.collections[c]),
  );
  for (const highlight of figureHighlights(diff, newer)) {
    lines.push(`  ${highlightText(highlight, [newer, older], en)}`);
  }
  for (const collection of DIFF_COLLECTIONS) {
    for (const change of diff[collection]) {
      if (change.kind === 'changed') {
        const renamed = change.previousId === change.id ? '' : ` (was ${change.previousId})`;
        lines.push(`  ~ ${collection}/${change.id}${renamed}: ${change.fields.join(', ')}`);
      } else {
        lines.push(`  ${change.kind === 'added' ? '+' : '-'} ${collection}/${change.id}`);
      }
    }
  }
  return lines;
}

/** How a version's data folder is cited (its README): the dashboard's own citation, in English. */
export function citeVersion(version: string, address: string): string {
  return pageCitation(version, address, en.citing.format);
}
