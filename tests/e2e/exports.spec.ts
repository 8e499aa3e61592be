import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

import { en } from '../../src/i18n/messages';
import { expect, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const dataset = JSON.parse(readFileSync('public/data/hstf.json', 'utf8')) as {
  version: string;
  reviewedOn: string;
  metrics: { id: string; category: string }[];
  figures: { id: string; metricId: string }[];
  events: { id: string; summary: string }[];
};
/** Files name the data version they were made from (issue 12). */
const FILE_NAME = (what: string, ext: string) => `hstf-${what}-${dataset.version}.${ext}`;

const OUTCOME_CHARTS = {
  'reported-change': en.outcomes.reportedChange.title,
  'drugs-seized': en.outcomes.drugsSeized.title,
  'narcotics-disagreement': en.outcomes.narcoticsDisagreement.title,
};

/** A chart's frame, scrolled to, with its drawing loaded. */
async function chartFrame(page: Page, title: string): Promise<Locator> {
  const frame = page.getByRole('figure', { name: title });
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 60_000 });
  return frame;
}

async function download(page: Page, frame: Locator, item: string): Promise<Download> {
  await frame.getByRole('button', { name: /^Download/ }).click();
  const downloaded = page.waitForEvent('download');
  await frame.getByRole('menuitem', { name: item }).click();
  return downloaded;
}

async function text(file: Download): Promise<string> {
  return readFileSync(await file.path(), 'utf8');
}

function parseCsv(content: string): string[][] {
  return parse(content, { bom: true, record_delimiter: '\r\n' }) as string[][];
}

for (const [id, title] of Object.entries(OUTCOME_CHARTS)) {
  test(`“${title}”: the CSV holds exactly the rows of its table, with provenance, for ?category=drugs`, async ({
    page,
  }) => {
    await page.goto('./?category=drugs');
    const frame = await chartFrame(page, title);
    const view = page.url();
    const file = await download(page, frame, 'Data (CSV)');
    expect(file.suggestedFilename()).toBe(FILE_NAME(id, 'csv'));
    const content = await text(file);
    expect(content.startsWith('\uFEFF')).toBe(true);
    expect(content.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(content);

    // The same rows as the table alternative, in the same order.
    await frame.getByRole('button', { name: en.outcomes.showTable }).click();
    const table = frame.getByRole('table');
    await expect(table).toBeVisible({ timeout: 60_000 });
    const columns = await table.getByRole('columnheader').allInnerTexts();
    expect(header?.slice(0, columns.length)).toEqual(columns);
    const tableRows = table.locator('tbody').getByRole('row');
    await expect(tableRows).toHaveCount(rows.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const [i, row] of rows.entries()) {
      const cells = (await tableRows.nth(i).getByRole('cell').allInnerTexts()).map((c) => c.trim());
      const rowHeader = (await tableRows.nth(i).getByRole('rowheader').innerText()).trim();
      const shown = [rowHeader, ...cells];
      // Every cell reads the same, except that the support badge also tells screen readers
      // "Support:" and the sources cell links each publisher the CSV lists.
      const support = columns.indexOf(en.outcomes.columns.support);
      const sources = columns.indexOf(en.outcomes.columns.sources);
      for (const [j, cell] of row.slice(0, columns.length).entries()) {
        if (j === support) expect(shown[j]?.replace(/\s+/g, ' ')).toContain(`${en.figure.support}: ${cell}`);
        else if (j === sources) for (const name of cell.split('; ')) expect(shown[j]).toContain(name);
        else expect(cell).toBe(shown[j]);
      }
      const record = Object.fromEntries(header?.map((name, j) => [name, row[j]]) ?? []);
      expect(dataset.figures.map((f) => f.id)).toContain(record['Record: Figure id']);
      expect(record['Record: Source titles']).not.toBe('');
      expect(record['Data reviewed on']).toBe(dataset.reviewedOn);
      expect(record['Data version']).toBe(dataset.version);
      expect(record['View']).toBe(view);
      expect(record['Citation']).toContain(`. ${view}&v=${dataset.version}. Accessed `);
    }
    // Every column has its own name: the record's fields are named apart from the table's.
    expect(new Set(header).size).toBe(header?.length);
  });
}

test('the SVG download is well-formed XML with the chart, its title, sources line and the view’s link', async ({
  page,
}) => {
  await page.goto('./?category=drugs');
  const frame = await chartFrame(page, en.outcomes.drugsSeized.title);
  const file = await download(page, frame, 'Image (SVG)');
  expect(file.suggestedFilename()).toBe(FILE_NAME('drugs-seized', 'svg'));
  const svg = await text(file);
  const view = page.url();
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    return {
      error: error?.textContent ?? null,
      root: doc.documentElement.localName,
      lines: Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? ''),
      shapes: doc.querySelectorAll('rect, path, circle').length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.lines).toContain(en.outcomes.drugsSeized.title);
  const words = parsed.lines.join(' ');
  // The licence, and the citation with the view's permanent link (wrapped over lines, as the view's link).
  expect(words).toContain('Data licence: CC BY 4.0');
  expect(parsed.lines.join('')).toContain(`${view}&v=${dataset.version}.`);
  expect(words).toContain('Sources: ');
  // A long address is wrapped over lines with no space added.
  expect(parsed.lines.join('')).toContain(view);
  expect(words).toContain('Data last reviewed');
  expect(words).toContain(`Data version ${dataset.version}`);
  expect(parsed.shapes).toBeGreaterThan(3);
  // Colours are written into the file, not left to the page's stylesheet.
  expect(svg).not.toContain('class=');
  expect(svg).toMatch(/fill="rgb\(/);
});

test('the PNG download is a PNG at least twice as wide as the chart on screen', async ({ page }) => {
  await page.goto('./');
  const frame = await chartFrame(page, en.outcomes.arrestsByGroup.title);
  const box = await frame.boundingBox();
  const file = await download(page, frame, 'Image (PNG)');
  expect(file.suggestedFilename()).toBe(FILE_NAME('arrests-by-group', 'png'));
  const png = readFileSync(await file.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  expect(width).toBeGreaterThanOrEqual(2 * (box?.width ?? Infinity));
});

test('the timeline chart downloads its events as CSV, SVG and PNG', async ({ page }) => {
  await page.goto('./?type=report');
  const frame = page.getByRole('figure', { name: en.timeline.chart.title });
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.getByRole('group', { name: en.timeline.chart.title })).toBeVisible();
  const csv = await download(page, frame, 'Data (CSV)');
  expect(csv.suggestedFilename()).toBe(FILE_NAME('timeline', 'csv'));
  const [header, ...rows] = parseCsv(await text(csv));
  expect(header?.slice(0, 4)).toEqual([
    en.timeline.date,
    en.timeline.type,
    en.timeline.event,
    en.timeline.agencies,
  ]);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row[1]).toBe(en.timeline.types.report);
  const svg = await download(page, frame, 'Image (SVG)');
  expect(await text(svg)).toContain(en.timeline.chart.title);
  const png = readFileSync(await (await download(page, frame, 'Image (PNG)')).path());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
});

