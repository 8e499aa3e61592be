import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';

import { server } from '../mocks/server';
import { preloadLaterSections } from '../src/app/later-sections';

// The validator and the sections below the first screen are loaded lazily; load them once
// here, as the browser's boot does at start, so no test spends its wait on compiling them.
await Promise.all([import('../src/data/parse-dataset'), preloadLaterSections()]);

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

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());
