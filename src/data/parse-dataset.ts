import { DatasetError } from './dataset-error';
import { describeIssue, PARSE_OPTIONS } from './describe-issue';
import { hstfDatasetSchema } from './integrity';
import { migrateDataset } from './migrate';
import type { Dataset } from './schema';

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
  const result = hstfDatasetSchema.safeParse(migrateDataset(json), PARSE_OPTIONS);
  if (!result.success) {
    throw new DatasetError(url, { kind: 'invalid', issues: result.error.issues.map(describeIssue) });
  }
  return result.data;
}