test('the Download menu works from the keyboard and axe finds nothing with it open', async ({ page }) => {
  // axe is slow on a busy machine.
  test.slow();
  await page.goto('./');
  const frame = await chartFrame(page, en.outcomes.narcoticsDisagreement.title);
  const button = frame.getByRole('button', { name: `Download: ${en.outcomes.narcoticsDisagreement.title}` });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = frame.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('menuitem');
  await expect(items).toHaveText(['Data (CSV)', 'Image (SVG)', 'Image (PNG)']);
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(items.nth(2)).toBeFocused();

  // The chart's frame with its menu open (the frame's id is documented for links and tests).
  const axe = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .include('#chart-narcotics-disagreement')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  // Enter on an item downloads it and announces the file.
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(0)).toBeFocused();
  const downloaded = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloaded).suggestedFilename()).toBe(FILE_NAME('narcotics-disagreement', 'csv'));
  await expect(frame.getByRole('status')).toHaveText(
    `Downloaded ${FILE_NAME('narcotics-disagreement', 'csv')}.`,
  );
});

test('the whole view downloads every figure the filters show, and links to the dataset', async ({
  page,
  request,
}) => {
  await page.goto('./?category=drugs');
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: en.downloads.view.figuresCsv }).click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe(FILE_NAME('figures', 'csv'));
  const [header, ...rows] = parseCsv(await text(file));
  const metricColumn = header?.indexOf('Metric id') ?? -1;
  const drugMetrics = new Set(dataset.metrics.filter((m) => m.category === 'drugs').map((m) => m.id));
  expect(rows.length).toBe(dataset.figures.filter((f) => drugMetrics.has(f.metricId)).length);
  for (const row of rows) expect(drugMetrics.has(row[metricColumn] ?? '')).toBe(true);

  const link = page.getByRole('link', { name: en.downloads.view.datasetJson });
  const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
  const response = await request.get(href);
  expect(response.ok()).toBe(true);
  // The archived file of the version on screen, named by it.
  await expect(link).toHaveAttribute('download', `hstf-dataset-${dataset.version}.json`);
  const published = (await response.json()) as { version: string; reviewedOn: string };
  expect(published.reviewedOn).toBe(dataset.reviewedOn);
  expect(published.version).toBe(dataset.version);
});

