#!/usr/bin/env node
// The initial JavaScript: what a reader downloads before the first screen works, gzip-compressed.
// The page is prerendered and its entry script only imports the app after the first paint
// (src/boot/main.ts), so the initial JS is followed through Vite's manifest (dist/.vite/manifest.json):
// the entry chunk, the chunks the entry itself imports dynamically (the app) and every chunk
// those import statically. Chunks the app loads later on its own (sections below the first
// screen, charts, the dataset validator when it is needed) are not counted.
// Byte counts are deterministic, so CI enforces the budget; timings are left to `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { COMPILE_HINT } from './compile-hint.mjs';

export const BUDGET = { js: 100 * 1024 };
const WARM_INTL = 'warm-intl.js';

const manifestOf = (dir) => JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));

export function initialAssets(dir = 'dist') {
  const manifest = manifestOf(dir);
  const entry = manifest['index.html'];
  if (!entry) throw new Error(`${dir}/.vite/manifest.json has no index.html entry`);
  const js = new Set();
  // The stylesheet is one file (vite.config.ts: cssCodeSplit false), listed on its own.
  const css = new Set([...(entry.css ?? []), ...(manifest['style.css'] ? [manifest['style.css'].file] : [])]);
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  for (const key of entry.dynamicImports ?? []) visit(key);
  // The worker the before-paint script starts (public/warm-intl.js) is downloaded up front too.
  if (existsSync(join(dir, WARM_INTL))) js.add(WARM_INTL);

  const sizes = { js: 0, css: 0, files: [] };
  for (const file of [...js, ...css]) {
    const bytes = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    sizes[file.endsWith('.js') ? 'js' : 'css'] += bytes;
    sizes.files.push({ file, gzip: bytes });
  }
  return sizes;
}

/** The app's chunks that the entry imports after the first paint, and whether each begins with Chrome's compile hint. */
export function appChunkHints(dir = 'dist') {
  const manifest = manifestOf(dir);
  return (manifest['index.html']?.dynamicImports ?? []).map((key) => {
    const file = manifest[key].file;
    return { file, hinted: readFileSync(join(dir, file), 'utf8').startsWith(COMPILE_HINT) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = initialAssets();
  for (const { file, gzip } of sizes.files) console.log(`  ${file}: ${(gzip / 1024).toFixed(1)} KB gzip`);
  console.log(`Initial JS: ${(sizes.js / 1024).toFixed(1)} KB gzip (budget ${BUDGET.js / 1024} KB)`);
  console.log(`Initial CSS: ${(sizes.css / 1024).toFixed(1)} KB gzip`);
  // The app's code is compiled off the main thread only with the hint (vite.config.ts):
  // losing it (a renamed chunk, a changed rule) would put that work back into blocking time.
  const unhinted = appChunkHints().filter((chunk) => !chunk.hinted);
  for (const { file } of unhinted)
    console.error(`✗ ${file} lacks the compile hint ${COMPILE_HINT} (scripts/compile-hint.mjs)`);
  if (unhinted.length > 0) process.exit(1);
  if (sizes.js > BUDGET.js) {
    console.error(`✗ Initial JS is over budget by ${((sizes.js - BUDGET.js) / 1024).toFixed(1)} KB`);
    process.exit(1);
  }
}
