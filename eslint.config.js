import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import direction is the architecture (docs/architecture.md): shared code never imports
 * features, sections never import each other, only `app` composes and only `boot` starts it.
 * Checked on the resolved path of each import, not on its text, so
 * `'../../sections/timeline/timeline'` from another section fails like `'../timeline/timeline'`.
 */
const zone = (target, from, message, except) => ({
  target: `./src/${target}`,
  from: `./src/${from}`,
  message,
  ...(except ? { except } : {}),
});
const notApp = (target) =>
  zone(target, 'app', 'Only src/app composes the dashboard; import from it nowhere else.');
const notSections = (target) => zone(target, 'sections', 'Shared code must not depend on a section.');
const notViewState = (target) => zone(target, 'view-state', 'This layer must not know the URL contract.');
const notData = (target) => zone(target, 'data', 'This layer knows nothing of the dataset.');
const notUi = (target, message) => zone(target, 'components', message);
const notControls = (target) =>
  zone(target, 'view-controls', 'The view controls are composed by src/app; nothing below them uses them.');
const notStartUp = (target, except) =>
  zone(
    target,
    'boot',
    'src/boot starts the page and the app: only src/app uses its page marks, only src/data its early request.',
    except,
  );

// Each section may use sections/shared, never another section.
const sectionNames = readdirSync(new URL('./src/sections', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);
const sectionZones = sectionNames.map((name) =>
  zone(
    `sections/${name}`,
    'sections',
    'A section must not import another section (only sections/shared); compose them in src/app.',
    [`./${name}`, './shared'],
  ),
);

const layerZones = [
  ...['lib', 'i18n', 'components', 'data', 'view-state'].flatMap((layer) => [
    notApp(layer),
    notSections(layer),
  ]),
  notApp('sections'),
  notApp('view-controls'),
  ...['lib', 'i18n', 'components', 'data', 'view-state', 'sections'].map((layer) => notControls(layer)),
  zone(
    'view-controls',
    'sections',
    'The view controls may use sections/shared, never a section; compose them in src/app.',
    ['./shared'],
  ),
  zone('sections/shared', 'sections', 'sections/shared serves every section and imports none.', ['./shared']),
  ...['lib', 'i18n'].flatMap((layer) => [notViewState(layer), notData(layer)]),
  notViewState('components'),
  notViewState('data'),
  zone('lib', 'components', 'lib has no domain or UI knowledge.'),
  zone('lib', 'i18n', 'lib has no domain or UI knowledge.'),
  notUi('data', 'data holds no UI.'),
  notUi('view-state', 'view-state holds no UI.'),
  ...['lib', 'i18n', 'components', 'view-state', 'sections', 'view-controls'].map((layer) =>
    notStartUp(layer),
  ),
  notStartUp('data', ['./early-dataset.ts']),
  notStartUp('app', ['./page-marks.ts', './linked-view.ts']),
  ...sectionZones,
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      '.stryker-tmp',
      'reports',
    ],
  },
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
    // The names the page shares with the before-paint script, read by the build too.
    files: ['src/boot/page-contract.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Inlined into the page's <head> by the prerender step: it runs in the browser, after the
    // names of page-contract.js that it uses.
    files: ['src/boot/before-paint.js'],
    languageOptions: {
      globals: {
        ...globals.browser,
        EARLY_CLICKS_PROPERTY: 'readonly',
        LINKED_VIEW_ATTRIBUTE: 'readonly',
        START_FAILED_ATTRIBUTE: 'readonly',
        isHeldLink: 'readonly',
      },
    },
  },
  {
    // Started as a worker by the before-paint script.
    files: ['public/warm-intl.js'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, no-cycle does not read .ts files and silently finds no cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
    },
  },
);
