import type { Page } from '@playwright/test';

import { es } from '../../src/i18n/es/messages';
import { en } from '../../src/i18n/messages';
import { expect, test } from './fixtures';
import { axeViolations, COLOUR_RULES } from './page-checks';

/**
 * The dashboard in Spanish (issue 13), in a real browser: `<html lang>`, Spanish title
 * and headings, no English interface text on screen, zero axe violations in both themes
 * at both widths, and a language switch that keeps the view and Back returns.
 */

const MARK = '\u241f';

/**
 * The English interface text: every string of the message module, and the fixed words of
 * every message function (called with a marker for each argument and split on it).
 */
function fragments(messages: unknown): string[] {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, () => MARK);
      try {
        out.push(
          ...String((value as (...a: unknown[]) => unknown)(...args)).split(new RegExp(`${MARK}|NaN`)),
        );
      } catch {
        // A message that cannot take the marker has no fixed words worth comparing.
      }
    } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(messages);
  return out
    .map((text) => text.trim().replace(/^[\s.,:;()“”"'·—–-]+|[\s.,:;()“”"'·—–-]+$/g, ''))
    .filter((text) => text.length >= 4 && /[a-z]/i.test(text));
}

const spanishFragments = new Set(fragments(es));
/** English text that Spanish does not share (e.g. "kg" is the same in both). */
const englishOnly = [...new Set(fragments(en))].filter((text) => !spanishFragments.has(text));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Text the page presents as Spanish: text nodes and accessible names, outside any
 * `lang="en"` part. Source titles and publishers are names of publications and stay as
 * published, so they are left out, as is source wording quoted in a Spanish note.
 */
async function spanishText(page: Page): Promise<string> {
  const dataset = await (await page.request.get('./data/hstf.json')).json();
  const names: string[] = dataset.sources.flatMap((source: { title: string; publisher: string }) => [
    source.title,
    source.publisher,
  ]);
  return page.evaluate((names) => {
    const inSpanish = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang') === 'es';
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('noscript')) continue;
      if (inSpanish(node.parentElement)) parts.push(node.textContent ?? '');
    }
    for (const element of Array.from(
      document.body.querySelectorAll('[aria-label],[title],[alt],[placeholder]'),
    )) {
      if (!inSpanish(element)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    // Source wording quoted inside a Spanish note stays in its own language, by design.
    let text = parts.join('\n');
    for (const name of [...names].sort((x, y) => y.length - x.length)) text = text.split(name).join(' ');
    return text.replace(/"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g, ' ');
  }, names);
}

async function openSpanish(page: Page, path = './?lang=es') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: es.app.heading })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('list', { name: es.kpis.heading })).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByRole('heading', { level: 2, name: es.sectionHeadings.sources, exact: true }),
  ).toBeAttached({
    timeout: 60_000,
  });
}

test('?lang=es: html lang, a Spanish title and headings, and no English interface text', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await openSpanish(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle(/Panel HSTF$/);
  for (const heading of [
    es.kpis.heading,
    es.sectionHeadings.outcomes,
    es.sectionHeadings.timeline,
    es.sectionHeadings.people,
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeAttached();
  }
  // Bring every lazily drawn chart near the screen, so its axes and captions are compared too.
  for (const id of ['outcomes', 'timeline', 'people', 'sources']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  }
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { name: es.outcomes.narcoticsDisagreement.title })).toBeVisible();

  const text = await spanishText(page);
  const found = englishOnly.filter((fragment) =>
    new RegExp(`(^|[^\\p{L}])${escape(fragment)}($|[^\\p{L}])`, 'u').test(text),
  );
  expect(found, 'English interface text on the Spanish page').toEqual([]);
  // The comparison has something to find: the English page shows these very strings.
  expect(englishOnly.length).toBeGreaterThan(200);
});

test('?lang=es at 375 and 1280 px: no axe violations in light or dark', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await openSpanish(page);
  await page.waitForLoadState('networkidle');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), `axe violations at ${width} px, light`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { rules: COLOUR_RULES }), `axe violations at ${width} px, dark`).toEqual(
      [],
    );
  }
});

test('switching language keeps every other parameter, in one history entry; Back returns to English', async ({
  page,
}) => {
  test.slow();
  await page.goto('./?category=drugs&type=report&table=drugs-seized');
  await expect(page.getByRole('heading', { level: 1, name: en.app.heading })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const entries = await page.evaluate(() => history.length);

  await page
    .getByRole('navigation', { name: en.languageSwitch.label })
    .getByRole('link', { name: 'Español' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: es.app.heading })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page).toHaveURL(/\?category=drugs&type=report&table=drugs-seized&lang=es$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: en.app.heading })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page).toHaveURL(/\?category=drugs&type=report&table=drugs-seized$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
