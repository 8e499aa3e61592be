// Chrome's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): a file that
// begins with this comment has every function compiled on a background thread while it
// streams in, instead of each one on the main thread the first time it runs. Other browsers
// ignore it. vite.config.ts adds it to the chunks whose code the dashboard runs as it starts.

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Libraries of which a page load runs a small part: Recharts (charts, loaded as one scrolls to them) and zod (the validator, seldom needed). */
const SELDOM_RUN = /node_modules\/(recharts|zod)\//;

/** Below this many characters of code (before minifying) a chunk compiles in no time worth moving. */
const MIN_SIZE = 8192;

/**
 * The hint for a chunk (Rolldown's rendered chunk), or '' for none. Hydration and the
 * sections' first render call most functions of the app's own chunks, so those carry it;
 * the entry, a chunk mostly made of a seldom-run library, or a small one, does not.
 */
export function compileHint(chunk) {
  // The entry script (src/boot/main.ts) is small and only starts things; it is part of the initial JS.
  if (chunk.isEntry) return '';
  let size = 0;
  let seldom = 0;
  for (const [id, module] of Object.entries(chunk.modules)) {
    size += module.renderedLength;
    if (SELDOM_RUN.test(id)) seldom += module.renderedLength;
  }
  return size >= MIN_SIZE && seldom < size / 2 ? COMPILE_HINT : '';
}
