import { SCHEMA_VERSION } from './schema';

/**
 * Archived data versions stay byte for byte as published (`data/archive/<id>.json`),
 * so a file written for an older schema is brought up to the current one here, before
 * it is validated. Each step takes a file of schema N to schema N + 1; pure, so every
 * archive can be checked in tests.
 */
type Json = Record<string, unknown>;

export const DATASET_MIGRATIONS: Record<number, (data: Json) => Json> = {
  // Schema 2 names the data version (schema-1 files were identified by their review date
  // alone) and adds `aliases` for renamed ids, which schema 1 did not have.
  1: (data) => ({ ...data, schemaVersion: 2, version: data.reviewedOn, aliases: {} }),
};

/** Applies every step from the file's schema to the current one; other input is returned as is. */
export function migrateDataset(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  let data = json as Json;
  while (typeof data.schemaVersion === 'number' && data.schemaVersion < SCHEMA_VERSION) {
    const step = DATASET_MIGRATIONS[data.schemaVersion];
    if (!step) break;
    data = step(data);
  }
  return data;
}
