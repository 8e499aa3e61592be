#!/usr/bin/env node
// Performance benchmark: serves the built app with gzip (scripts/serve.mjs) and, beside it, a
// static page of the same headline figures with no script at all (the limit on this machine),
// then runs Lighthouse (mobile preset, simulated throttling) on the app, the static page and one
// deep link, alternately, in one run, and prints the medians, the ratio of the app's LCP to the
// static page's, and the gzip bytes of the initial JS and CSS against the targets. It prints
// figures; it does not gate (exit 0 whatever the figures; 1 only if nothing could be measured).
// The byte budget that CI enforces is scripts/bundle-budget.mjs.
// Usage (after `npm run build`): node scripts/bench.mjs [--dir dist] [--runs 3] [--port 4287]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { initialAssets } from './bundle-budget.mjs';
import { builtServerEntry } from './prerender.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIR = option('dir', process.env.BENCH_DIST ?? 'dist');
const RUNS = Number(option('runs', '3'));
const OUT = 'bench-results';
const DEEP_LINK = '?category=drugs&type=report';
/** The app's server entry, built by the prerender step of `vite build` (scripts/prerender.mjs). */

const TARGETS = {
  score: { label: 'Performance score', max: false, limit: 99, show: (v) => `${Math.round(v)}` },
  lcpRatio: {
    label: 'LCP, app ÷ static page',
    max: true,
    limit: 1.3,
    show: (v) => `${v.toFixed(2)}×`,
  },
  tbt: { label: 'Total Blocking Time', max: true, limit: 50, show: (v) => `${Math.round(v)} ms` },
  cls: { label: 'Cumulative Layout Shift', max: true, limit: 0.01, show: (v) => v.toFixed(3) },
  js: {
    label: 'Initial JS (gzip)',
    max: true,
    limit: 100 * 1024,
    show: (v) => `${(v / 1024).toFixed(1)} KB`,
  },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child, timeoutMs = 15_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function verdict(key, value) {
  const target = TARGETS[key];
  const ok = target.max ? value <= target.limit : value >= target.limit;
  const sign = target.max ? '≤' : '≥';
  return `${ok ? '✓' : '✗'} ${target.label.padEnd(26)} ${target.show(value).padStart(9)}   (target ${sign} ${target.show(target.limit)})`;
}

/**
 * Where the blocking time comes from: the long tasks Lighthouse lists, clipped to after the first
 * paint and counted beyond their first 50 ms as TBT counts them, split by what Lighthouse
 * attributes each to: the page itself (parsing, style and layout of its HTML), the app's
 * scripts, or nothing it could name (mostly style, layout and paint). Approximate (TBT also
 * stops at Time to Interactive), but it shows which work to cut.
 */
function blockingBySource(lhr, fcp) {
  const split = { page: 0, scripts: 0, unattributed: 0 };
  for (const task of lhr.audits['long-tasks']?.details?.items ?? []) {
    const blocking = task.startTime + task.duration - Math.max(task.startTime, fcp) - 50;
    if (blocking <= 0) continue;
    const source =
      task.url === 'Unattributable' ? 'unattributed' : /\.m?js(\?|$)/.test(task.url) ? 'scripts' : 'page';
    split[source] += blocking;
  }
  return split;
}

async function runLighthouse(url, chromePath) {
  // A fresh browser per run: no cache, storage or warmed-up process carried between runs.
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id]?.numericValue;
    return {
      lhr,
      score: (lhr.categories.performance.score ?? NaN) * 100,
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      fcp: audit('first-contentful-paint'),
      si: audit('speed-index'),
      blocking: blockingBySource(lhr, audit('first-contentful-paint')),
    };
  } finally {
    await chrome.kill();
  }
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The reference: the same headline figures (words from the app's own formatting) in a plain
 * page with a small inline style and no script, written next to the results.
 */
async function writeStaticPage(dir) {
  const serverEntry = builtServerEntry();
  if (!serverEntry) throw new Error('no prerender build: run `npm run build` first');
  const app = await import(pathToFileURL(serverEntry).href);
  const dataset = await app.readDataset(readFileSync(join(DIR, 'data/hstf.json'), 'utf8'));
  const figures = app.headlineFigures(dataset, app.messages);
  const cards = figures.figures
    .map(
      (f) =>
        `<li><h3>${escapeHtml(f.label)}</h3><p class="v">${escapeHtml(f.value)}</p><p>${escapeHtml(`${f.attribution} · ${f.support}`)}</p></li>`,
    )
    .join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>HSTF static reference</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f8fafc;color:#0f172a}header,main{max-width:72rem;margin:auto;padding:1rem}ul{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))}li{background:#fff;border:1px solid #cbd5e1;border-radius:.5rem;padding:1rem}.v{font-size:1.9rem;font-weight:700;margin:.25rem 0}h3{margin:0;font-size:1rem}</style></head>
<body><header><h1>${escapeHtml(figures.heading)}</h1><p>${escapeHtml(figures.reviewed)}</p></header><main><h2>${escapeHtml(figures.period)}</h2><ul>${cards}</ul></main></body></html>`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
}

function startServer(port, dir) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return server;
}

function medians(runs) {
  return {
    score: median(runs.map((r) => r.score)),
    lcp: median(runs.map((r) => r.lcp)),
    tbt: median(runs.map((r) => r.tbt)),
    cls: median(runs.map((r) => r.cls)),
    fcp: median(runs.map((r) => r.fcp)),
    blocking: {
      page: median(runs.map((r) => r.blocking.page)),
      scripts: median(runs.map((r) => r.blocking.scripts)),
      unattributed: median(runs.map((r) => r.blocking.unattributed)),
    },
  };
}

const line = (run) =>
  `score ${Math.round(run.score)}, FCP ${(run.fcp / 1000).toFixed(2)} s, LCP ${(run.lcp / 1000).toFixed(2)} s, TBT ${Math.round(run.tbt)} ms ` +
  `(page ${Math.round(run.blocking.page)}, scripts ${Math.round(run.blocking.scripts)}, unattributed ${Math.round(run.blocking.unattributed)}), CLS ${run.cls.toFixed(3)}`;

async function main() {
  const chromePath = findChromium('bench');
  if (!chromePath) throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs --bench` first.');
  const sizes = initialAssets(DIR);
  const staticDir = join(OUT, 'static');
  await writeStaticPage(staticDir);

  const appPort = Number(option('port', '0')) || (await freePort());
  const staticPort = appPort + 1;
  const servers = [startServer(appPort, DIR), startServer(staticPort, staticDir)];
  const stopServers = () => {
    for (const server of servers) if (server.exitCode === null && !server.killed) server.kill();
  };
  process.once('exit', stopServers);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stopServers();
      process.exit(130);
    });
  }

  const pages = [
    { key: 'app', label: 'app (default view)', url: `http://127.0.0.1:${appPort}/` },
    { key: 'static', label: 'static page', url: `http://127.0.0.1:${staticPort}/` },
    { key: 'deep', label: `app, deep link ${DEEP_LINK}`, url: `http://127.0.0.1:${appPort}/${DEEP_LINK}` },
  ];
  try {
    await waitForServer(pages[0].url, servers[0]);
    await waitForServer(pages[1].url, servers[1]);
    console.log(
      `Lighthouse, mobile preset (simulated throttling), ${RUNS} rounds of: ${pages.map((p) => p.url).join(', ')} (served with gzip)\n`,
    );
    mkdirSync(OUT, { recursive: true });
    const runs = { app: [], static: [], deep: [] };
    for (let i = 1; i <= RUNS; i++) {
      // Alternating, so a burst of load on the shared machine hits all three alike.
      for (const page of pages) {
        try {
          const run = await runLighthouse(page.url, chromePath);
          writeFileSync(join(OUT, `lighthouse-${page.key}-${i}.json`), JSON.stringify(run.lhr));
          runs[page.key].push(run);
          console.log(`  round ${i}, ${page.label}: ${line(run)}`);
        } catch (error) {
          console.error(
            `  round ${i}, ${page.label} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    }
    if (runs.app.length === 0 || runs.static.length === 0)
      throw new Error('every Lighthouse run of a page failed');

    const app = medians(runs.app);
    const reference = medians(runs.static);
    const deep = runs.deep.length > 0 ? medians(runs.deep) : null;
    const { lighthouseVersion, environment } = runs.app[0].lhr;
    console.log(`\nLighthouse ${lighthouseVersion}, ${environment.hostUserAgent}`);
    console.log(`Medians of ${RUNS} runs each:`);
    for (const page of pages) {
      const m = { app, static: reference, deep }[page.key];
      if (m) console.log(`  ${page.label.padEnd(44)} ${line(m)}`);
    }
    console.log('\nAgainst the targets (the app, default view):');
    console.log(`  ${verdict('score', app.score)}`);
    console.log(`  ${verdict('lcpRatio', app.lcp / reference.lcp)}`);
    console.log(`  ${verdict('tbt', app.tbt)}`);
    console.log(`  ${verdict('cls', app.cls)}`);
    if (deep) {
      console.log(`Deep link ${DEEP_LINK}:`);
      console.log(`  ${verdict('score', deep.score)}`);
      console.log(`  ${verdict('tbt', deep.tbt)}`);
      console.log(`  ${verdict('cls', deep.cls)}`);
    }
    console.log(`\nInitial assets (${DIR}/.vite/manifest.json), gzip level 9:`);
    for (const { file, gzip } of sizes.files) console.log(`    ${file}: ${(gzip / 1024).toFixed(1)} KB`);
    console.log(`  ${verdict('js', sizes.js)}`);
    console.log(
      `  · ${'Initial CSS (gzip)'.padEnd(26)} ${`${(sizes.css / 1024).toFixed(1)} KB`.padStart(9)}   (no target)`,
    );

    const strip = (list) =>
      list.map(({ score, lcp, tbt, cls, fcp, si, blocking }) => ({
        score,
        lcp,
        tbt,
        cls,
        fcp,
        si,
        blocking,
      }));
    const summary = {
      date: new Date().toISOString().slice(0, 10),
      lighthouse: lighthouseVersion,
      browser: environment.hostUserAgent,
      runs: { app: strip(runs.app), static: strip(runs.static), deepLink: strip(runs.deep) },
      median: { app, static: reference, deepLink: deep, lcpRatio: app.lcp / reference.lcp },
      initialGzipBytes: { js: sizes.js, css: sizes.css, files: sizes.files },
    };
    writeFileSync(join(OUT, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`\nReports: ${OUT}/lighthouse-*.json, ${OUT}/summary.json`);
  } finally {
    stopServers();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\n✗ Benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
