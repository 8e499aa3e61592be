import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { en } from '../../src/i18n/messages';
import { PANEL_IDS, type PanelId } from '../../src/view-state/view-state';
import { expect, test } from './fixtures';
import {
  axeViolations,
  COLOUR_RULES,
  consoleWarnings,
  cspViolations,
  recordCspViolations,
  sidewaysOverflow,
} from './page-checks';

/**
 * Quality seen in a real browser: zero axe violations on every embed panel, in light and
 * dark, at phone and desktop widths (the full page: glance.spec.ts); no sideways scrolling;
 * reduced motion; the Content-Security-Policy; the theme toggle; keyboard focus; heading
 * outline and landmarks; contrast of chart text.
 */

/** The data version the build publishes. */
const DATA_VERSION = (JSON.parse(readFileSync('public/data/hstf.json', 'utf8')) as { version: string })
  .version;

const WIDTHS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** A view to open, and what proves it has its data. */
interface View {
  name: string;
  path: string;
  ready: (page: Page) => Promise<void>;
}

const FULL_PAGE: View = {
  name: 'full page',
  path: './',
  ready: async (page) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: en.kpis.heading })).toBeVisible();
  },
};

const EMBEDS: (View & { panel: PanelId })[] = PANEL_IDS.map((panel: PanelId) => ({
  panel,
  name: `embed=${panel}`,
  path: `./?embed=${panel}`,
  ready: async (page: Page) => {
    const heading = {
      kpis: en.kpis.heading,
      outcomes: en.sectionHeadings.outcomes,
      timeline: en.sectionHeadings.timeline,
      people: en.sectionHeadings.people,
      sources: en.sectionHeadings.sources,
      versions: en.sectionHeadings.versions,
    }[panel];
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  },
}));

async function open(page: Page, view: View, size: { width: number; height: number }, scheme: Scheme) {
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await recordCspViolations(page);
  const response = await page.goto(view.path);
  await view.ready(page);
  // Lazily loaded chart code and anything else the view asks for.
  await page.waitForLoadState('networkidle');
  return response;
}

// One load per embed panel: the width and the scheme change in place, as when a reader turns
// a phone or their system switches to dark. The full page, with every disclosure open, is
// checked the same way in glance.spec.ts.
for (const view of EMBEDS) {
  test(`${view.name} shows that panel alone: no axe violations (WCAG 2.1 A/AA) at 375 and 1280 px in light and dark, no sideways scrolling, no CSP violation or console warning`, async ({
    page,
  }) => {
    const warnings = consoleWarnings(page);
    await open(page, view, WIDTHS[0], 'light');
    // The panel alone: no other section, no filter bar, and a way to the full dashboard.
    for (const other of PANEL_IDS.filter((p) => p !== view.panel)) {
      await expect(page.locator(`section#${other}`)).toHaveCount(0);
    }
    await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open full dashboard/ })).toHaveAttribute('href', './');
    expect(await sidewaysOverflow(page), 'wider than the screen at 375 px').toBe('');
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await axeViolations(page), `axe violations at ${size.width} px, light`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(
        await axeViolations(page, { rules: COLOUR_RULES }),
        `axe violations at ${size.width} px, dark`,
      ).toEqual([]);
    }
    expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
    expect(warnings, 'console warnings').toEqual([]);
  });
}

test('the server sends the Content-Security-Policy, and the page runs under it with no violation, its JSON-LD and Cite dialog included', async ({
  page,
  problems,
}) => {
  const response = await open(page, FULL_PAGE, WIDTHS[1], 'light');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  // Embeds are meant for other sites' iframes.
  expect(policy).not.toContain('frame-ancestors');
  expect(response?.headers()['x-frame-options']).toBeUndefined();
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');

  // Scroll through the page, so anything loaded lazily runs under the policy too.
  await page.mouse.wheel(0, 10_000);
  await page.waitForLoadState('networkidle');
  expect(await cspViolations(page)).toEqual([]);

  // The schema.org description in the head is data for machines, which the policy leaves alone
  // (no violation above); it names this data version and links the Atom feed.
  const ld = JSON.parse(
    (await page.locator('head script[type="application/ld+json"]').textContent()) ?? '',
  ) as { '@type': string; version: string; license: string };
  expect(ld['@type']).toBe('Dataset');
  expect(ld.version).toBe(DATA_VERSION);
  expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  const feedResponse = await page.request.get(
    new URL((await feed.getAttribute('href')) ?? '', page.url()).href,
  );
  expect(feedResponse.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(await feedResponse.text()).toContain(`<title>Data version ${ld.version}</title>`);

  // The Cite dialog, opened from the header, runs under the policy and passes axe in both schemes.
  await page.getByRole('button', { name: en.share.cite, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: en.citing.heading });
  await expect(dialog.getByRole('textbox', { name: en.citing.cite.plain })).toHaveValue(
    new RegExp(`\\[Data set, version ${ld.version}\\]\\. .*[?&]v=${ld.version}\\. Accessed `),
  );
  expect(await axeViolations(page, { include: ['dialog'] }), 'axe violations in the Cite dialog').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(
    await axeViolations(page, { include: ['dialog'], rules: COLOUR_RULES }),
    'axe violations in the Cite dialog, dark',
  ).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: en.share.cite, exact: true })).toBeFocused();
  expect(await cspViolations(page)).toEqual([]);

  // The listener works: an inline script is refused and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
  });
  await expect
    .poll(() => cspViolations(page))
    .toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
  // The console error the refusal caused is expected here, not a defect of the page.
  const refusals = problems.filter((problem) => /inline script.*Content Security Policy/i.test(problem));
  expect(refusals).toHaveLength(1);
  problems.splice(problems.indexOf(refusals[0]!), 1);
});

