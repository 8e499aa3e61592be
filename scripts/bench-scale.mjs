#!/usr/bin/env node
/**
 * `npm run bench:scale`: does the design hold when the dataset grows? Builds SYNTHETIC
 * datasets at 10× and 100× today's size (every record copied with a new id, all references
 * kept consistent; the title says it is synthetic), writes each with a copy of the built app
 * into a temporary folder (never into the repository, never shipped), serves it, opens it in
 * Chromium and prints:
 *
 *   - fetch and validate time (the app's own `hstf:fetch` / `hstf:validate` performance measures),
 *     twice: as deployed by a build with that dataset (the build validated the file and the
 *     page names its hash, which the browser checks) and for the same file put in place
 *     without a build (the browser validates it in full with the schema);
 *   - time to the first headline figures (navigation start to the cards on screen), both ways;
 *   - filter change to next paint, p50 and p95 over 20 changes (click → the frame after it),
 *     paced two ways: each change at the page's first idle moment after the last one's paint,
 *     when the sections below may still be following the last change (a reader clicking
 *     quickly), and each change once the page is at rest (a reader who reads the result);
 *   - long tasks (count and longest) during load and during the filter changes.
 *
 * Each page is loaded `--runs` times (3 by default), in a fresh tab each time: load figures are
 * the medians of the runs, the paint percentiles are over every change of every run, and the
 * longest task is the median of each run's longest, with the worst run's also printed (one
 * load on a shared machine can be slowed by anything else it is doing).
 *
 * It prints figures; it does not gate (timings on a shared machine vary). Usage, after a build:
 * node scripts/bench-scale.mjs [--dir dist] [--scales 1,10,100] [--runs 3] [--port 4191]
 */
/* global window, document, requestAnimationFrame, requestIdleCallback -- run inside the page */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { LINKED_VIEW_ATTRIBUTE } from '../src/boot/page-contract.js';
import { builtServerEntry } from './prerender.mjs';
import { synthetic as syntheticOf } from './synthetic-data.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIST = option('dir', 'dist');
const SCALES = option('scales', '1,10,100').split(',').map(Number);
const PORT = Number(option('port', process.env.BENCH_SCALE_PORT ?? '4191'));
const RUNS = Math.max(1, Number(option('runs', '3')));
const CHANGES = 20;
const TARGETS = { validate: 150, paintP95: 50, longTask: 200 };

const real = JSON.parse(readFileSync('public/data/hstf.json', 'utf8'));
const synthetic = (scale) => syntheticOf(real, scale);

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

async function measure(browser, url, changes) {
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
    (linkedView) => {
      if (document.documentElement.hasAttribute(linkedView)) return false;
      if (performance.getEntriesByName('hstf:validate').length === 0) return false;
      const cards = document.querySelectorAll('[aria-label="Headline figures"] article');
      return cards.length > 0 ? performance.now() : false;
    },
    LINKED_VIEW_ATTRIBUTE,
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
  // A CSS query, polled once a frame: a role query walks every element's accessibility
  // (tens of thousands at 100×) and would itself add long tasks to the page being measured.
  await page.waitForFunction(
    () => document.querySelector('section#sources[aria-labelledby]') !== null,
    undefined,
    {
      polling: 'raf',
      timeout: 120_000,
    },
  );
  const loadLongTasks = await page.evaluate(() => window.__longTasks.splice(0));

  const changeLoop = async ([changes, pacing]) => {
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
    // At rest: an idle period of the browser's longest kind (50 ms), which it grants only when no
    // frame is being drawn and no task or timer is due: the last change's work has all been done.
    const atRest = () =>
      new Promise((resolve) => {
        const check = (deadline) =>
          deadline.didTimeout || deadline.timeRemaining() >= 45
            ? resolve()
            : requestIdleCallback(check, { timeout: 3000 });
        requestIdleCallback(check, { timeout: 3000 });
      });
    const times = [];
    for (let i = 0; i < changes; i += 1) {
      await (pacing === 'rest' ? atRest() : idle());
      const box = boxes[Math.floor(i / 2) % boxes.length];
      const start = performance.now();
      box.click();
      times.push((await nextPaint()) - start);
    }
    await idle();
    return times;
  };
  const paints = await page.evaluate(changeLoop, [changes, 'idle']);
  const restPaints = await page.evaluate(changeLoop, [changes, 'rest']);
  const changeLongTasks = await page.evaluate(() => window.__longTasks.splice(0));
  await page.close();
  return { load, loadLongTasks, paints, restPaints, changeLongTasks };
}

const median = (values) => percentile(values, 50);

/** `measure`, `RUNS` times: medians of the load figures, every paint, each run's long tasks. */
async function measureRuns(browser, url, changes) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measure(browser, url, changes));
  const longestOf = (run) => Math.max(0, ...run.loadLongTasks, ...run.changeLongTasks);
  return {
    load: {
      firstFigures: median(runs.map((r) => r.load.firstFigures)),
      fetch: median(runs.map((r) => r.load.fetch)),
      validate: median(runs.map((r) => r.load.validate)),
    },
    paints: runs.flatMap((r) => r.paints),
    restPaints: runs.flatMap((r) => r.restPaints),
    longTasks: median(runs.map((r) => r.loadLongTasks.length + r.changeLongTasks.length)),
    longest: median(runs.map(longestOf)),
    worstLongest: Math.max(...runs.map(longestOf)),
  };
}

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');

