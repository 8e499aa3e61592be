import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { es } from '../../src/i18n/es/messages';
import { en } from '../../src/i18n/messages';
import { expect, test } from './fixtures';
import { consoleWarnings } from './page-checks';

/**
 * The prerendered page (issue 10): readable with JavaScript off, never showing a deep link
 * content its filters exclude before the app starts, hydrated without a warning, and painted
 * in the reader's stored theme from the first frame (issue 15).
 */

// Load order, early presses and hydration are what these tests are about: at 4× slower CPU a
// race that only a fast machine wins fails here, not on a reader's phone.
test.use({ cpuThrottle: 4 });

/** The published dataset: the page without JavaScript lists every one of its events. */
const dataset = JSON.parse(readFileSync('public/data/hstf.json', 'utf8')) as { events: unknown[] };

/** Every script of the app, the entry script included. */
const SCRIPTS = /\/assets\/[^/]+\.js$/;
/** The entry script, which the before-paint script requests once the first paint is reported. */
const ENTRY_SCRIPT = /\/assets\/index-[^/]+\.js$/;
/** The app's code behind the entry script: held, the entry script still notes early presses. */
const APP_SCRIPT = /\/assets\/boot-[^/]+\.js$/;

/**
 * Holds the scripts matching `scripts` until `release` is called: the page as painted before
 * the app starts. Released, they load, or with `then: 'fail'` their requests fail.
 */
async function holdScripts(
  page: Page,
  scripts: RegExp = SCRIPTS,
  then: 'load' | 'fail' = 'load',
): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(scripts, async (route) => {
    await gate;
    await (then === 'load' ? route.continue() : route.abort());
  });
  return release;
}

/** The page's paint reports never arrive, as privacy settings can arrange: a PerformanceObserver is never called. */
async function withoutPaintReports(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = PerformanceObserver;
    window.PerformanceObserver = class extends Native {
      constructor() {
        super(() => {});
      }
    };
  });
}

const headline = (page: Page) => page.getByRole('list', { name: en.kpis.heading });

test.describe('with JavaScript disabled', () => {
  // Without JavaScript there is no load order to race: at the machine's speed.
  test.use({ javaScriptEnabled: false, cpuThrottle: 1 });

  test('the default view reads in full: figures, timeline, people, sources', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByText(en.prerendered.noscript)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: en.app.heading })).toBeVisible();
    const arrests = headline(page).getByRole('article', { name: 'Arrests' });
    await expect(arrests).toContainText('3,266');
    await expect(arrests).toContainText('Secondary');
    await expect(headline(page).getByRole('article', { name: 'Fentanyl pills' })).toContainText(
      '2.1 million pills',
    );

    // No chart placeholder waits for a script. (Each chart's data is in the page as its table
    // inside <noscript>, which a browser with JavaScript switched off shows, but which the
    // test browser's emulation does not parse; tests/prerender.test.ts checks it is there.)
    await expect(page.getByText(en.outcomes.loadingChart).filter({ visible: true })).toHaveCount(0);

    const timeline = page.getByRole('region', { name: en.sectionHeadings.timeline });
    await expect(timeline.getByRole('list', { name: en.timeline.list }).getByRole('article')).toHaveCount(
      dataset.events.length,
    );
    await expect(
      page
        .getByRole('region', { name: en.sectionHeadings.people })
        .getByRole('article', { name: 'Pam Bondi' }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: en.sectionHeadings.sources })).toContainText('Fox News');
  });

  test('a deep link shows the full default view and says what needs JavaScript', async ({ page }) => {
    await page.goto('./?category=drugs&type=report');
    await expect(page.getByText(en.prerendered.noscript)).toBeVisible();
    await expect(headline(page).getByRole('article', { name: 'Arrests' })).toContainText('3,266');
  });
});

test('a deep link shows nothing its filters exclude before the app starts, then the filtered view', async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto('./?category=drugs', { waitUntil: 'commit' });
  // The page is painted (the header is there) but the default figures are not shown.
  await expect(page.getByRole('heading', { level: 1, name: en.app.heading })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Arrests' })).toBeHidden();
  await expect(page.getByText('3,266').first()).toBeHidden();

  release();
  await expect(headline(page).getByRole('article', { name: 'Fentanyl pills' })).toBeVisible();
  await expect(headline(page).getByRole('article', { name: 'Arrests' })).toHaveCount(0);
  await expect(page).toHaveURL(/\?category=drugs$/);
  await expect(page.getByText(en.prerendered.startFailed)).toBeHidden();
});

