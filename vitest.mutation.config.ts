import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run test:mutation`, stryker.config.mjs):
 * only the pure-logic tests of the mutated modules, in Node, without tests/setup.ts (which
 * preloads every lazy React chunk into jsdom and would cost seconds per mutant run).
 * Standalone on purpose: vite.config.ts's test section is the whole unit suite.
 *
 * No test file here may run a mutated module while it is loaded or in a describe() body (such
 * as tests/real-dataset.ts, which validates the dataset on import): Stryker then cannot tell
 * which tests reach that code, and runs every test for each of its mutants.
 */
export default defineConfig({
  test: {
    environment: 'node',
    globals: true,
    include: [
      'tests/view-state.test.ts',
      'tests/integrity.test.ts',
      'tests/dataset.test.ts',
      'tests/data-versions.test.ts',
      'tests/version-diff.test.ts',
      'tests/format.test.ts',
      'tests/i18n.test.ts',
    ],
    css: false,
  },
});
