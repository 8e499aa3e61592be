import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { screen, within } from '@testing-library/react';
import { parse } from 'csv-parse/sync';

import { parseDataset } from '../src/data/parse-dataset';
import { en } from '../src/i18n/messages';
import { chartCsv, fileName, figuresCsv, type ExportContext } from '../src/sections/shared/export-actions';
import { DEFAULT_VIEW_STATE } from '../src/view-state/view-state';
import { renderApp } from './render-app';

/**
 * Issue 12: an export names the data version it was made from, so a figure in a
 * spreadsheet can be traced back to the exact file (`data/archive/<id>.json`, `v=<id>`).
 */
const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../public/data', path), 'utf8');
const FIRST = '2026-11-28';
const SECOND = '2026-11-28-2';
const NEWEST = (JSON.parse(read('versions.json')) as { versions: { id: string }[] }).versions.at(-1)!.id;
const first = parseDataset(`data/archive/${FIRST}.json`, read(`archive/${FIRST}.json`));
const second = parseDataset(`data/archive/${SECOND}.json`, read(`archive/${SECOND}.json`));

const contextOf = (dataset: typeof first): ExportContext => ({
  dataset,
  messages: en,
  viewUrl: `https://example.org/?v=${dataset.version}`,
});

function records(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parse(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

describe('exports name the data version', () => {
  it.each([
    [FIRST, first],
    [SECOND, second],
  ])('every row of the figures CSV of version %s carries that version id', (id, dataset) => {
    const rows = records(figuresCsv(DEFAULT_VIEW_STATE, contextOf(dataset)));
    expect(rows.length).toBe(dataset.figures.length);
    for (const row of rows) {
      expect(row[en.exports.columns.dataVersion]).toBe(id);
      expect(row[en.exports.columns.reviewedOn]).toBe(dataset.reviewedOn);
    }
  });

  it('a chart CSV carries the version too', () => {
    const figure = second.figures[0]!;
    const csv = chartCsv(
      { what: 'test', title: 'Test', intro: [], columns: ['Label'], rows: [{ cells: ['x'], figure }] },
      contextOf(second),
    );
    expect(records(csv).map((row) => row[en.exports.columns.dataVersion])).toEqual([SECOND]);
  });

  it('file names carry the version id, so files from two versions of one day differ', () => {
    expect(fileName('figures', 'csv', contextOf(first))).toBe(`hstf-figures-${FIRST}.csv`);
    expect(fileName('figures', 'csv', contextOf(second))).toBe(`hstf-figures-${SECOND}.csv`);
  });

  it('the dataset link downloads the archived file of the version on screen', async () => {
    renderApp(`?v=${FIRST}`);
    const downloads = await screen.findByRole(
      'group',
      { name: en.downloads.view.heading },
      { timeout: 15_000 },
    );
    const link = within(downloads).getByRole('link', { name: en.downloads.view.datasetJson });
    expect(link).toHaveAttribute('href', `data/archive/${FIRST}.json`);
    expect(link).toHaveAttribute('download', `hstf-dataset-${FIRST}.json`);
  });

  it('on the latest data, the dataset link names the newest version', async () => {
    renderApp();
    const downloads = await screen.findByRole(
      'group',
      { name: en.downloads.view.heading },
      { timeout: 15_000 },
    );
    const link = within(downloads).getByRole('link', { name: en.downloads.view.datasetJson });
    expect(link).toHaveAttribute('href', `data/archive/${NEWEST}.json`);
    expect(link).toHaveAttribute('download', `hstf-dataset-${NEWEST}.json`);
  });

  it('the page header names the version shown, for the printout', async () => {
    renderApp(`?v=${FIRST}`);
    // The loading state has its own header; look the text up once the data has replaced it.
    const version = await screen.findByText(`· ${en.dataVersion.label(FIRST)}`, { exact: false });
    expect(screen.getByRole('banner')).toContainElement(version);
  });
});
