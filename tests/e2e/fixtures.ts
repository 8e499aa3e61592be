import { test as base, expect } from '@playwright/test';

export interface Options {
  /**
   * How many times slower than this machine Chromium runs the page (DevTools'
   * `Emulation.setCPUThrottlingRate`). 1 (off) by default; the tests of load order, early
   * presses and hydration (prerender.spec.ts) run at 4×, so a race that only a fast machine
   * wins fails here rather than on a reader's phone. `E2E_CPU_THROTTLE` sets it for every test.
   */
  cpuThrottle: number;
}

/** The system clipboard, which a test that asks for it may read (copy buttons write to it). */
export interface Clipboard {
  /** The text on the clipboard, read as the page would read it. */
  read(): Promise<string>;
}

/**
 * Every browser test fails on a console error, a page error, or a request to any
 * host other than the app's own: the dashboard must never call a third party.
 */
export const test = base.extend<Options & { problems: string[]; throttled: void; clipboard: Clipboard }>({
  cpuThrottle: [Number(process.env.E2E_CPU_THROTTLE ?? 1), { option: true }],
  throttled: [
    async ({ page, cpuThrottle }, use) => {
      if (cpuThrottle > 1) {
        const session = await page.context().newCDPSession(page);
        await session.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
      }
      await use();
    },
    { auto: true },
  ],
  clipboard: [
    async ({ page, context, baseURL }, use) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseURL ?? '').origin,
      });
      await use({ read: () => page.evaluate(() => navigator.clipboard.readText()) });
    },
    { scope: 'test' },
  ],
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog opened: ${dialog.type()} “${dialog.message()}”`);
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== ownOrigin) problems.push(`request to another host: ${url}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors, dialogs or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
