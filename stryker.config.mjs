/**
 * Mutation testing (`npm run test:mutation`, not part of `npm test`): Stryker changes the code
 * of the modules below one small edit at a time and checks that some unit test fails each time.
 * A surviving mutant is a change no test notices. The score is reported per file.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: [
    // The URL contract.
    'src/view-state/view-state.ts',
    'src/view-state/param-kinds.ts',
    'src/view-state/link-migrations.ts',
    'src/data/integrity.ts',
    'src/data/version-diff.ts',
    'src/data/figure-format.ts',
  ],
  testRunner: 'vitest',
  // The pure-logic tests in Node, without the jsdom setup that preloads every React chunk.
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Each mutant runs only the tests that reach its code.
  coverageAnalysis: 'perTest',
  // One Vitest worker per core.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // Read by scripts/mutation-per-file.mjs, which holds each file to the target.
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  // The target is 80 for each file (scripts/mutation-per-file.mjs); Stryker fails below it in total.
  thresholds: { high: 90, low: 80, break: 80 },
};
