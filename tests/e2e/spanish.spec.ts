import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { es } from '../../src/i18n/es/messages';
import { en } from '../../src/i18n/messages';
import { expect, test } from './fixtures';

/**
 * The dashboard in Spanish (issue 13), in a real browser: `<html lang>`, Spanish title
 * and headings, no English interface text on screen, zero axe violations in both themes
 * at both widths, and a language switch that keeps the view and Back returns.
 */

async function openSpanish(page: Page, path = './?lang=es') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: es.app.heading })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('list', { name: es.kpis.heading })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 2, name: es.sources.heading, exact: true })).toBeAttached({
    timeout: 20_000,
  });
}

test('?lang=es: html lang, a Spanish title and headings', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await openSpanish(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle(/Panel HSTF$/);
  for (const heading of [es.kpis.heading, es.outcomes.heading, es.timeline.heading, es.people.heading]) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeAttached();
  }
});

for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`?lang=es at ${width} px, ${scheme}: no axe violations`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await openSpanish(page);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const violations = results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
      );
      expect(violations).toEqual([]);
    });
  }
}

test('switching language keeps every other parameter, in one history entry; Back returns to English', async ({
  page,
}) => {
  test.slow();
  await page.goto('./?category=drugs&type=report&table=drugs-seized');
  await expect(page.getByRole('heading', { level: 1, name: en.app.heading })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const entries = await page.evaluate(() => history.length);

  await page
    .getByRole('navigation', { name: en.languageSwitch.label })
    .getByRole('link', { name: 'Español' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: es.app.heading })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page).toHaveURL(/\?category=drugs&type=report&table=drugs-seized&lang=es$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: en.app.heading })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page).toHaveURL(/\?category=drugs&type=report&table=drugs-seized$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