test('reduced motion: the placeholder does not pulse when the reader asks for less motion', async ({
  page,
}) => {
  // A deep link hides the prerendered default view behind a pulsing placeholder until the
  // app has drawn the linked view; holding the dataset back keeps it on screen to inspect.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/data\/hstf\.json$/, async (route) => {
    await held;
    await route.continue();
  });

  const pulse = page.getByRole('main');
  const duration = () =>
    pulse.evaluate((element) => {
      const style = getComputedStyle(element);
      return { name: style.animationName, seconds: parseFloat(style.animationDuration) };
    });

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('./?category=drugs');
  await expect(pulse).toBeVisible();
  const normal = await duration();
  expect(normal.name).not.toBe('none');
  expect(normal.seconds).toBeGreaterThan(0.5);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  const reduced = await duration();
  expect(reduced.seconds).toBeLessThan(0.001);

  release();
  await expect(page.getByRole('list', { name: en.kpis.heading })).toBeVisible();
});

test('dark mode follows the system, and the toggle overrides it and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await expect(page.getByRole('list', { name: en.kpis.heading })).toBeVisible();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  await page.emulateMedia({ colorScheme: 'dark' });
  const systemDark = await background();
  expect(systemDark).not.toBe(light);
  await page.emulateMedia({ colorScheme: 'light' });

  const group = page.getByRole('group', { name: en.theme.label });
  // Readers click the visible label of each choice.
  await expect(group.getByRole('radio', { name: en.theme.system })).toBeChecked();
  await group.getByText(en.theme.dark, { exact: true }).click();
  await expect(group.getByRole('radio', { name: en.theme.dark })).toBeChecked();
  await expect.poll(background).toBe(systemDark);
  // A preference of the reader, not part of the view: the address does not change.
  expect(new URL(page.url()).search).toBe('');

  await page.reload();
  await expect(page.getByRole('list', { name: en.kpis.heading })).toBeVisible();
  await expect(group.getByRole('radio', { name: en.theme.dark })).toBeChecked();
  await expect.poll(background).toBe(systemDark);

  await group.getByText(en.theme.system, { exact: true }).click();
  await expect(group.getByRole('radio', { name: en.theme.system })).toBeChecked();
  await expect.poll(background).toBe(light);
});

/**
 * For a control with no outline or box-shadow of its own (e.g. an SVG mark that draws its
 * own ring): does focusing it change what is on screen? Compares it focused and blurred.
 */
async function focusChangesPixels(page: Page): Promise<boolean> {
  const handle = await page.evaluateHandle(() => document.activeElement);
  const element = handle.asElement();
  if (!element) return false;
  const focused = await element.screenshot({ animations: 'disabled' });
  await element.evaluate((e) => (e as HTMLElement | SVGElement).blur());
  const blurred = await element.screenshot({ animations: 'disabled' });
  // Back where Tab left off (after keyboard use, focus() shows the ring again).
  await element.evaluate((e) => (e as HTMLElement | SVGElement).focus());
  return !focused.equals(blurred);
}

