import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { en } from '../../src/i18n/messages';
import { expect, test } from './fixtures';
import {
  axeViolations,
  consoleWarnings,
  cspViolations,
  layoutShift,
  recordCspViolations,
  recordLayoutShifts,
} from './page-checks';

/**
 * Item pages (issue 35, docs/item-pages.md): each figure, person and event has a prerendered
 * page that reads in full without JavaScript, and with it becomes the dashboard focused on
 * the item, with Back and the copy buttons as on the dashboard. Served from a sub-folder, as
 * a host may (scripts/serve.mjs mounts dist/ at /nested/hstf/ too).
 */

const DIST = process.env.E2E_DIST ?? 'dist';
const dataset = JSON.parse(readFileSync('public/data/hstf.json', 'utf8')) as {
  version: string;
  figures: { id: string }[];
  people: { id: string }[];
  events: { id: string }[];
};

test('the build wrote a page and a 1200×630 preview image for every figure, person and event', async ({
  request,
}) => {
  const paths = [
    ...dataset.figures.map((f) => `claims/${f.id}/`),
    ...dataset.people.map((p) => `people/${p.id}/`),
    ...dataset.events.map((e) => `events/${e.id}/`),
  ];
  const missing = paths.filter((path) => !existsSync(join(DIST, path, 'index.html')));
  expect(missing).toEqual([]);
  // As a link preview fetches it: served, a PNG, 1200×630 (the IHDR chunk's width and height).
  const image = await request.get('./nested/hstf/claims/arrests-bondi-roundtable/og-image.png');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  const png = await image.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a claim’s page reads in full: the number as stated, quote, speaker, date, period, support, sources, history, citation', async ({
    page,
  }) => {
    await page.goto('./nested/hstf/claims/arrests-bondi-roundtable/');
    await expect(page).toHaveTitle(
      /^Arrests: more than 3,200 people \(Attorney General Pam Bondi, .*\) · HSTF Dashboard$/,
    );
    const article = page.getByRole('article', { name: 'Arrests: more than 3,200 people' });
    await expect(article).toBeVisible();
    const term = (name: string) => article.getByRole('term').filter({ hasText: name });
    await expect(term(en.itemPage.statedAs)).toBeVisible();
    await expect(term(en.itemPage.quote('English'))).toBeVisible();
    await expect(
      article.getByRole('definition').filter({ hasText: 'Attorney General Pam Bondi' }),
    ).toBeVisible();
    await expect(term(en.itemPage.period)).toBeVisible();
    await expect(
      article.getByRole('definition').filter({ hasText: en.supportDescription.primary }),
    ).toContainText('Primary');
    await expect(
      article.getByRole('link', { name: 'The Epoch Times (copy on californiainsider.com)' }),
    ).toHaveAttribute('href', /^https:/);
    await expect(article.getByRole('heading', { name: /^Every claim about Arrests/ })).toBeVisible();
    await expect(article.getByRole('listitem').filter({ hasText: en.itemPage.thisClaim })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(article.getByText(new RegExp(`\\[Data set, version ${dataset.version}\\]`))).toBeVisible();
    // Another claim about the same measure is a link to its own page, from the site's root.
    const other = article.getByRole('link', { name: 'Arrests: over 3,200 people' });
    await other.click();
    await expect(page).toHaveURL(/\/nested\/hstf\/claims\/arrests-dhs\/$/);
    await expect(page.getByRole('article', { name: 'Arrests: over 3,200 people' })).toBeVisible();
    // The skip link stays on the page (a bare #main would lead to the dashboard's page).
    await page.getByRole('link', { name: en.app.skipToContent }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/claims\/arrests-dhs\/#main$/);
  });

  test('a person’s and an event’s pages read in full', async ({ page }) => {
    await page.goto('./nested/hstf/people/pam-bondi/');
    const person = page.getByRole('article', { name: 'Pam Bondi' }).first();
    await expect(person.getByRole('term').filter({ hasText: en.itemPage.role })).toBeVisible();
    await expect(person.getByRole('heading', { name: en.itemPage.quotes })).toBeVisible();
    await expect(person.getByRole('heading', { name: en.itemPage.figuresAnnounced })).toBeVisible();
    await expect(person.getByRole('link', { name: 'Arrests: more than 3,200 people' })).toHaveAttribute(
      'href',
      './claims/arrests-bondi-roundtable/',
    );

    await page.goto('./nested/hstf/events/eo-14159/');
    const event = page.getByRole('article', { name: /^Executive Order 14159/ }).first();
    await expect(event.getByRole('term').filter({ hasText: en.itemPage.summary })).toBeVisible();
    await expect(event.getByText('January 20, 2025')).toBeVisible();
    await expect(event.getByRole('link', { name: 'Fox News', exact: true })).toHaveAttribute(
      'href',
      /^https:/,
    );
  });
});

test('with JavaScript a person’s page becomes the dashboard focused on them, without a layout shift; Copy link, Back and axe as on the dashboard', async ({
  page,
  baseURL,
  clipboard,
}) => {
  test.setTimeout(300_000);
  const warnings = consoleWarnings(page);
  await recordCspViolations(page);
  await recordLayoutShifts(page);
  await page.goto('./nested/hstf/people/pam-bondi/');
  const root = new URL('./nested/hstf/', baseURL).href;
  // The dashboard's own card of the person is focused, as with ?focus=pam-bondi.
  const card = page.locator('#person-pam-bondi');
  await expect(card).toBeFocused();
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('article', { name: 'Pam Bondi' }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // As on the dashboard (CLS ≤ 0.01): the prerendered page does not move as the app takes over.
  expect(await layoutShift(page), 'layout shift while the page started').toBeLessThanOrEqual(0.01);
  expect(warnings, 'hydration or other console warnings').toEqual([]);
  expect(await axeViolations(page), 'axe violations').toEqual([]);

  await page.getByRole('button', { name: en.share.copy }).click();
  await expect(page.getByRole('status').filter({ hasText: en.share.copied })).toBeVisible();
  expect(await clipboard.read()).toBe(`${root}people/pam-bondi/`);
  await page.getByRole('button', { name: en.share.copyPermanent }).click();
  await expect(
    page.getByRole('status').filter({ hasText: en.share.copiedPermanent(dataset.version) }),
  ).toBeVisible();
  expect(await clipboard.read()).toBe(`${root}people/pam-bondi/?v=${dataset.version}`);

  // Another filter keeps the page's path; another focus is the dashboard's own address.
  await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Drugs' }).click();
  await expect(page).toHaveURL(`${root}people/pam-bondi/?category=drugs`);
  // The skip link moves within the page, its query kept (its address names the page's path).
  await page.getByRole('link', { name: en.app.skipToContent }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${root}people/pam-bondi/?category=drugs#main`);
  await page
    .getByRole('article', { name: 'Pam Bondi' })
    .first()
    .getByRole('link', { name: 'Arrests: more than 3,200 people' })
    .click();
  await expect(page).toHaveURL(`${root}?category=drugs&focus=arrests-bondi-roundtable`);
  // The item's own article (its heading the page's second level) is gone with its page.
  await expect(page.getByRole('heading', { level: 2, name: 'Pam Bondi' })).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(`${root}people/pam-bondi/?category=drugs#main`);
  await expect(page.getByRole('heading', { level: 2, name: 'Pam Bondi' })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(`${root}people/pam-bondi/`);
  expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
});
