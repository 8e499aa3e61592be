import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

import { en } from '../../src/i18n/messages';
import { expect, test } from './fixtures';

/**
 * Issue 9 (the answer on the first screen, details one step away) and issue 15 part 1
 * (every content control is in the link), measured on the built app in Chromium.
 */

const DESK = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
const HEADLINES = ['Arrests', 'Fentanyl pills', 'Narcotics (total weight)', 'Firearms', 'Currency'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Layout measurements and exhaustive walks, not reader flows: they run at the machine's speed
// (the flow tests in the other files run with the CPU throttled 4×).
test.use({ cpuThrottle: 1 });

async function openDefault(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto('./');
  await expect(page.getByRole('list', { name: en.kpis.heading })).toBeVisible();
  await expect(page.getByRole('region', { name: en.sectionHeadings.sources })).toBeAttached();
}

/** The value of a headline card (its large number) lies wholly inside the first screen. */
async function valueOnFirstScreen(card: Locator, screenHeight: number): Promise<boolean> {
  const box = await card.getByRole('heading').boundingBox();
  const whole = await card.boundingBox();
  if (!box || !whole) return false;
  // Label, then value: the value ends within ~5 rem below the label's top.
  return box.y >= 0 && box.y + 80 <= screenHeight;
}

/** Scrolls to the end so every lazy chart loads, then reports the page height. */
async function fullHeight(page: Page): Promise<number> {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
  }
  await page.waitForLoadState('networkidle');
  await expect(page.locator('svg.recharts-surface')).toHaveCount(5);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

test('desk 1280×900: all five headline values and the top of a chart on the first screen; ≤ 5 screens', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openDefault(page, DESK);
  const cards = page.getByRole('list', { name: en.kpis.heading });
  for (const name of HEADLINES) {
    const card = cards.getByRole('article', { name });
    await expect(card).toBeInViewport();
    expect(await valueOnFirstScreen(card, DESK.height), `${name} value on the first screen`).toBe(true);
  }
  const chart = page.getByRole('figure', { name: 'How the reported figure changed' });
  const top = (await chart.boundingBox())?.y ?? Infinity;
  expect(top, 'top of the first chart').toBeLessThan(DESK.height - 40);

  const height = await fullHeight(page);
  const screens = height / DESK.height;
  console.log(`desk 1280×900: page height ${height} px = ${screens.toFixed(2)} screens (target ≤ 5)`);
  expect(screens).toBeLessThanOrEqual(5);
});

test('phone 375×812: at least two headline values on the first screen; ≤ 14 screens', async ({ page }) => {
  test.setTimeout(180_000);
  await openDefault(page, PHONE);
  const cards = page.getByRole('list', { name: en.kpis.heading });
  let onScreen = 0;
  for (const name of HEADLINES) {
    if (await valueOnFirstScreen(cards.getByRole('article', { name }), PHONE.height)) onScreen += 1;
  }
  console.log(`phone 375×812: ${onScreen} headline values on the first screen (target ≥ 2)`);
  expect(onScreen).toBeGreaterThanOrEqual(2);

  const height = await fullHeight(page);
  const screens = height / PHONE.height;
  console.log(`phone 375×812: page height ${height} px = ${screens.toFixed(2)} screens (target ≤ 14)`);
  expect(screens).toBeLessThanOrEqual(14);
});

/** Opens every closed disclosure on the page (rows, cards, groups, More filters), a page of each list at a time. */
async function openEverything(page: Page) {
  for (;;) {
    const more = page.getByRole('button', { name: /^Show \d+ more/ });
    if ((await more.count()) === 0) break;
    await more.first().click();
  }
  // Disclosures only: a menu button (aria-haspopup) closes when another opens.
  const closed = page.locator('button[aria-expanded="false"]:not([aria-haspopup])');
  for (let guard = 0; guard < 200 && (await closed.count()) > 0; guard++) {
    await closed.first().click();
  }
  await expect(closed).toHaveCount(0);
}

