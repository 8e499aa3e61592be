import type { Locator, Page } from '@playwright/test';

import { en } from '../../src/i18n/messages';
import { expect, test } from './fixtures';
import {
  axeViolations,
  COLOUR_RULES,
  cspViolations,
  recordCspViolations,
  sidewaysOverflow,
} from './page-checks';

/**
 * Issue 9 (the answer on the first screen, details one step away) and issue 15 part 1
 * (every content control is in the link), measured on the built app in Chromium.
 */

const DESK = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
const HEADLINES = ['Arrests', 'Fentanyl pills', 'Narcotics (total weight)', 'Firearms', 'Currency'];

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

/**
 * Brings each chart into view and waits until it is drawn (charts are drawn as they near the
 * screen; a quick scroll past one on a busy machine may not draw it), then reports the page height.
 */
async function fullHeight(page: Page): Promise<number> {
  const charts = page.getByRole('figure');
  await expect(charts).toHaveCount(5);
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('svg.recharts-surface')).toBeAttached();
  }
  await page.waitForLoadState('networkidle');
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
  // Where the latest claim is not the best-supported, both are on the first screen (issue 33).
  const arrests = cards.getByRole('article', { name: 'Arrests' });
  await expect(arrests.getByRole('group', { name: en.kpis.latest })).toBeInViewport({ ratio: 1 });
  await expect(arrests.getByRole('group', { name: en.kpis.best })).toBeInViewport({ ratio: 1 });
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

/**
 * Opens every closed disclosure on the page (rows, cards, groups, More filters), a page of each
 * list at a time. The presses are made in the page, a round of them per frame: there are
 * hundreds, and one Playwright round trip each took over a minute on a busy machine.
 */
async function openEverything(page: Page) {
  // Disclosures only: a menu button (aria-haspopup) closes when another opens.
  const closed = page.locator('button[aria-expanded="false"]:not([aria-haspopup])');
  const more = page.getByRole('button', { name: /^Show \d+ more/ });
  await expect(async () => {
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let round = 0; round < 100; round++) {
        const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('button')).filter(
          (button) =>
            /^Show \d+ more/.test(button.textContent?.trim() ?? '') ||
            (button.getAttribute('aria-expanded') === 'false' && !button.hasAttribute('aria-haspopup')),
        );
        if (buttons.length === 0) return;
        for (const button of buttons) button.click();
        await frame();
      }
    });
    // A panel drawn lazily may bring disclosures of its own after the last round.
    await expect(closed).toHaveCount(0, { timeout: 1_000 });
    await expect(more).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 120_000 });
}

// The full page with everything open is the strictest view axe can see: one load per width,
// checked in light and then dark (the scheme switches without a reload, as it does for a reader).
// The embeds and the closed page's parts are checked in quality.spec.ts.
for (const size of [PHONE, DESK]) {
  test(`every disclosure open at ${size.width} px: no axe or CSP violations in light or dark${size === PHONE ? ', no sideways scrolling' : ''}`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await recordCspViolations(page);
    await openDefault(page, size);
    await openEverything(page);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page), 'axe violations in light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { rules: COLOUR_RULES }), 'axe violations in dark').toEqual([]);
    expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
    if (size === PHONE) expect(await sidewaysOverflow(page), 'wider than the screen').toBe('');
  });
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

// The walk is split in three, so the workers share it. Each part loads the default view once,
// operates each of its controls from there and goes Back (the app answers Back without a
// reload), then opens the address the control made, cold, in a second page.
const WALK_PARTS = 3;
for (let part = 0; part < WALK_PARTS; part++) {
  test(`every content control changes the address, Back restores the view, and that address alone reopens it (part ${part + 1} of ${WALK_PARTS})`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(600_000);
    const openAll = async (target: Page) => {
      const more = target.getByRole('button', { name: /^More filters/ });
      if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
    };
    await openDefault(page, DESK);
    // Until hydration ends, the paged lists still hold their later items (prerendered for
    // readers without JavaScript), which would shift the controls' positions.
    await expect(page.locator('[data-paged-out]')).toHaveCount(0);
    await openAll(page);
    const home = page.url();
    const defaultPicture = await controlPicture(page);
    const controls = await contentControls(page);
    // Category toggles, agency and event-type boxes, two dates, search, the metric select,
    // five table toggles, three sort buttons at least.
    expect(controls.length).toBeGreaterThanOrEqual(30);
    const mine = controls.filter((_, i) => i % WALK_PARTS === part);
    const fresh = await browser.newPage({ viewport: DESK });
    const walked: string[] = [];
    for (const { key } of mine) {
      const current = (await contentControls(page)).find((c) => c.key === key);
      expect(current, `control ${key} is still there`).toBeDefined();
      if (!current) continue;
      await operate(current.locator);
      await expect(page, `${key} changes the address`).not.toHaveURL(home);
      const url = page.url();

      await fresh.goto(url);
      await expect(fresh.getByRole('region', { name: en.sectionHeadings.sources })).toBeAttached();
      await openAll(fresh);
      await expect(fresh).toHaveURL(url);
      // The sections below the first screen catch up with a change in a background render:
      // both pages are compared once they agree, or the first difference is reported.
      await expect
        .poll(async () => differences(await controlPicture(page), await controlPicture(fresh)), {
          message: `${key}: the link reopens the same view`,
          timeout: 30_000,
        })
        .toBe('same');

      await page.goBack();
      await expect(page).toHaveURL(home);
      await expect
        .poll(async () => differences(defaultPicture, await controlPicture(page)), {
          message: `${key}: Back restores the default view`,
          timeout: 30_000,
        })
        .toBe('same');
      walked.push(key.split('/').slice(0, 3).join(' '));
    }
    console.log(`part ${part + 1}: walked ${walked.length} content controls: ${walked.join(' | ')}`);
    await fresh.close();
  });
}

/** 'same', or where two pictures of the controls first differ. */
function differences(here: string[], there: string[]): string {
  const first = here.findIndex((line, i) => line !== there[i]);
  if (first === -1 && here.length === there.length) return 'same';
  const at = first === -1 ? here.length : first;
  return `differs at ${at}: “${here[at] ?? ''}” vs “${there[at] ?? ''}”`;
}
