import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

// A pinned link loads the version list, then the archive: on a busy machine that takes a while.
test.describe.configure({ timeout: 90_000 });
const LOAD = { timeout: 60_000 };

/** The newest published version (`npm run data:publish` adds one). */
const NEWEST = (
  JSON.parse(readFileSync('public/data/versions.json', 'utf8')) as { versions: { id: string }[] }
).versions.at(-1)!.id;

const cards = (page: Page) => page.getByRole('list', { name: 'Headline figures' });

test('a permanent link to version 1 shows its data and what changed; the notice leads to the latest', async ({
  page,
}) => {
  await page.goto('./?category=arrests,drugs&v=2026-11-28');
  const arrests = cards(page).getByRole('article', { name: 'Arrests' });
  const latest = arrests.getByRole('group', { name: 'Latest' });
  await expect(latest).toContainText('3,266 people', LOAD);
  // Version 1 dated the DOJ release to the month only; version 2 knows the day.
  await expect(latest).toContainText('Said by DOJ release, Jan 2026');
  // The pinned data's best-supported claim, by the same rule.
  await expect(arrests.getByRole('group', { name: 'Best-supported' })).toContainText(
    'more than 3,200 people',
  );

  const notice = page.getByRole('region', { name: 'Data as of November 28, 2026' });
  await expect(notice).toContainText('This link is pinned to data version 2026-11-28');
  await expect(notice).toContainText(/\d+ figures have changed since/, LOAD);
  await expect(notice.getByRole('list')).toContainText(
    'Narcotics (total weight) (Unnamed sources cited in the preview (Voz copy)): 70 tons → 70 tons (qualifier not known)',
  );
  // The pin survives canonicalisation.
  await expect(page).toHaveURL(/\?category=arrests,drugs&v=2026-11-28$/);
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('section[aria-labelledby="version-notice-heading"]')
    .analyze();
  expect(axe.violations).toEqual([]);

  await notice.getByRole('link', { name: 'See this view with the latest data' }).click();
  await expect(page).toHaveURL(/\?category=arrests,drugs$/);
  await expect(
    cards(page).getByRole('article', { name: 'Arrests' }).getByRole('group', { name: 'Latest' }),
  ).toContainText('Said by DOJ release, Jan 26, 2026', LOAD);
  await expect(page.getByRole('region', { name: /^Data as of/ })).toHaveCount(0);
});

test('a link pinned to version 2 names what version 3 changed: attributions and caveats, not values', async ({
  page,
}) => {
  await page.goto('./?category=arrests&v=2026-11-28-2');
  const notice = page.getByRole('region', { name: 'Data as of November 28, 2026' });
  await expect(notice).toContainText('This link is pinned to data version 2026-11-28-2');
  await expect(notice).toContainText(/\d+ figures have changed since, among them:/, LOAD);
  const changes = notice.getByRole('list');
  await expect(changes).toContainText('Arrests (DOJ release): caveat: — → May count seizures too.');
  await expect(changes).toContainText(
    'who said it: Fox News (the agency that released the figures is not named) → Reported by Fox News',
  );
  // Its own data: the version-2 card has no caveat yet.
  const latest = cards(page).getByRole('article', { name: 'Arrests' }).getByRole('group', { name: 'Latest' });
  await expect(latest).toContainText('3,266 people');
  await expect(latest).not.toContainText('May count seizures too');
});

test('Copy permanent link copies the view with v= of the data on screen', async ({
  page,
  clipboard,
  baseURL,
}) => {
  await page.goto('./?category=drugs');
  await expect(page.getByRole('button', { name: 'Copy permanent link' })).toBeEnabled(LOAD);
  await page.getByRole('button', { name: 'Copy permanent link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Permanent link copied' })).toBeVisible(LOAD);
  const copied = await clipboard.read();
  expect(copied).toBe(`${page.url()}&v=${NEWEST}`);

  // Opening it pins the newest version without a notice, and keeps v= in the address.
  await page.goto(copied);
  await expect(cards(page).getByRole('article', { name: 'Narcotics (total weight)' })).toBeVisible(LOAD);
  await expect(page).toHaveURL(new URL(`./?category=drugs&v=${NEWEST}`, baseURL).href);
  await expect(page.getByRole('region', { name: /^Data as of/ })).toHaveCount(0);

  // Copy link stays "the latest data": no v=.
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible(
    LOAD,
  );
  expect(await clipboard.read()).toBe(new URL('./?category=drugs', baseURL).href);
});

test('an unknown v is dropped with the ignored notice, and the latest data is shown', async ({ page }) => {
  await page.goto('./?v=1999-01-01&category=arrests');
  const notice = page.getByRole('heading', { name: 'Parts of this link were ignored' });
  await expect(notice).toBeVisible(LOAD);
  await expect(
    page.getByText('v “1999-01-01”: not a published data version; the latest data is shown'),
  ).toBeVisible();
  await expect(page).toHaveURL(/\?category=arrests$/);
  await expect(cards(page).getByRole('article', { name: 'Arrests' })).toContainText('Jan 26, 2026');
});

test('the data versions panel lists each version and the changes computed from the archives', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Data versions' }).click(LOAD);
  await expect(page).toHaveURL(/#versions$/);
  const panel = page.getByRole('region', { name: 'Data versions' });
  const list = panel.getByRole('list', { name: 'Data versions' });
  await expect(list.getByRole('article')).toHaveCount(4, LOAD);
  const fourth = list.getByRole('article', { name: 'Version 2026-12-07-2' });
  await expect(fourth).toContainText('latest');
  await fourth.getByText('Changes since version 2026-12-07').click();
  // The surge's events name the agencies running them; the normalised form is not a change.
  await expect(fourth).toContainText('Events: 2 changes');
  await expect(fourth).toContainText('Changed: HSTF human-trafficking surge, January 2026');
  await expect(fourth).not.toContainText('Figures:');
  const third = list.getByRole('article', { name: 'Version 2026-12-07', exact: true });
  await expect(third).not.toContainText('latest');
  await third.getByText('Changes since version 2026-11-28-2').click();
  // A release of labels and attributions, not only of values: the changes say so.
  await expect(third).toContainText(
    'Changed: Surge: people arrested (Fox News). who said it: Fox News (the agency that released the figures is not named) → Reported by Fox News',
  );
  await expect(third).toContainText('Changed: Arrests (DOJ release). caveat: — → May count seizures too');
  const second = list.getByRole('article', { name: 'Version 2026-11-28-2' });
  await second.getByText('Changes since version 2026-11-28').click();
  await expect(second).toContainText(
    'Changed: Arrests by affiliated group, MS-13 (DOJ release). support Secondary → Reported',
  );
  await expect(second).toContainText('id es-secondary → laaurorademexico-doj-release (old links still work)');
  await expect(second).toContainText('Added: FBI statement: the FBI and HSI co-lead the HSTFs');
  await expect(list.getByRole('article', { name: 'Version 2026-11-28', exact: true })).toContainText(
    'The first published version.',
  );

  // The panel alone, for an iframe.
  await page.goto('./?embed=versions');
  await expect(page.getByRole('list', { name: 'Data versions' }).getByRole('article')).toHaveCount(4, LOAD);
});

test('an old link naming a renamed source opens its new entry', async ({ page }) => {
  await page.goto('./?focus=es-secondary');
  await expect(page).toHaveURL(/\?focus=laaurorademexico-doj-release$/, LOAD);
  await expect(page.locator('#source-laaurorademexico-doj-release')).toHaveAttribute('aria-current', 'true');
});
