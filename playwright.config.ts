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
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  // A reader of a deep link waits for the app to start (the prerendered default view stays
  // hidden until then); on a loaded shared machine that can take longer than the default 5 s.
  expect: { timeout: 15_000 },
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
