#!/usr/bin/env node
// Run before the browser tests: finds Chromium or installs it, with a clear message if it cannot.
import { ensureChromium } from './browser.mjs';

try {
  const path = ensureChromium();
  console.log(`Browser tests will use ${path}`);
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
