#!/usr/bin/env node
// Performance benchmark: serves the built app with gzip (scripts/serve.mjs), runs Lighthouse
// (mobile preset, simulated throttling) several times in Chromium, and prints the medians and
// the gzip bytes of the initial JS and CSS against the targets. It prints figures; it does not
// gate (exit 0 whatever the figures; 1 only if nothing could be measured). The byte budget that
// CI enforces is scripts/bundle-budget.mjs.
// Usage (after `vite build`): node scripts/bench.mjs [--dir dist] [--runs 3]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { initialAssets } from './bundle-budget.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIR = option('dir', process.env.BENCH_DIST ?? 'dist');
const RUNS = Number(option('runs', '3'));
const OUT = 'bench-results';

const TARGETS = {
  score: { label: 'Performance score', max: false, limit: 95, show: (v) => `${Math.round(v)}` },
  lcp: {
    label: 'Largest Contentful Paint',
    max: true,
    limit: 1800,
    show: (v) => `${(v / 1000).toFixed(2)} s`,
  },
  tbt: { label: 'Total Blocking Time', max: true, limit: 100, show: (v) => `${Math.round(v)} ms` },
  cls: { label: 'Cumulative Layout Shift', max: true, limit: 0.02, show: (v) => v.toFixed(3) },
  js: {
    label: 'Initial JS (gzip)',
    max: true,
    limit: 120 * 1024,
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
    };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs` first.');
  const sizes = initialAssets(DIR);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', DIR], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopServer = () => {
    if (server.exitCode === null && !server.killed) server.kill();
  };
  process.once('exit', stopServer);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stopServer();
      process.exit(130);
    });
  }

  try {
    await waitForServer(url, server);
    console.log(
      `Lighthouse, mobile preset (simulated throttling), ${RUNS} runs of ${url} (${DIR}/ served with gzip)\n`,
    );
    mkdirSync(OUT, { recursive: true });
    const runs = [];
    for (let i = 1; i <= RUNS; i++) {
      try {
        const run = await runLighthouse(url, chromePath);
        writeFileSync(join(OUT, `lighthouse-run-${i}.json`), JSON.stringify(run.lhr));
        runs.push(run);
        console.log(
          `  run ${i}: score ${Math.round(run.score)}, FCP ${(run.fcp / 1000).toFixed(2)} s, LCP ${(run.lcp / 1000).toFixed(2)} s, TBT ${Math.round(run.tbt)} ms, CLS ${run.cls.toFixed(3)}, SI ${(run.si / 1000).toFixed(2)} s`,
        );
      } catch (error) {
        console.error(`  run ${i} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (runs.length === 0) throw new Error('every Lighthouse run failed');

    const medians = {
      score: median(runs.map((r) => r.score)),
      lcp: median(runs.map((r) => r.lcp)),
      tbt: median(runs.map((r) => r.tbt)),
      cls: median(runs.map((r) => r.cls)),
    };
    const { lighthouseVersion, environment } = runs[0].lhr;
    console.log(`\nLighthouse ${lighthouseVersion}, ${environment.hostUserAgent}`);
    console.log(`Median of ${runs.length} ${runs.length === 1 ? 'run' : 'runs'}:`);
    for (const key of ['score', 'lcp', 'tbt', 'cls']) console.log(`  ${verdict(key, medians[key])}`);
    console.log(`\nInitial assets (${DIR}/index.html), gzip level 9:`);
    for (const { file, gzip } of sizes.files) console.log(`    ${file}: ${(gzip / 1024).toFixed(1)} KB`);
    console.log(`  ${verdict('js', sizes.js)}`);
    console.log(
      `  · ${'Initial CSS (gzip)'.padEnd(26)} ${`${(sizes.css / 1024).toFixed(1)} KB`.padStart(9)}   (no target)`,
    );

    const summary = {
      date: new Date().toISOString().slice(0, 10),
      lighthouse: lighthouseVersion,
      browser: environment.hostUserAgent,
      runs: runs.map(({ score, lcp, tbt, cls, fcp, si }) => ({ score, lcp, tbt, cls, fcp, si })),
      median: medians,
      initialGzipBytes: { js: sizes.js, css: sizes.css, files: sizes.files },
    };
    writeFileSync(join(OUT, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`\nReports: ${OUT}/lighthouse-run-*.json, ${OUT}/summary.json`);
  } finally {
    stopServer();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\n✗ Benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
