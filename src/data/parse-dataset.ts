import type * as z from 'zod/mini';

import { DatasetError, type InvalidPath } from './dataset-error';
import { hstfDatasetSchema } from './integrity';
import { migrateDataset } from './migrate';
import type { Dataset } from './schema';

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