/**
 * A copy of the built app serving `published` as its dataset. `built`: as a build with that
 * dataset would publish it, the page naming the file's SHA-256 (the build validated it, so
 * the browser checks the hash and loads no validator; see src/data/hstf-query.ts). Otherwise
 * the page names no hash, as for a data file replaced without a build: the browser validates
 * it in full with the schema.
 */
function siteWith(dir, published, built) {
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'data', 'hstf.json'), published);
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  const meta = /<meta name="hstf-dataset-sha256" content="[0-9a-f]{64}" \/>/;
  if (!meta.test(page)) throw new Error(`${DIST}/index.html names no dataset hash; build first`);
  const hash = createHash('sha256').update(published, 'utf8').digest('hex');
  writeFileSync(
    join(dir, 'index.html'),
    page.replace(meta, built ? `<meta name="hstf-dataset-sha256" content="${hash}" />` : ''),
  );
}

async function served(dir, run) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT), '--dir', dir], {
    stdio: 'ignore',
  });
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    await waitForServer(url, server);
    // `lang=en` is the default view, but a query makes the app render it afresh from the data.
    return await run(`${url}?lang=en`);
  } finally {
    server.kill();
  }
}

// The build's own validation, run here on each synthetic dataset: what it publishes (the
// schema's output) is what the browser gets.
const entry = builtServerEntry();
if (!entry) throw new Error('no server entry of a build; run `vite build` first');
const app = await import(pathToFileURL(entry).href);

const root = mkdtempSync(join(tmpdir(), 'hstf-bench-scale-'));
const executablePath = findChromium('bench') ?? undefined;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const scale of SCALES) {
    const data = synthetic(scale);
    const published = `${JSON.stringify(await app.readDataset(JSON.stringify(data)), null, 2)}\n`;
    const builtDir = join(root, `x${scale}-built`);
    const unbuiltDir = join(root, `x${scale}-unbuilt`);
    siteWith(builtDir, published, true);
    siteWith(unbuiltDir, published, false);
    const result = await served(builtDir, (url) => measureRuns(browser, url, CHANGES));
    // The same file without the build's hash: only loading differs, so no filter changes.
    const unbuilt = await served(unbuiltDir, (url) => measureRuns(browser, url, 0));
    const row = {
      scale,
      size: `${(published.length / 1024).toFixed(0)} KB`,
      records: data.figures.length + data.events.length + data.people.length + data.sources.length,
      ...result.load,
      p50: percentile(result.paints, 50),
      p95: percentile(result.paints, 95),
      restP50: percentile(result.restPaints, 50),
      restP95: percentile(result.restPaints, 95),
      longTasks: result.longTasks,
      longest: result.longest,
      worstLongest: result.worstLongest,
      fullValidate: unbuilt.load.validate,
      fullFirstFigures: unbuilt.load.firstFigures,
      fullLongest: unbuilt.longest,
    };
    rows.push(row);
    console.log(
      `${scale}× (${row.size}, ${row.records} figures+events+people+sources): fetch ${ms(row.fetch)}, ` +
        `validate ${ms(row.validate)} (hash of the build's validated file; in full, without a build: ` +
        `${ms(row.fullValidate)}), first headline figures ${ms(row.firstFigures)} ` +
        `(without a build: ${ms(row.fullFirstFigures)}), ` +
        `filter → next paint p50 ${ms(row.p50)} p95 ${ms(row.p95)} at the first idle moment, ` +
        `p50 ${ms(row.restP50)} p95 ${ms(row.restP95)} at rest (${CHANGES} changes × ${RUNS} runs each), ` +
        `long tasks ${row.longTasks} (longest ${ms(row.longest)}, worst run ${ms(row.worstLongest)}; ` +
        `loading without a build: ${ms(row.fullLongest)})`,
    );
  }
} finally {
  await browser.close();
  rmSync(root, { recursive: true, force: true });
}

console.log(
  `\nMedians of ${RUNS} loads per page; paint percentiles over ${CHANGES * RUNS} changes each way ` +
    '(each change at the first idle moment after the last, and each once the page is at rest).',
);
console.log(
  '\n| scale | JSON | fetch | validate (built / in full) | first headline figures (built / in full) | filter → paint p50 / p95 (first idle moment) | at rest | long tasks (longest, worst run; loading in full) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.scale}× | ${r.size} | ${ms(r.fetch)} | ${ms(r.validate)} / ${ms(r.fullValidate)} | ` +
      `${ms(r.firstFigures)} / ${ms(r.fullFirstFigures)} | ${ms(r.p50)} / ${ms(r.p95)} | ` +
      `${ms(r.restP50)} / ${ms(r.restP95)} | ` +
      `${r.longTasks} (${ms(r.longest)}, ${ms(r.worstLongest)}; ${ms(r.fullLongest)}) |`,
  );
}
const big = rows.find((r) => r.scale === 100);
if (big) {
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log(
    `\nTargets at 100×: validate ≤ ${TARGETS.validate} ms: ${verdict(big.validate <= TARGETS.validate)}; ` +
      `filter → next paint p95 ≤ ${TARGETS.paintP95} ms: ${verdict(big.p95 <= TARGETS.paintP95)} at the ` +
      `first idle moment, ${verdict(big.restP95 <= TARGETS.paintP95)} at rest; ` +
      `no long task over ${TARGETS.longTask} ms: ${verdict(big.longest <= TARGETS.longTask)}`,
  );
  console.log(
    `A data file replaced without a build is validated in full: ${ms(big.fullValidate)} ` +
      `(≤ ${TARGETS.validate} ms: ${verdict(big.fullValidate <= TARGETS.validate)}), ` +
      `longest task while loading ${ms(big.fullLongest)}.`,
  );
}
