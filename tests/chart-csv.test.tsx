import { screen, waitFor, within } from '@testing-library/react';
import { parse } from 'csv-parse/sync';

import raw from '../public/data/hstf.json';
import { en } from '../src/i18n/messages';
import { renderApp } from './render-app';

/**
 * Issue 34: every chart's CSV has unique column names (the record's fields follow the table's
 * columns, which may have the same names), so a CSV reader keys each row without renaming or
 * losing a column; and every row carries the data's licence and the view's citation.
 */

/** The files the page saves, caught where it hands them to the browser. */
function catchDownloads() {
  const saved: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    saved.push(blob as Blob);
    return 'blob:caught';
  };
  URL.revokeObjectURL = () => {};
  // jsdom cannot follow a download link; the file is what matters here.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) click.call(this);
  };
  return {
    saved,
    restore() {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe('the CSV of each chart', () => {
  it('has unique column names, and every row names the licence and cites the view by its permanent link', async () => {
    const downloads = catchDownloads();
    try {
      const { user } = renderApp('?category=drugs,arrests');
      await screen.findByRole('region', { name: en.sectionHeadings.timeline });
      const menus = await screen.findAllByRole('button', { name: /^Download: / });
      // The four outcome charts and the timeline.
      expect(menus).toHaveLength(5);
      for (const [i, menu] of menus.entries()) {
        await user.click(menu);
        await user.click(await screen.findByRole('menuitem', { name: en.exports.menu.csv }));
        await waitFor(() => expect(downloads.saved).toHaveLength(i + 1));
      }
      const permanent = `${window.location.origin}/?category=arrests,drugs&v=${raw.version}`;
      for (const file of downloads.saved) {
        const text = await file.text();
        const [header = []] = parse(text, { bom: true, to_line: 1 }) as string[][];
        expect(new Set(header).size, `repeated column names in ${header.join(' | ')}`).toBe(header.length);
        // Grouped by name, a repeated column would come back as an array of values.
        const rows = parse(text, { bom: true, columns: true, group_columns_by_name: true }) as Record<
          string,
          unknown
        >[];
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          expect(Object.keys(row)).toEqual(header);
          expect(Object.values(row).every((value) => typeof value === 'string')).toBe(true);
          expect(row[en.exports.columns.licence]).toMatch(/^CC BY 4\.0 \(https:\/\/creativecommons\.org\//);
          expect(row[en.exports.columns.citation]).toContain(
            `[Data set, version ${raw.version}]. ${permanent}.`,
          );
        }
      }
      expect(within(document.body).getAllByText(/^Downloaded hstf-/)).toHaveLength(5);
    } finally {
      downloads.restore();
    }
  });
});