test('every control is reached with Tab and shows a visible focus ring', async ({ page }) => {
  // Several hundred Tab stops: every link, filter and chart mark on the page.
  test.setTimeout(240_000);
  await page.setViewportSize(WIDTHS[1]);
  await page.goto('./');
  await expect(page.getByRole('list', { name: en.kpis.heading })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const problems: string[] = [];
  const reached: string[] = [];
  for (let stop = 0; stop < 500; stop++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const state = window as { __tabSeen?: WeakSet<Element>; __tabLast?: Element };
      // Still the same element: Tab moved between the parts of a date field.
      if (state.__tabLast === element) return { same: true } as const;
      state.__tabLast = element;
      // An element seen before: Tab has gone all the way round.
      const seen = (state.__tabSeen ??= new WeakSet());
      if (seen.has(element)) return { repeat: true } as const;
      seen.add(element);
      const label = element instanceof HTMLInputElement ? element.labels?.[0] : null;
      const name = (element.getAttribute('aria-label') ?? label?.textContent ?? element.textContent ?? '')
        .trim()
        .slice(0, 40);
      const id = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`;
      // A visually hidden native input shows its ring on its label instead.
      const shows = [element, element.closest('label')].filter((e): e is Element => e !== null);
      const visible = (e: Element) => {
        const box = e.getBoundingClientRect();
        return box.width >= 4 && box.height >= 4;
      };
      const ringed = (e: Element) => {
        const style = getComputedStyle(e);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return outline || style.boxShadow !== 'none';
      };
      return {
        same: false,
        repeat: false,
        id,
        visible: shows.some(visible),
        ring: shows.some((e) => visible(e) && ringed(e)),
      } as const;
    });
    if (!focus) {
      if (reached.length > 0) break;
      continue;
    }
    if (focus.same) continue;
    if (focus.repeat) break;
    reached.push(focus.id);
    if (!focus.visible) problems.push(`focused but not visible: ${focus.id}`);
    else if (!focus.ring && !(await focusChangesPixels(page)))
      problems.push(`no visible focus ring: ${focus.id}`);
  }
  test.info().annotations.push({ type: 'tab order', description: reached.join(' → ') });
  expect(reached.length, `controls reached with Tab: ${reached.join(', ')}`).toBeGreaterThan(3);
  expect(problems).toEqual([]);
});

test('headings form one outline under a single h1, inside banner, main and contentinfo landmarks', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('list', { name: en.kpis.heading })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const levels = await page.evaluate(() =>
    Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))
      .filter((h) => !h.closest('[hidden], [aria-hidden="true"]'))
      .map((h) => ({
        level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
        text: (h.textContent ?? '').trim().slice(0, 50),
      })),
  );
  expect(levels[0]?.level).toBe(1);
  expect(levels.filter((h) => h.level === 1)).toHaveLength(1);
  const skips = levels.flatMap((h, i) =>
    i > 0 && h.level > levels[i - 1]!.level + 1
      ? [`h${levels[i - 1]!.level} "${levels[i - 1]!.text}" → h${h.level} "${h.text}"`]
      : [],
  );
  expect(skips, 'heading levels skipped').toEqual([]);

  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
});

for (const scheme of SCHEMES) {
  test(`chart text is readable in ${scheme} mode (axe does not check SVG text)`, async ({ page }) => {
    await open(page, FULL_PAGE, WIDTHS[1], scheme);
    // Charts are drawn when they near the screen: bring each into view and wait until it is drawn.
    const charts = page.getByRole('figure');
    await expect(charts).toHaveCount(5);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.getByText(en.outcomes.loadingChart)).toHaveCount(0, { timeout: 30_000 });
      await expect(chart.locator('svg text').first()).toBeAttached({ timeout: 30_000 });
    }
    const tooFaint = await page.evaluate(() => {
      const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      /** Any CSS colour (oklch included) as sRGB 0–255 plus alpha, as the browser paints it. */
      const rgba = (color: string): [number, number, number, number] => {
        canvas.clearRect(0, 0, 1, 1);
        canvas.fillStyle = color;
        canvas.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
        return [r!, g!, b!, a! / 255];
      };
      const over = (top: number[], bottom: number[]) =>
        [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!));
      /** The opaque colour behind an element: its ancestors' backgrounds, composed. */
      const backdrop = (element: Element): number[] => {
        const layers: number[][] = [];
        for (let e: Element | null = element; e; e = e.parentElement) {
          const layer = rgba(getComputedStyle(e).backgroundColor);
          if (layer[3]! > 0) layers.push(layer);
          if (layer[3] === 1) break;
        }
        let colour = [255, 255, 255];
        for (const layer of layers.reverse()) colour = over(layer, colour);
        return colour;
      };
      const luminance = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const problems: string[] = [];
      let checked = 0;
      // Every label, those under an aria-hidden wrapper included: sighted readers see those
      // (the chart is hidden from screen readers only because its table says the same).
      for (const text of Array.from(document.querySelectorAll('svg text'))) {
        const content = (text.textContent ?? '').trim();
        if (!content) continue;
        const box = (text as SVGGraphicsElement).getBBox();
        if (box.width === 0 || box.height === 0) continue;
        checked += 1;
        const style = getComputedStyle(text);
        if (style.fill === 'none') continue;
        const fill = rgba(style.fill);
        fill[3] = fill[3]! * Number(style.fillOpacity || 1);
        const behind = backdrop(text.closest('svg')!);
        const shown = over(fill, behind);
        const [l1, l2] = [luminance(shown), luminance(behind)].sort((a, b) => b - a);
        const ratio = (l1! + 0.05) / (l2! + 0.05);
        if (ratio < 4.5)
          problems.push(`"${content.slice(0, 30)}": contrast ${ratio.toFixed(2)}:1 (fill ${style.fill})`);
      }
      return { problems, checked };
    });
    expect(tooFaint.problems, 'SVG chart text below 4.5:1 against its background').toEqual([]);
    // The timeline's labels and the outcome charts' (66 on 28 Nov 2026): a check of none passes nothing.
    expect(tooFaint.checked).toBeGreaterThanOrEqual(60);
  });
}