test('Print draws every chart first; on paper the charts, link, filters and review date show and controls do not', async ({
  page,
}) => {
  // Two PDFs of the whole page are slow on a busy machine.
  test.slow();
  await page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = 'yes';
    };
  });
  await page.goto('./?category=drugs');
  await page.getByRole('button', { name: /^Print/ }).click();
  await expect(page.locator('html[data-printed="yes"]')).toHaveCount(1);

  await page.emulateMedia({ media: 'print' });
  for (const title of Object.values(OUTCOME_CHARTS)) {
    const drawing = page.getByRole('figure', { name: title }).locator('svg.recharts-surface').first();
    await expect(drawing).toBeVisible();
    expect((await drawing.boundingBox())?.height ?? 0).toBeGreaterThan(50);
  }
  await expect(page.getByText(`${en.downloads.print.link}: ${page.url()}`)).toBeVisible();
  // On paper: the printed summary of the filters (the chips on screen are not printed).
  await expect(page.getByText('Category: Drugs').filter({ visible: true })).toHaveCount(1);
  // On paper the header names the data version next to the review date.
  await expect(page.getByText(/^Data last reviewed \w+ \d+, \d{4}/)).toBeVisible();
  await expect(page.getByText(`· Version ${dataset.version}`)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Print/ })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Download/ }).first()).toBeHidden();

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: false });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  }
});

test('a printout shows the closed detail panels, which the page leaves empty until one is opened', async ({
  page,
}) => {
  test.slow();
  // What the first event's panel holds at the end of printing. This listener was added before
  // the app's own, so it runs before the app empties the panels again.
  await page.addInitScript(() => {
    window.addEventListener('afterprint', () => {
      const panel = document.querySelector('#timeline article [data-disclosure-panel]');
      document.documentElement.dataset.printedPanel = panel?.textContent ?? '';
      document.documentElement.dataset.printedFooter = document.querySelector('footer')?.textContent ?? '';
    });
  });
  await page.goto('./');
  await expect(page.locator('html[data-drawn~="timeline"]')).toHaveCount(1);
  const first = page.getByRole('region', { name: 'Timeline of events' }).getByRole('article').first();
  const id = await first.getAttribute('id');
  const summary = dataset.events.find((e) => id === `event-${e.id}`)?.summary ?? '';
  expect(summary.length, `the dataset's event ${id}`).toBeGreaterThan(20);
  await expect(first.getByText(summary)).toHaveCount(0);

  // The browser's own printing: it announces the printout, lays the page out for paper, prints.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
  expect(await page.locator('html').getAttribute('data-printed-panel')).toContain(summary);
  // The paper cites the view printed: its permanent link and the day; and states the licences.
  const footer = (await page.locator('html').getAttribute('data-printed-footer')) ?? '';
  expect(footer).toContain(
    `[Data set, version ${dataset.version}]. ${page.url()}?v=${dataset.version}. Accessed `,
  );
  expect(footer).toContain('Data: CC BY 4.0; code: MIT.');
  // Back on screen the panel is closed and empty again; opening it draws it.
  await expect(first.getByText(summary)).toHaveCount(0);
  await first.getByRole('button', { expanded: false }).click();
  await expect(first.getByText(summary)).toBeVisible();
});

test('on A4 paper every chart drawing fits the printable width, scaled rather than cut off', async ({
  page,
}) => {
  test.slow();
  // Print layout resizes nothing: no ResizeObserver runs for paper. Keep every observer the
  // page makes, to stop them once the charts are drawn at the screen's width.
  await page.addInitScript(() => {
    const Native = window.ResizeObserver;
    const made: ResizeObserver[] = [];
    (window as unknown as { __observers: ResizeObserver[] }).__observers = made;
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        made.push(this);
      }
    };
    window.print = () => {
      document.documentElement.dataset.printed = 'yes';
    };
  });
  // A tablet's single column draws the charts wider than A4's printable width.
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto('./');
  await page.getByRole('button', { name: /^Print/ }).click();
  await expect(page.locator('html[data-printed="yes"]')).toHaveCount(1);
  const drawings = page.locator('main figure svg.recharts-surface');
  await expect(drawings.first()).toBeVisible();
  const count = await drawings.count();
  expect(count).toBeGreaterThanOrEqual(4);
  const screenWidths = await drawings.evaluateAll((svgs) =>
    svgs.map((svg) => svg.getBoundingClientRect().width),
  );
  expect(Math.max(...screenWidths)).toBeGreaterThan(700);

  await page.evaluate(() => {
    for (const observer of (window as unknown as { __observers: ResizeObserver[] }).__observers) {
      observer.disconnect();
    }
  });
  // A4 is 210 mm wide; less the 15 mm margins on each side, 180 mm ≈ 680 CSS px.
  const printable = 680;
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: printable, height: 900 });
  for (let i = 0; i < count; i += 1) {
    const box = await drawings.nth(i).boundingBox();
    expect(box, `chart drawing ${i + 1}`).not.toBeNull();
    expect(box!.x + box!.width, `chart drawing ${i + 1} ends within the paper`).toBeLessThanOrEqual(
      printable + 1,
    );
    expect(box!.width, `chart drawing ${i + 1} keeps most of the width`).toBeGreaterThan(printable / 2);
    expect(box!.height, `chart drawing ${i + 1} is scaled in proportion`).toBeGreaterThan(50);
  }
});
