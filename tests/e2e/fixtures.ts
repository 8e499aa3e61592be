import { test as base, expect } from '@playwright/test';

/**
 * Every browser test fails on a console error, a page error, or a request to any
 * host other than the app's own: the dashboard must never call a third party.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== ownOrigin) problems.push(`request to another host: ${url}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
