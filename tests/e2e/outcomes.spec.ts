import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';

import { expect, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('opens a headline card’s history from the keyboard, shares it, and closes it', async ({ page }) => {
  await page.goto('./');
  const cards = page.getByRole('list', { name: 'Headline figures' });
  const trigger = cards.getByRole('button', { name: 'Arrests: See all 5 reports' });
  await trigger.focus();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Arrests: every report' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\?focus=arrests-doj$/);
  const entries = dialog.getByRole('listitem');
  await expect(entries).toHaveCount(5);
  await expect(entries.nth(0)).toContainText('more than 3,000 people');
  await expect(entries.nth(1)).toContainText('more than 3,000 and counting');
  await expect(entries.nth(2)).toContainText('more than 3,200 people');
  await expect(entries.nth(3)).toContainText('over 3,200 people');
  await expect(entries.nth(4)).toContainText('3,266 people');
  await expect(entries.nth(4)).toBeFocused();

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('dialog').analyze();
  expect(axe.violations).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
  await expect(trigger).toBeFocused();

  // Back reopens exactly the shared view.
  await page.goBack();
  await expect(dialog).toBeVisible();
});

test('a link to one report opens its card with that report highlighted', async ({ page }) => {
  await page.goto('./?focus=narcotics-preview');
  const dialog = page.getByRole('dialog', { name: 'Narcotics (total weight): every report' });
  await expect(dialog).toBeVisible();
  const current = dialog.locator('li[aria-current="true"]');
  await expect(current).toContainText('7 tons');
  await expect(current).toContainText('Disputed');
  await expect(current).toBeInViewport();
});

test('switches a chart to a table and back', async ({ page }) => {
  await page.goto('./');
  const frame = page.getByRole('figure', { name: 'The narcotics disagreement' });
  await frame.scrollIntoViewIfNeeded();
  // Recharts arrives lazily, then draws the bars and their axis.
  const axis = frame.getByText('Weight (metric tons)');
  await expect(axis).toBeVisible();
  const toggle = frame.getByRole('button', { name: 'Show as table' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?table=narcotics-disagreement$/);
  const table = frame.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(8);
  await expect(table).toContainText('more than 91 metric tons');
  await expect(table).toContainText('58,000 kg');
  await expect(axis).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('#outcomes').analyze();
  expect(axe.violations).toEqual([]);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(axis).toBeVisible();
});

test('a figure links to its source entry', async ({ page }) => {
  await page.goto('./');
  const card = page
    .getByRole('list', { name: 'Headline figures' })
    .getByRole('article', { name: 'Currency' });
  // The card's sources are one step away, in its history.
  await card.getByRole('button', { name: 'Currency: See all 3 reports' }).click();
  const dialog = page.getByRole('dialog', { name: 'Currency: every report' });
  await dialog
    .getByRole('listitem')
    .last()
    .getByRole('link', { name: /source entry/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\?focus=encortodigital-doj-release$/);
  await expect(dialog).toBeHidden();
  const sources = page.getByRole('table', { name: 'Sources, with what relies on each one' });
  const entry = sources.getByRole('row', { name: /^encortodigital\.com/ });
  await expect(entry).toHaveAttribute('aria-current', 'true');
  await expect(entry).toBeInViewport();
  await expect(sources.getByRole('button', { name: /^encortodigital\.com/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

/** The report dates under the chart, left to right, after checking that none overlaps the next. */
async function reportDatesApart(chart: Locator) {
  // The drawing is hidden from assistive technology (its table says the same); read its text.
  const dates = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect(dates.first()).toBeVisible();
  const boxes = await dates.evaluateAll((texts) =>
    texts.map((text) => {
      const { left, right } = text.getBoundingClientRect();
      return { left, right, text: text.textContent };
    }),
  );
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  for (let i = 1; i < sorted.length; i += 1) {
    expect(sorted[i]!.left, `“${sorted[i]!.text}” overlaps “${sorted[i - 1]!.text}”`).toBeGreaterThanOrEqual(
      sorted[i - 1]!.right,
    );
  }
  return sorted.map((box) => box.text);
}

test('on a phone-sized screen, a chart’s report dates and axis title fit without overlapping', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./');
  const chart = page.getByRole('figure', { name: 'How the reported figure changed' });
  await chart.scrollIntoViewIfNeeded();
  const dates = await reportDatesApart(chart);
  await expect(chart.getByText('Report date', { exact: true })).toBeVisible();
  await expect(chart.getByText('Report date (in the order the statements were made)')).toHaveCount(0);
  expect(dates.length).toBeGreaterThanOrEqual(2);
  expect(dates[0]).toBe('Oct 23, 2025');
  expect(dates.at(-1)).toBe('Jan 26, 2026');
});

test('on a wide screen, a metric with many reports keeps its report dates apart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Narcotics has six reports: at their full width the six dates did not fit under the plot.
  await page.goto('./?metric=narcotics');
  const chart = page.getByRole('figure', { name: 'How the reported figure changed' });
  await chart.scrollIntoViewIfNeeded();
  const dates = await reportDatesApart(chart);
  await expect(chart.getByText('Report date (in the order the statements were made)')).toBeVisible();
  expect(dates[0]).toBe('Oct 23, 2025');
  expect(dates.at(-1)).toBe('Jan 26, 2026');
});

/**
 * The texts of a chart's drawing that are not inside it, as “text” (how far out, in px): a
 * label cut off at the chart's edge cannot be read. Waits for the drawing, which loads lazily.
 */
async function textsOutside(chart: Locator): Promise<string[]> {
  // The drawing is hidden from assistive technology (its table says the same): it is the
  // chart's one picture with text in it.
  const drawing = chart.locator('svg:has(text)');
  await expect(drawing.locator('text').first()).toBeVisible();
  return drawing.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return Array.from(svg.querySelectorAll('text'))
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .flatMap((text) => {
        const box = text.getBoundingClientRect();
        const out = Math.max(
          frame.left - box.left,
          box.right - frame.right,
          frame.top - box.top,
          box.bottom - frame.bottom,
        );
        return out > 1 ? [`“${text.textContent}” (${Math.round(out)} px)`] : [];
      });
  });
}

/**
 * The texts of a chart's drawing that overlap another, as “text” / “text”: overlapping labels
 * cannot be read. Waits for the drawing, which loads lazily.
 */
async function textsOverlapping(chart: Locator): Promise<string[]> {
  const drawing = chart.locator('svg:has(text)');
  await expect(drawing.locator('text').first()).toBeVisible();
  return drawing.evaluate((svg) => {
    const texts = Array.from(svg.querySelectorAll('text'))
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }));
    const apart = (a: number, b: number, c: number, d: number) => Math.min(b, d) - Math.max(a, c) <= 1;
    return texts.flatMap((one, i) =>
      texts
        .slice(i + 1)
        .filter(
          (other) =>
            !apart(one.box.left, one.box.right, other.box.left, other.box.right) &&
            !apart(one.box.top, one.box.bottom, other.box.top, other.box.bottom),
        )
        .map((other) => `“${one.text}” / “${other.text}”`),
    );
  });
}

for (const { lang, width, titles } of [
  {
    lang: 'en',
    width: 1280,
    titles: ['Arrests by affiliated group', 'Drugs seized', 'The narcotics disagreement'],
  },
  {
    lang: 'en',
    width: 375,
    titles: ['Arrests by affiliated group', 'Drugs seized', 'The narcotics disagreement'],
  },
  {
    lang: 'es',
    width: 1280,
    titles: ['Arrestos por grupo de afiliación', 'Drogas incautadas', 'El desacuerdo sobre los narcóticos'],
  },
]) {
  test(`at ${width} px in ${lang === 'en' ? 'English' : 'Spanish'}, every label of the bar charts is drawn whole, clear of the others`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(lang === 'en' ? './' : './?lang=es');
    for (const title of titles) {
      const chart = page.getByRole('figure', { name: title });
      await chart.scrollIntoViewIfNeeded();
      expect(await textsOutside(chart), title).toEqual([]);
      expect(await textsOverlapping(chart), title).toEqual([]);
    }
  });
}
