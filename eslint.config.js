import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import direction is the architecture (shared/design/architecture.md): shared code
 * never imports features, sections never import each other, only `app` composes.
 */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const noApp = {
  group: ['**/app/*'],
  message: 'Only src/app composes the dashboard; import from it nowhere else.',
};
const noSections = { group: ['**/sections/*'], message: 'Shared code must not depend on a section.' };
const noViewState = { group: ['**/view-state/*'], message: 'This layer must not know the URL contract.' };
const noData = { group: ['**/data/*'], message: 'This layer knows nothing of the dataset.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['scripts/**', '*.config.{js,ts}', 'tests/e2e/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Inlined into the page's <head> by the prerender step: it runs in the browser.
    files: ['scripts/before-paint.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  layer(
    ['src/lib/**'],
    [
      noApp,
      noSections,
      noViewState,
      noData,
      { group: ['**/components/*', '**/i18n/*'], message: 'lib has no domain or UI knowledge.' },
    ],
  ),
  layer(['src/i18n/**'], [noApp, noSections, noViewState, noData]),
  layer(['src/components/**'], [noApp, noSections, noViewState]),
  layer(
    ['src/data/**'],
    [noApp, noSections, noViewState, { group: ['**/components/*'], message: 'data holds no UI.' }],
  ),
  layer(
    ['src/view-state/**'],
    [noApp, noSections, { group: ['**/components/*'], message: 'view-state holds no UI.' }],
  ),
  {
    files: ['src/sections/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noApp,
            {
              // sections/shared holds the JSX pieces that know the URL contract, for every section.
              regex: '^\\.\\./(?!\\.\\.|shared/)',
              message:
                'A section must not import another section (only sections/shared); compose them in src/app.',
            },
          ],
        },
      ],
    },
  },
);
