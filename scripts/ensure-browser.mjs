#!/usr/bin/env node
// Run before the browser tests (or, with --bench, the benchmarks): finds the Chromium they use
// or installs it, with a clear message if it cannot. See scripts/browser.mjs for which build.
import { ensureChromium } from './browser.mjs';

const kind = process.argv.includes('--bench') ? 'bench' : 'tests';
try {
  const path = ensureChromium({ kind });
  console.log(`${kind === 'bench' ? 'Benchmarks' : 'Browser tests'} will use ${path}`);
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
