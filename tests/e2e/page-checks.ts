import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.1 A and AA rules every view is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The rules whose outcome depends on colours. A view already checked in full in one scheme needs
 * only these in the other: the structure axe checks is the same, and a full run on the page with
 * everything open takes 10–17 s.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's findings, one line per failing element, so a failure says what to fix and where. */
export async function axeViolations(
  page: Page,
  {
    include,
    rules,
    tags = AXE_TAGS,
  }: {
    /** Only these parts of the page. */
    include?: string[];
    /** Only these rules. */
    rules?: string[];
    /** The rule sets to run; none means every rule, best practices included. */
    tags?: string[];
  } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (tags.length > 0) builder = builder.withTags(tags);
  for (const selector of include ?? []) builder = builder.include(selector);
  if (rules) builder = builder.withRules(rules);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `[${violation.impact}] ${violation.id}: ${violation.help} — ${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`,
    ),
  );
}

/** '' when the page fits the screen's width, else the element that sticks out furthest. */
export async function sidewaysOverflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return '';
    let widest = '';
    let right = root.clientWidth;
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 0.5) {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${Array.from(element.classList).join('.')} (right edge ${Math.round(box.right)} px)`;
      }
    }
    return `page ${root.scrollWidth} px wide in a ${root.clientWidth} px screen; widest element: ${widest}`;
  });
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __layoutShift?: number;
  }
}

/**
 * Records every Content-Security-Policy violation from the next load on. The listener is
 * installed through the DevTools protocol before the page's own scripts run: it is not an
 * inline script, so the policy does not block it.
 */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['the CSP listener was not installed']);
}

/** From now on, every console warning of the page, as text (errors fail every test anyway). */
export function consoleWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

/**
 * Adds up, from the next load on, the page's layout shifts that no input caused (what
 * Lighthouse counts as CLS within one window): how far content moved as the page started.
 */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) window.__layoutShift = (window.__layoutShift ?? 0) + entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => window.__layoutShift ?? Number.NaN);
}
