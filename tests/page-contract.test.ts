// @vitest-environment jsdom
// Runs the inline script against a document; the other *.test.ts files need none.
import { readFileSync } from 'node:fs';

import { beforePaintScript } from '../scripts/prerender.mjs';
import {
  DRAWN_ATTRIBUTE,
  EARLY_CLICKS_PROPERTY,
  LINKED_VIEW_ATTRIBUTE,
  START_FAILED_ATTRIBUTE,
} from '../src/boot/page-contract';

/**
 * src/boot/page-contract.js is the one source of the names the inline before-paint
 * script, the app and the stylesheet share. The stylesheet cannot import them, and the inline
 * script gets them from the build: both are checked here.
 */

describe('the page contract', () => {
  it('names the marks on <html> that the stylesheet reads, and the stylesheet reads no other', () => {
    const css = readFileSync('src/index.css', 'utf8');
    const onHtml = css.split('\n').filter((line) => /^\s*html\b/.test(line));
    const named = new Set(onHtml.flatMap((line) => [...line.matchAll(/\[(data-[a-z-]+)/g)].map((m) => m[1])));
    expect([...named].sort()).toEqual(
      [DRAWN_ATTRIBUTE, LINKED_VIEW_ATTRIBUTE, START_FAILED_ATTRIBUTE].sort(),
    );
  });

  describe('the inline script, as the build writes it', () => {
    const root = document.documentElement as HTMLElement & Record<string, unknown>;
    const run = () => new Function(beforePaintScript())() as void;

    beforeEach(() => vi.useFakeTimers());
    afterEach(() => {
      vi.useRealTimers();
      (root[EARLY_CLICKS_PROPERTY] as { stop(): void } | undefined)?.stop();
      delete root[EARLY_CLICKS_PROPERTY];
      root.removeAttribute(LINKED_VIEW_ATTRIBUTE);
      document.body.replaceChildren();
      window.history.replaceState(null, '', '/');
    });

    it('declares nothing global', () => {
      run();
      expect('isHeldLink' in window).toBe(false);
      expect('LINKED_VIEW_ATTRIBUTE' in window).toBe(false);
    });

    it('hides a linked view, and holds a click on a link to another view of the page', () => {
      window.history.replaceState(null, '', '/?category=drugs');
      run();
      expect(root.getAttribute(LINKED_VIEW_ATTRIBUTE)).toBe('view');
      const link = document.createElement('a');
      link.href = '/?lang=es';
      document.body.append(link);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(true);
      expect((root[EARLY_CLICKS_PROPERTY] as { events: MouseEvent[] }).events).toEqual([click]);
    });

    it('leaves the default view shown, and its links alone', () => {
      run();
      expect(root.hasAttribute(LINKED_VIEW_ATTRIBUTE)).toBe(false);
      const link = document.createElement('a');
      link.href = '/?lang=es';
      document.body.append(link);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(false);
    });
  });
});
