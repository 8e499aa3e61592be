import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { appChunkHints } from '../scripts/bundle-budget.mjs';
import { COMPILE_HINT, compileHint } from '../scripts/compile-hint.mjs';

/**
 * Which built chunks carry Chrome's compile hint (vite.config.ts, scripts/compile-hint.mjs),
 * and the CI check that the app's own chunk keeps it (scripts/bundle-budget.mjs).
 */
const chunk = (modules: Record<string, number>, isEntry = false) => ({
  isEntry,
  modules: Object.fromEntries(
    Object.entries(modules).map(([id, renderedLength]) => [id, { renderedLength }]),
  ),
});

describe('the compile hint', () => {
  it('goes on a chunk of the app’s own code, which hydration runs', () => {
    expect(
      compileHint(
        chunk({ '/app/src/app/app.tsx': 30_000, '/app/node_modules/react-dom/client.js': 200_000 }),
      ),
    ).toBe(COMPILE_HINT);
    // A few of zod's regular expressions in the app's chunk do not make it a validator chunk.
    expect(
      compileHint(chunk({ '/app/src/app/app.tsx': 30_000, '/app/node_modules/zod/v4/core/regexes.js': 900 })),
    ).toBe(COMPILE_HINT);
  });

  it('stays off the charts and the validator, of which a load runs little, off small chunks and the entry', () => {
    expect(
      compileHint(
        chunk({ '/app/src/sections/charts.tsx': 5_000, '/app/node_modules/recharts/es6/index.js': 90_000 }),
      ),
    ).toBe('');
    expect(compileHint(chunk({ '/app/node_modules/zod/v4/core/schemas.js': 40_000 }))).toBe('');
    expect(compileHint(chunk({ '/app/src/components/button.tsx': 1_200 }))).toBe('');
    // The entry script only starts things (src/main.tsx).
    expect(
      compileHint(chunk({ '/app/src/main.tsx': 2_000, '/app/src/app/early-clicks.ts': 9_000 }, true)),
    ).toBe('');
  });
});

describe('the CI check of the built app chunk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hint-'));
    mkdirSync(join(dir, '.vite'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index.js', dynamicImports: ['src/app/boot.tsx'] },
        'src/app/boot.tsx': { file: 'assets/boot.js' },
      }),
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the hint at the start of the app chunk', () => {
    writeFileSync(join(dir, 'assets/boot.js'), `${COMPILE_HINT}\nimport{a}from"./x.js";`);
    expect(appChunkHints(dir)).toEqual([{ file: 'assets/boot.js', hinted: true }]);
  });

  it('reports an app chunk without it', () => {
    writeFileSync(join(dir, 'assets/boot.js'), `import{a}from"./x.js";\n${COMPILE_HINT}`);
    expect(appChunkHints(dir)).toEqual([{ file: 'assets/boot.js', hinted: false }]);
  });
});
