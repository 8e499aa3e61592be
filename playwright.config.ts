import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// Lets several builds be tested side by side (e.g. `vite build --outDir dist-x` with E2E_DIST=dist-x).
const DIST = process.env.E2E_DIST ?? 'dist';
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_DIST ? `test-results/${DIST}` : 'test-results',
  fullyParallel: true,
  // The same on every machine, CI or not: Playwright's default is half the cores (one worker on
  // two). Most of a test's time is spent waiting on the browser, so two workers fill two cores.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  // Generous: some tests run with the CPU throttled 4× (tests/e2e/fixtures.ts), often on a busy
  // machine. Each wait is for something the reader sees; these limits only stop a hang.
  timeout: 300_000,
  expect: { timeout: 60_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // The built app, as a static host would serve it (also from a sub-folder);
    // `npm run test:e2e` builds first.
    command: `node scripts/serve.mjs --port ${PORT} --dir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