/** The long sections below the first screen, drawn only near the viewport while the page loads. */
const LATER_SECTIONS = ['outcomes', 'timeline', 'people', 'sources'] as const;

/**
 * Waits until a section's content is drawn, as a full-page capture shows it. While the page
 * loads, a section far below the viewport is laid out only when it comes near (index.css);
 * the browser's own check says whether its content is drawn.
 */
async function expectDrawn(page: Page, name: (typeof LATER_SECTIONS)[number]) {
  const heading = page
    .getByRole('region', { name: en.sectionHeadings[name] })
    .getByRole('heading', { level: 2, name: en.sectionHeadings[name] });
  await expect
    .poll(() => heading.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true })), {
      message: `${name} is drawn`,
    })
    .toBe(true);
}

test.describe('once the app has started', () => {
  // What is drawn in the end, not when: at the machine's speed.
  test.use({ cpuThrottle: 1 });
  test('every section below the first screen is drawn, as a full-page capture needs', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    for (const name of LATER_SECTIONS) await expectDrawn(page, name);
  });
});

test.describe('when the app’s code cannot load, the default view is shown and says so', () => {
  // The tests hold or fail the scripts themselves, so the order is theirs, not the CPU's: at the
  // machine's speed.
  test.use({ cpuThrottle: 1 });
  /**
   * The failures these tests cause on purpose are the only problems allowed: the resource that
   * did not load and, for the code behind the entry script, the import that it failed.
   */
  const expectOnlyLoadFailures = (problems: string[]) => {
    expect(problems.length).toBeGreaterThan(0);
    expect(
      problems.filter(
        (problem) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(problem),
      ),
    ).toEqual([]);
    problems.length = 0;
  };

  test('a deep link whose app code is missing', async ({ page, problems }) => {
    await page.route(APP_SCRIPT, (route) => route.abort());
    await page.goto('./?category=drugs');
    await expect(page.getByRole('alert').filter({ hasText: en.prerendered.startFailed })).toBeVisible();
    // The prerendered default view, not left hidden: its figures include those the link's
    // filter would exclude, which the line says.
    await expect(headline(page).getByRole('article', { name: 'Arrests' })).toContainText('3,266');
    await expect(headline(page).getByRole('article', { name: 'Fentanyl pills' })).toBeVisible();
    expectOnlyLoadFailures(problems);
  });

  test('a deep link whose entry script fails after a header link was followed', async ({
    page,
    problems,
  }) => {
    // The entry script is held, then fails: the before-paint script held the link, and
    // follows it once the failure shows that no app will.
    const fail = await holdScripts(page, ENTRY_SCRIPT, 'fail');
    await page.goto('./?category=drugs', { waitUntil: 'domcontentloaded' });
    await page
      .getByRole('navigation', { name: en.languageSwitch.label })
      .getByRole('link', { name: 'Español' })
      .click();
    await expect(page).toHaveURL(/\?category=drugs$/);
    fail();
    await expect(page).toHaveURL(/\?lang=es$/);
    await expect(page.getByRole('alert').filter({ hasText: en.prerendered.startFailed })).toBeVisible();
    expectOnlyLoadFailures(problems);
  });

  test('an embed link whose entry script is missing', async ({ page, problems }) => {
    await page.route(SCRIPTS, (route) => route.abort());
    await page.goto('./?embed=people');
    await expect(page.getByRole('alert').filter({ hasText: en.prerendered.startFailed })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: en.app.heading })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: en.sectionHeadings.people })
        .getByRole('article', { name: 'Pam Bondi' }),
    ).toBeVisible();
    // Nothing will draw the sections later: they are drawn now, for a full-page capture.
    for (const name of LATER_SECTIONS) await expectDrawn(page, name);
    expectOnlyLoadFailures(problems);
  });
});

