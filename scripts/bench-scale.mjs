#!/usr/bin/env node
/**
 * `npm run bench:scale`: does the design hold when the dataset grows? Builds SYNTHETIC
 * datasets at 10× and 100× today's size (every record copied with a new id, all references
 * kept consistent; the title says it is synthetic), writes each with a copy of the built app
 * into a temporary folder (never into the repository, never shipped), serves it, opens it in
 * Chromium and prints:
 *
 *   - fetch and validate time (the app's own `hstf:fetch` / `hstf:validate` performance measures);
 *   - time to the first headline figures (navigation start to the cards on screen);
 *   - filter change to next paint, p50 and p95 over 20 changes (click → the frame after it);
 *   - long tasks (count and longest) during load and during the filter changes.
 *
 * It prints figures; it does not gate (timings on a shared machine vary). Usage, after a build:
 * node scripts/bench-scale.mjs [--dir dist] [--scales 1,10,100] [--port 4191]
 */
/* global window, document, requestAnimationFrame, requestIdleCallback -- run inside the page */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIST = option('dir', 'dist');
const SCALES = option('scales', '1,10,100').split(',').map(Number);
const PORT = Number(option('port', process.env.BENCH_SCALE_PORT ?? '4191'));
const CHANGES = 20;
const TARGETS = { validate: 150, paintP95: 50, longTask: 200 };

const real = JSON.parse(readFileSync('public/data/hstf.json', 'utf8'));

/**
 * The real dataset with every source, report, figure, event, person and group copied
 * `scale` times. Copy k > 0 gets ids suffixed `-synthetic-k` and points at copy k of whatever
 * it references, so the integrity check passes and the app does the work it would do on a real
 * dataset of that size. Vocabularies (categories, agencies, metrics, periods) stay as they are:
 * links and filters keep their meaning.
 */
function synthetic(scale) {
  if (scale === 1) return real;
  const kinds = ['sources', 'reports', 'figures', 'events', 'people', 'groups'];
  const copied = new Set(kinds.flatMap((kind) => real[kind].map((item) => item.id)));
  const idOf = (id, k) => (k === 0 || !copied.has(id) ? id : `${id}-synthetic-${k}`);
  const remap = (value, k) => {
    if (Array.isArray(value)) return value.map((v) => remap(v, k));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => {
          if (typeof v === 'string' && (key === 'id' || key.endsWith('Id'))) return [key, idOf(v, k)];
          if (Array.isArray(v) && key.endsWith('Ids')) return [key, v.map((id) => idOf(id, k))];
          return [key, remap(v, k)];
        }),
      );
    }
    return value;
  };
  const data = {
    ...real,
    title: `SYNTHETIC benchmark data (${scale}× ${real.title}); not real figures`,
  };
  for (const kind of kinds) {
    data[kind] = Array.from({ length: scale }, (_, k) => remap(real[kind], k)).flat();
  }
  return data;
}