for (const size of [PHONE, DESK]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every disclosure open at ${size.width} px, ${scheme}: no axe violations`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await openDefault(page, size);
      await openEverything(page);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual(
        [],
      );
    });
  }
}

/**
 * What a reader sees of every control in the page: pressed, checked, chosen, typed,
 * sorted. Two pages showing the same view give the same picture.
 */
async function controlPicture(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) =>
    Array.from(main.querySelectorAll<HTMLElement>('button, select, input, th[aria-sort]'))
      .filter((e) => e.getAttribute('aria-expanded') === null)
      .map((e) => {
        const name = (
          e.getAttribute('aria-label') ??
          (e as HTMLInputElement).labels?.[0]?.textContent ??
          e.textContent ??
          ''
        )
          .trim()
          .slice(0, 60);
        const state =
          e instanceof HTMLInputElement
            ? e.type === 'checkbox'
              ? String(e.checked)
              : e.value
            : e instanceof HTMLSelectElement
              ? e.value
              : (e.getAttribute('aria-pressed') ?? e.getAttribute('aria-sort') ?? '');
        return `${e.tagName.toLowerCase()} ${name}: ${state}`;
      }),
  );
}

/** Controls that are presentation, not content: disclosures, paging, dialog triggers. */
async function contentControls(page: Page): Promise<{ key: string; locator: Locator }[]> {
  const all = page.locator('main').locator('button, select, input');
  const found: { key: string; locator: Locator }[] = [];
  // One look at every control at once: a round trip per control is slow on a busy machine.
  const infos = await all.evaluateAll((elements) =>
    elements.map((e) => ({
      shown: e.checkVisibility() && !(e as HTMLButtonElement).disabled,
      tag: e.tagName.toLowerCase(),
      type: (e as HTMLInputElement).type,
      expanded: e.getAttribute('aria-expanded'),
      popup: e.getAttribute('aria-haspopup'),
      pressed: e.getAttribute('aria-pressed'),
      text: (
        e.getAttribute('aria-label') ??
        (e as HTMLInputElement).labels?.[0]?.textContent ??
        e.textContent ??
        ''
      ).trim(),
    })),
  );
  for (const [i, info] of infos.entries()) {
    const control = all.nth(i);
    if (!info.shown) continue;
    if (info.expanded !== null || info.popup !== null || /^Show \d+ more/.test(info.text)) continue;
    // Actions that make a file or a printout of the view, not a different view.
    if (/^(Print|Download)\b/.test(info.text)) continue;
    // Already pressed ("All" categories at first): pressing it again changes nothing.
    if (info.pressed === 'true') continue;
    found.push({ key: `${info.tag}/${info.type}/${info.text}/${i}`, locator: control });
  }
  return found;
}

async function operate(control: Locator) {
  const kind = await control.evaluate((e) => `${e.tagName.toLowerCase()}:${(e as HTMLInputElement).type}`);
  if (kind.startsWith('select')) {
    const values = await control
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const current = await control.inputValue();
    await control.selectOption(values.find((v) => v !== current) ?? current);
  } else if (kind === 'input:date') {
    const min = (await control.getAttribute('min')) ?? '2025-01-01';
    await control.fill(min < '2025-09-01' ? '2025-09-01' : min);
  } else if (kind === 'input:search' || kind === 'input:text') {
    await control.fill('bondi');
  } else {
    await control.click();
  }
}

test('every content control changes the address, and that address alone reopens the same view', async ({
  page,
  browser,
}) => {
  // It opens a fresh page for every control at 4× CPU: 6.5–7.6 minutes in three CI runs on
  // 30 Nov 2026 on a busy 2-core machine. The limit leaves room for a slower one.
  test.setTimeout(1_200_000);
  const openAll = async (target: Page) => {
    const more = target.getByRole('button', { name: /^More filters/ });
    if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
  };
  await openDefault(page, DESK);
  await expect(page.locator('[data-paged-out]')).toHaveCount(0);
  await openAll(page);
  const controls = await contentControls(page);
  // Category toggles, agency and event-type boxes, two dates, search, the metric select,
  // five table toggles, three sort buttons at least.
  expect(controls.length).toBeGreaterThanOrEqual(30);
  const fresh = await browser.newPage({ viewport: DESK });
  const walked: string[] = [];
  for (const { key } of controls) {
    await page.goto('./');
    await expect(page.getByRole('list', { name: en.kpis.heading })).toBeVisible();
    await expect(page.getByRole('region', { name: en.sectionHeadings.sources })).toBeAttached();
    // Until hydration ends, the paged lists still hold their later items (prerendered for
    // readers without JavaScript), which would shift the controls' positions.
    await expect(page.locator('[data-paged-out]')).toHaveCount(0);
    await openAll(page);
    const current = (await contentControls(page)).find((c) => c.key === key);
    expect(current, `control ${key} is still there`).toBeDefined();
    if (!current) continue;
    const before = page.url();
    await operate(current.locator);
    await expect(page, `${key} changes the address`).not.toHaveURL(before);
    const url = page.url();

    await fresh.goto(url);
    await expect(fresh.getByRole('region', { name: en.sectionHeadings.sources })).toBeAttached();
    await openAll(fresh);
    await expect(fresh).toHaveURL(url);
    // The sections below the first screen catch up with a change in a background render:
    // both pages are compared once they agree, or the first difference is reported.
    await expect
      .poll(
        async () => {
          const [here, there] = await Promise.all([controlPicture(page), controlPicture(fresh)]);
          const at = here.findIndex((line, i) => line !== there[i]);
          return at === -1 && here.length === there.length
            ? 'same'
            : `differs at ${at}: “${here[at] ?? ''}” vs “${there[at] ?? ''}”`;
        },
        { message: `${key}: the link reopens the same view`, timeout: 30_000 },
      )
      .toBe('same');
    walked.push(key.split('/').slice(0, 3).join(' '));
  }
  console.log(`walked ${walked.length} content controls: ${walked.join(' | ')}`);
  await fresh.close();
});
