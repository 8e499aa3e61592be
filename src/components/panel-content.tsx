import { useSyncExternalStore, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * What a closed disclosure panel holds is rendered only while the panel is open, or while
 * the page is printed (on paper every panel shows; src/index.css). The panels of the
 * timeline, people and sources held 1,900 of the prerendered page's 3,500 elements, every
 * one parsed, styled and hydrated on load although no one can see it: a closed panel is
 * `hidden`, and without JavaScript its button does nothing.
 *
 * The browser fires `beforeprint` before it lays the page out for paper, for its own Print
 * command and for `window.print()` alike; the panels' contents are rendered at once
 * (flushSync), so the printout has them.
 *
 * The content is a function, so a closed panel costs nothing: not even its elements are made.
 */
export function PanelContent({ open, children }: { open: boolean; children: () => ReactNode }) {
  const printing = useSyncExternalStore(subscribe, isPrinting, notPrinting);
  return open || printing ? children() : null;
}

let printing = false;
const listeners = new Set<() => void>();

const isPrinting = () => printing;
const notPrinting = () => false;

function setPrinting(value: boolean) {
  printing = value;
  flushSync(() => {
    for (const listener of listeners) listener();
  });
}
const beforePrint = () => setPrinting(true);
const afterPrint = () => setPrinting(false);

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    }
  };
}