test('an embed link shows nothing of the full page before the app starts', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./?embed=people', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  release();
  await expect(page.getByRole('heading', { name: en.sectionHeadings.people })).toBeVisible();
  await expect(page.getByRole('region', { name: en.kpis.heading })).toHaveCount(0);
});

test('the app’s code waits for the first paint to be reported, not for a frame', async ({ page }) => {
  // The page's reports of its paints never arrive: the entry script is requested only by the
  // before-paint script's fallback, 2 s after it ran, which is after the page's first byte
  // arrived. (Requested at the first report, it comes within a frame or two of that byte.)
  // Timed in the page, so a slow machine cannot make it fail.
  await withoutPaintReports(page);
  await page.goto('./');
  // A resource's timing entry is added when its download ends, not when it is requested:
  // wait for it in the page (reading it once, right after the request, raced the download).
  const waited = await page
    .waitForFunction(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((resource) => /\/assets\/index-[^/]+\.js$/.test(resource.name));
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return entry && navigation ? { ms: entry.startTime - navigation.responseStart } : null;
    })
    .then((handle) => handle.jsonValue());
  expect(waited?.ms).toBeGreaterThanOrEqual(2000);
  // The app has started: a filter chip changes the view.
  await page.getByRole('group', { name: 'Category' }).getByRole('button', { name: 'Drugs' }).click();
  await expect(page).toHaveURL(/\?category=drugs$/);
});

test('no script of the app is requested before the first paint', async ({ page }) => {
  // The before-paint script's 2 s fallback is turned off, whatever the machine's speed: only
  // the paint report can start the app.
  await page.addInitScript(() => {
    const native = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      ms === 2000 ? 0 : native(handler, ms, ...rest)) as typeof window.setTimeout;
  });
  await page.goto('./');
  await page.getByRole('group', { name: 'Category' }).getByRole('button', { name: 'Drugs' }).click();
  await expect(page).toHaveURL(/\?category=drugs$/);
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((resource) => /\/assets\/[^/]+\.js$/.test(resource.name))
      .map((resource) => resource.startTime),
  }));
  expect(timing.paint).toBeGreaterThan(0);
  expect(timing.scripts.length).toBeGreaterThan(0);
  expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.paint!);
});

