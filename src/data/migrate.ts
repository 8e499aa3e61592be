import { SCHEMA_VERSION } from './schema';

/**
 * Archived data versions stay byte for byte as published (`data/archive/<id>.json`),
 * so a file written for an older schema is brought up to the current one here, before
 * it is validated. Each step takes a file of schema N to schema N + 1; pure, so every
 * archive can be checked in tests.
 */
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const DATASET_MIGRATIONS: Record<number, (data: Json) => Json> = {
  // Schema 2 names the data version (schema-1 files were identified by their review date
  // alone) and adds `aliases` for renamed ids, which schema 1 did not have.
  1: (data) => ({ ...data, schemaVersion: 2, version: data.reviewedOn, aliases: {} }),
  // Schema 3 calls a number stated without a qualifier `none`: schema 2's `exact` claimed a
  // precision no source gave. Nothing else of a schema-2 file changes.
  2: (data) => ({
    ...data,
    schemaVersion: 3,
    figures: Array.isArray(data.figures)
      ? data.figures.map((figure: unknown) =>
          isRecord(figure) && figure.qualifier === 'exact' ? { ...figure, qualifier: 'none' } : figure,
        )
      : data.figures,
  }),
};

/** Applies every step from the file's schema to the current one; other input is returned as is. */
export function migrateDataset(json: unknown): unknown {
  if (!isRecord(json)) return json;
  let data = json;
  while (typeof data.schemaVersion === 'number' && data.schemaVersion < SCHEMA_VERSION) {
    const step = DATASET_MIGRATIONS[data.schemaVersion];
    if (!step) break;
    data = step(data);
  }
  return data;
}