async function waitForServer(url, child) {
  for (let i = 0; i < 150; i += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no server at ${url}`);
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  // Polled every frame: the moment the headline cards drawn from the served (synthetic) data
  // are in the page and shown. The page opens on a query (see `url` below), so the app renders
  // afresh from the data it fetched, as a deep link does, and the prerendered default view (the
  // real data's figures, which would otherwise count as painted at once) stays hidden meanwhile.
  const firstFigures = await page.waitForFunction(
    () => {
      if (document.documentElement.hasAttribute('data-linked-view')) return false;
      if (performance.getEntriesByName('hstf:validate').length === 0) return false;
      const cards = document.querySelectorAll('[aria-label="Headline figures"] article');
      return cards.length > 0 ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  const load = {
    firstFigures: await firstFigures.jsonValue(),
    ...(await page.evaluate(() => ({
      fetch: performance.getEntriesByName('hstf:fetch')[0]?.duration ?? NaN,
      validate: performance.getEntriesByName('hstf:validate')[0]?.duration ?? NaN,
    }))),
  };
  // Let the background render of the lower sections finish before timing changes.
  await page.getByRole('region', { name: 'Sources' }).first().waitFor({ timeout: 120_000 });
  const loadLongTasks = await page.evaluate(() => window.__longTasks.splice(0));

  const paints = await page.evaluate(async (changes) => {
    // The first category chips after "All": each click is one change of the view (the second
    // click on a chip takes its category off again).
    const boxes = Array.from(
      document.querySelectorAll('main [role="group"][aria-label="Category"] button[aria-pressed]'),
    ).slice(1, 5);
    if (boxes.length === 0) throw new Error('no category chips found');
    const nextPaint = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        }),
      );
    const idle = () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }));
    const times = [];
    for (let i = 0; i < changes; i += 1) {
      await idle();
      const box = boxes[Math.floor(i / 2) % boxes.length];
      const start = performance.now();
      box.click();
      times.push((await nextPaint()) - start);
    }
    await idle();
    return times;
  }, CHANGES);
  const changeLongTasks = await page.evaluate(() => window.__longTasks.splice(0));
  await page.close();
  return { load, loadLongTasks, paints, changeLongTasks };
}

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
const root = mkdtempSync(join(tmpdir(), 'hstf-bench-scale-'));
const executablePath = findChromium() ?? undefined;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const scale of SCALES) {
    const dir = join(root, `x${scale}`);
    cpSync(DIST, dir, { recursive: true });
    const data = synthetic(scale);
    const json = JSON.stringify(data);
    writeFileSync(join(dir, 'data', 'hstf.json'), json);
    const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT), '--dir', dir], {
      stdio: 'ignore',
    });
    try {
      const url = `http://127.0.0.1:${PORT}/`;
      await waitForServer(url, server);
      // `lang=en` is the default view, but a query makes the app render it afresh from the data.
      const result = await measure(browser, `${url}?lang=en`);
      const longest = Math.max(0, ...result.loadLongTasks, ...result.changeLongTasks);
      const row = {
        scale,
        size: `${(json.length / 1024).toFixed(0)} KB`,
        records: data.figures.length + data.events.length + data.people.length + data.sources.length,
        ...result.load,
        p50: percentile(result.paints, 50),
        p95: percentile(result.paints, 95),
        longTasks: result.loadLongTasks.length + result.changeLongTasks.length,
        longest,
      };
      rows.push(row);
      console.log(
        `${scale}× (${row.size}, ${row.records} figures+events+people+sources): fetch ${ms(row.fetch)}, ` +
          `validate ${ms(row.validate)}, first headline figures ${ms(row.firstFigures)}, ` +
          `filter → next paint p50 ${ms(row.p50)} p95 ${ms(row.p95)} (${CHANGES} changes), ` +
          `long tasks ${row.longTasks} (longest ${ms(longest)})`,
      );
    } finally {
      server.kill();
    }
  }
} finally {
  await browser.close();
  rmSync(root, { recursive: true, force: true });
}

console.log(
  '\n| scale | JSON | fetch | validate | first headline figures | filter → paint p50 | p95 | long tasks (longest) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.scale}× | ${r.size} | ${ms(r.fetch)} | ${ms(r.validate)} | ${ms(r.firstFigures)} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.longTasks} (${ms(r.longest)}) |`,
  );
}
const big = rows.find((r) => r.scale === 100);
if (big) {
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log(
    `\nTargets at 100×: validate ≤ ${TARGETS.validate} ms: ${verdict(big.validate <= TARGETS.validate)}; ` +
      `filter → next paint p95 ≤ ${TARGETS.paintP95} ms: ${verdict(big.p95 <= TARGETS.paintP95)}; ` +
      `no long task over ${TARGETS.longTask} ms: ${verdict(big.longest <= TARGETS.longTask)}`,
  );
}
