#!/usr/bin/env node
// The initial JavaScript a reader downloads before the first screen, gzip-compressed.
// Byte counts are deterministic, so CI enforces the budget; timings are left to `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { js: 120 * 1024 };

export function initialAssets(dir = 'dist') {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sizes = { js: 0, css: 0, files: [] };
  for (const ref of new Set(refs)) {
    const bytes = gzipSync(readFileSync(join(dir, ref)), { level: 9 }).length;
    sizes[ref.endsWith('.js') ? 'js' : 'css'] += bytes;
    sizes.files.push({ file: ref, gzip: bytes });
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = initialAssets();
  for (const { file, gzip } of sizes.files) console.log(`  ${file}: ${(gzip / 1024).toFixed(1)} KB gzip`);
  console.log(`Initial JS: ${(sizes.js / 1024).toFixed(1)} KB gzip (budget ${BUDGET.js / 1024} KB)`);
  console.log(`Initial CSS: ${(sizes.css / 1024).toFixed(1)} KB gzip`);
  if (sizes.js > BUDGET.js) {
    console.error(`✗ Initial JS is over budget by ${((sizes.js - BUDGET.js) / 1024).toFixed(1)} KB`);
    process.exit(1);
  }
}