test('a browser that never reports its paints still starts the app', async ({ page }) => {
  await withoutPaintReports(page);
  // A linked view stays hidden until the app draws it: it must not wait for a report forever.
  await page.goto('./?category=drugs');
  await expect(
    page.getByRole('group', { name: 'Category' }).getByRole('button', { name: 'Drugs' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(headline(page)).toBeVisible();
  await page.getByRole('group', { name: 'Category' }).getByRole('button', { name: 'Firearms' }).click();
  await expect(page).toHaveURL(/\?category=drugs,firearms$/);
});

test('a button pressed before the app starts is answered once it has started', async ({ page }) => {
  // Every script of the app is held back, so the page is the prerendered one: the
  // before-paint script notes the press, and the entry script takes the note over.
  const release = await holdScripts(page);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await headline(page).getByRole('button', { name: 'Arrests: See all 5 reports' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  release();
  await expect(page.getByRole('dialog', { name: 'Arrests: every report' })).toBeVisible();
  await expect(page).toHaveURL(/\?focus=arrests-doj$/);
});

test('on a deep link, a header button pressed before the app starts is answered once it has', async ({
  page,
  clipboard,
}) => {
  // The entry script runs and notes the press; the app's code is held back.
  const release = await holdScripts(page, APP_SCRIPT);
  // The linked view renders afresh, replacing the prerendered header whose button was pressed.
  await page.goto('./?category=drugs', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Copy permanent link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Permanent link copied' })).toHaveCount(0);

  release();
  await expect(page.getByRole('status').filter({ hasText: 'Permanent link copied' })).toBeVisible();
  expect(await clipboard.read()).toMatch(/\?category=drugs&v=[\d-]+$/);
});

test('on a deep link, a header link followed before the app starts keeps the link’s view', async ({
  page,
}) => {
  // Every script of the app is held back: the before-paint script holds the link.
  const release = await holdScripts(page);
  await page.goto('./?category=drugs&type=report', { waitUntil: 'domcontentloaded' });
  // The prerendered header's "Español" names the default view in Spanish (`?lang=es`):
  // followed as it is, it would drop the link's filters.
  await page
    .getByRole('navigation', { name: en.languageSwitch.label })
    .getByRole('link', { name: 'Español' })
    .click();
  await expect(page).toHaveURL(/\?category=drugs&type=report$/);

  release();
  await expect(page.getByRole('heading', { level: 1, name: es.app.heading })).toBeVisible();
  await expect(page).toHaveURL(/\?category=drugs&type=report&lang=es$/);
});

// Console errors fail every test (fixtures.ts); these loads are held to no warning either.
test.describe('no console error or warning', () => {
  test('when the default view hydrates', async ({ page }) => {
    const messages = consoleWarnings(page);
    // A stored theme shows that the app has started: the toggle then shows it.
    await page.addInitScript(() => window.localStorage.setItem('hstf-theme', 'dark'));
    await page.goto('./');
    await expect(page.getByRole('radio', { name: en.theme.dark })).toBeChecked();
    const chart = page.getByRole('figure', { name: en.outcomes.reportedChange.title });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.getByText(en.outcomes.loadingChart)).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect(messages).toEqual([]);
  });

  test('on a deep link', async ({ page }) => {
    const messages = consoleWarnings(page);
    await page.goto('./?category=drugs&type=report');
    await expect(headline(page).getByRole('article', { name: 'Fentanyl pills' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(messages).toEqual([]);
  });

  // Each embed panel loads without a console warning: quality.spec.ts, in the load of its checks.
});

test('a stored theme is applied before the first paint', async ({ browser }) => {
  /** The page's background as first painted: the app's scripts are held back. */
  const firstPaintBackground = async (scheme: 'light' | 'dark', stored: string | null) => {
    const page = await browser.newPage({ colorScheme: scheme });
    if (stored) await page.addInitScript((theme) => window.localStorage.setItem('hstf-theme', theme), stored);
    await holdScripts(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    await page.close();
    return background;
  };
  const light = await firstPaintBackground('light', null);
  const dark = await firstPaintBackground('dark', null);
  expect(dark).not.toBe(light);
  expect(await firstPaintBackground('light', 'dark')).toBe(dark);
  expect(await firstPaintBackground('dark', 'light')).toBe(light);
});

test('Intl’s locale data is loaded by a worker started before the app, which then closes', async ({
  page,
}) => {
  // The app's scripts are held back: the worker comes from the before-paint script alone.
  await holdScripts(page);
  const started = new Promise<{ url: string; closed: Promise<void> }>((resolve) => {
    page.once('worker', (worker) =>
      resolve({ url: worker.url(), closed: new Promise((done) => worker.once('close', () => done())) }),
    );
  });
  await page.goto('./', { waitUntil: 'commit' });
  const worker = await started;
  expect(worker.url).toBe(new URL('warm-intl.js', page.url()).href);
  // It only loads the data (public/warm-intl.js): no thread is left running for the page's life.
  await worker.closed;
});

test.describe('the dataset of a built page', () => {
  // What is fetched and validated, not when: at the machine's speed.
  test.use({ cpuThrottle: 1 });
  const validator = /\/assets\/parse-dataset-[^/]+\.js$/;

  test('is the file the build validated: its hash matches, and the validator is never downloaded', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (validator.test(request.url())) fetched.push(request.url());
    });
    // A deep link: the app draws the view from the file it fetched, not the prerendered HTML.
    await page.goto('./?category=drugs');
    await expect(headline(page).getByRole('article', { name: 'Fentanyl pills' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
  });

  test('replaced after the build is validated in full, and an invalid one is reported', async ({ page }) => {
    // Same shape as the published file but one date that is not a date: a hash mismatch.
    const replaced = { ...dataset, reviewedOn: '2026-02-30' };
    await page.route(/\/data\/hstf\.json$/, (route) => route.fulfill({ json: replaced }));
    await page.goto('./?category=drugs');
    await expect(page.getByRole('heading', { name: en.errors.heading })).toBeVisible();
    await expect(
      page.getByText(/^The dataset \(.*data\/hstf\.json\) does not have the expected shape/),
    ).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'reviewedOn' })).toHaveText(
      'reviewedOn: expected a valid ISO date',
    );
    await expect(headline(page)).toHaveCount(0);
  });
});
