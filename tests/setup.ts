import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';

import { server } from '../mocks/server';
import { preloadLaterSections } from '../src/app/later-sections';
import { loadSectionMessages } from '../src/i18n/section-messages';

// The validator, the sections below the first screen (code and English text) and the parts
// the first screen loads on demand (a headline's history, More filters, the notice of an
// ignored link) are loaded lazily; load them once here, as the browser's boot does at start,
// so no test spends its wait on compiling them.
await Promise.all([
  import('../src/data/parse-dataset'),
  preloadLaterSections(),
  loadSectionMessages(),
  import('../src/sections/kpis/kpi-history'),
  import('../src/sections/kpis/other-period-figures'),
  import('../src/view-controls/more-filters'),
  import('../src/view-controls/ignored-notice'),
  import('../src/view-controls/version-notice'),
  import('../src/view-controls/spanish-offer'),
  import('../src/app/embed-shell'),
  import('../src/app/page-footer'),
  import('../src/view-controls/cite-dialog'),
]);

// Recharts measures its container with ResizeObserver; jsdom has none and lays out nothing.
class ResizeObserverStub implements ResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element): void {
    const rect = { x: 0, y: 0, top: 0, left: 0, width: 800, height: 400, right: 800, bottom: 400 };
    const entry = {
      target,
      contentRect: { ...rect, toJSON: () => rect },
      borderBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      contentBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      devicePixelContentBoxSize: [],
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = ResizeObserverStub;

// The sections below the headline cards render in a background (deferred) render, which on a
// busy machine can take several seconds in jsdom. Every findBy*/waitFor waits for what the
// reader waits for, for as long as a loaded machine needs; the default 1 s made `npm test` fail
// on a 2-core machine doing other work. A test that waits in vain still fails, after this.
configure({ asyncUtilTimeout: 60_000 });

// The test files of a worker share one module registry (the project runs with `isolate: false`,
// which halved the unit suite's time), so each test leaves the page as it found it: address,
// storage, the <html> element's attributes and the document's head and title.
const pristineHead = document.head.innerHTML;
const pristineTitle = document.title;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  window.sessionStorage.clear();
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  document.head.innerHTML = pristineHead;
  document.title = pristineTitle;
});
afterAll(() => server.close());
