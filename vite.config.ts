/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

import { compileHint } from './scripts/compile-hint.mjs';
import { prerenderPlugin } from './scripts/prerender.mjs';

/**
 * The headers a static host sends for every path, from the built dist/_headers
 * (Netlify/Cloudflare format: indented `Name: value` lines under a path pattern; only `/*` is
 * used here). Read per request: the build adds the inlined stylesheet's hash to the policy.
 */
function headersFile(path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) headers[match[1]] = match[2].trim();
  }
  return headers;
}

/** `npm run preview` sends the built dist/_headers, as scripts/serve.mjs does. */
function previewHeaders(): Plugin {
  let outDir = 'dist';
  return {
    name: 'hstf-preview-headers',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headersFile(join(outDir, '_headers')))) {
          response.setHeader(name, value);
        }
        next();
      });
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any folder of any static host.
  base: './',
  plugins: [react(), tailwindcss(), prerenderPlugin(), previewHeaders()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/bundle-budget.mjs follows the entry's imports in it to count the initial JS.
    manifest: true,
    // No <link rel="modulepreload"> tags made by script for the chunks a dynamic import
    // needs: the browser finds a chunk's imports as it loads it. Creating those tags made
    // long tasks after the first paint, where they count as blocking time; the chunks
    // themselves are small and served together.
    modulePreload: false,
    // The stylesheet is one file, linked by index.html. Split per chunk, every dynamic import
    // named it again as a dependency to load (about 180 bytes of the initial JS, gzip).
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Chrome's compile hint on the chunks whose code runs as the dashboard starts: V8
        // compiles their functions in the background as the file streams in, not on the main
        // thread one by one as hydration first calls them (docs/performance.md).
        postBanner: compileHint,
        // The small modules the first screen shares with the later sections, in one chunk: left
        // to Rolldown they were six chunks of a few hundred bytes, each with its own imports and
        // exports, and merged the initial JS is about 640 bytes smaller (gzip). Only these files:
        // with their dependencies too, the group drew jsx-runtime into a chunk the entry imports.
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              includeDependenciesRecursively: false,
              test: /src[\\/](lib[\\/]toggled|components[\\/](empty-state|button)|data[\\/](selectors|figure-format)|i18n[\\/](i18n|section-messages))\./,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    css: false,
    // Both cores: Vitest's default leaves one idle, which doubled the suite's time on 2 cores.
    maxWorkers: 2,
    // Only stops a hung test, never times one: renders in jsdom are slow on a busy 2-core machine.
    testTimeout: 180_000,
    projects: [
      {
        // Pure logic (parsing, formatting, the dataset, the build's steps): no DOM, no app preloaded.
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        // What a reader sees: the app rendered in jsdom, its network mocked by MSW.
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // One module registry per worker, not per file: the app's modules are loaded and
          // transformed once instead of once per file. tests/setup.ts resets the page after each test.
          isolate: false,
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/**/*.test.tsx', 'src/**/*.test.tsx'],
        },
      },
    ],
  },
});
