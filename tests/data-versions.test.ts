import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { datasetErrorText } from '../src/app/dataset-error-text';
import { parseDataset } from '../src/data/parse-dataset';
import { DATASET_MIGRATIONS, migrateDataset } from '../src/data/migrate';
import { SCHEMA_VERSION } from '../src/data/schema';
import { parseVersionList } from '../src/data/version-list';
import { requestedArchive } from '../src/data/versions';
import { problemText as english } from '../src/i18n/en/problems';
import { es } from '../src/i18n/es/messages';
import { problemText as spanish } from '../src/i18n/es/problems';
import { en } from '../src/i18n/messages';
import { parseSums } from '../scripts/data.mjs';

const dataDir = resolve(import.meta.dirname, '../public/data');
const read = (path: string) => readFileSync(resolve(dataDir, path), 'utf8');

/**
 * Published versions never change: a link pinned to one (`v=<id>`) must keep showing
 * what its author saw. `npm run data:publish` records each archive's hash once, when it
 * publishes it, in archive/SHA256SUMS (`sha256sum -c SHA256SUMS` checks them too).
 */
const PUBLISHED_SHA256 = Object.fromEntries(
  [...parseSums(read('archive/SHA256SUMS'))].map(([file, hash]) => [file.replace(/\.json$/, ''), hash]),
);

const versions = parseVersionList('data/versions.json', read('versions.json'));
const newest = versions.at(-1)!;

describe('published data versions', () => {
  it('lists every archived file, oldest first, and nothing else', () => {
    const files = readdirSync(resolve(dataDir, 'archive'))
      .filter((file) => file.endsWith('.json'))
      .sort();
    expect(files).toEqual(versions.map((v) => `${v.id}.json`).sort());
    const dates = versions.map((v) => v.reviewedOn);
    expect(dates).toEqual([...dates].sort());
    expect(Object.keys(PUBLISHED_SHA256)).toEqual(versions.map((v) => v.id));
  });

  it.each(versions.map((v) => v.id))('keeps archive %s byte for byte as published', (id) => {
    const hash = createHash('sha256')
      .update(readFileSync(resolve(dataDir, `archive/${id}.json`)))
      .digest('hex');
    expect(hash).toBe(PUBLISHED_SHA256[id]);
  });

  it('serves the newest version as hstf.json', () => {
    expect(read('hstf.json')).toBe(read(`archive/${newest.id}.json`));
  });

  it.each(versions.map((v) => v.id))('validates archive %s against the current schema, migrated', (id) => {
    const data = parseDataset(`data/archive/${id}.json`, read(`archive/${id}.json`));
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.version).toBe(id);
    expect(data.reviewedOn).toBe(versions.find((v) => v.id === id)?.reviewedOn);
  });

  it('reads a pinned older version from its archive and the newest from hstf.json', () => {
    expect(requestedArchive('2026-11-28', versions)).toBe('2026-11-28');
    expect(requestedArchive(newest.id, versions)).toBeNull();
    expect(requestedArchive('1999-01-01', versions)).toBeNull();
    expect(requestedArchive(null, versions)).toBeNull();
  });
});

describe('dataset migrations', () => {
  it('has one step per older schema', () => {
    expect(Object.keys(DATASET_MIGRATIONS).map(Number)).toEqual(
      Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it('1 → 2: names the version after the review date and adds an empty alias table', () => {
    const migrated = DATASET_MIGRATIONS[1]!({ schemaVersion: 1, reviewedOn: '2026-11-28', title: 'T' });
    expect(migrated).toEqual({
      schemaVersion: 2,
      reviewedOn: '2026-11-28',
      title: 'T',
      version: '2026-11-28',
      aliases: {},
    });
  });

  it('2 → 3: calls a number stated without a qualifier `none`, and changes nothing else', () => {
    const figure = (id: string, qualifier: string) => ({ id, qualifier, value: 1 });
    const migrated = DATASET_MIGRATIONS[2]!({
      schemaVersion: 2,
      version: '2026-11-28-2',
      figures: [figure('a', 'exact'), figure('b', 'more-than'), figure('c', 'unknown')],
    });
    expect(migrated).toEqual({
      schemaVersion: 3,
      version: '2026-11-28-2',
      figures: [figure('a', 'none'), figure('b', 'more-than'), figure('c', 'unknown')],
    });
  });

  it('brings both schema-2 archives up to date: no figure is left `exact`, the rest as published', () => {
    for (const id of ['2026-11-28', '2026-11-28-2']) {
      type RawFigure = { id: string; value: number; statedAs: string; qualifier: string };
      const raw = (JSON.parse(read(`archive/${id}.json`)) as { figures: RawFigure[] }).figures;
      const data = parseDataset(`data/archive/${id}.json`, read(`archive/${id}.json`));
      expect(data.figures.map((f) => [f.id, f.value, f.statedAs, f.qualifier])).toEqual(
        raw.map((f) => [f.id, f.value, f.statedAs, f.qualifier === 'exact' ? 'none' : f.qualifier]),
      );
    }
  });

  it('leaves current files and non-objects alone', () => {
    const current = { schemaVersion: SCHEMA_VERSION, version: 'x' };
    expect(migrateDataset(current)).toBe(current);
    expect(migrateDataset([1])).toEqual([1]);
    expect(migrateDataset(null)).toBeNull();
  });
});

describe('a broken list of versions', () => {
  function shownFor(list: unknown, language: 'en' | 'es'): string[] {
    try {
      parseVersionList('data/versions.json', JSON.stringify(list));
    } catch (error) {
      return datasetErrorText(error, language === 'en' ? en : es, language === 'en' ? english : spanish)
        .details;
    }
    throw new Error('the broken list was accepted');
  }

  it('names a repeated version id in the reader’s language', () => {
    const list = { versions: [versions[0], versions[0]] };
    expect(shownFor(list, 'en')).toEqual(['versions: version ids must be unique']);
    expect(shownFor(list, 'es')).toEqual(['versions: los ids de versión deben ser únicos']);
  });

  it('names a version id of the wrong form', () => {
    const list = { versions: [{ ...versions[0], id: 'latest' }] };
    expect(shownFor(list, 'en')).toEqual([
      'versions[0].id: expected a version id such as "2026-11-28" or "2026-11-28-2"',
    ]);
  });
});
