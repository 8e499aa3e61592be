// The app's dataset code (src/app/data-tools.ts: schema, integrity checks, migrations, the
// page's wording of problems, the version diff) for scripts run by plain Node, which cannot
// import TypeScript. It is bundled once with Vite's build API into node_modules/.cache and
// reused while none of the files that went into it has changed: a check then costs an import,
// not a build. No second copy of the schema exists anywhere.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = 'src/app/data-tools.ts';
const CACHE = 'node_modules/.cache/hstf-data-tools';
const BUNDLE = 'data-tools.mjs';
/** Lists the files the bundle was made from, each with its hash, to tell when it is stale. */
const INPUTS = 'inputs.json';

const hashOf = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Whether the cached bundle was made from the files as they are now (and by this script). */
function isFresh(root, dir) {
  const inputsFile = join(dir, INPUTS);
  if (!existsSync(inputsFile) || !existsSync(join(dir, BUNDLE))) return false;
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return Object.entries(inputs).every(([file, hash]) => {
    const path = join(root, file);
    return existsSync(path) && hashOf(path) === hash;
  });
}

async function bundle(root, dir) {
  const { build } = await import('vite');
  // Built beside the cache and moved in whole, so a command running at the same time never
  // imports half a bundle.
  const temporary = `${dir}-${process.pid}`;
  const result = await build({
    root,
    // Not the app's config: its plugins (React, Tailwind, the prerender) have nothing to do here.
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: ENTRY,
      outDir: temporary,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      rolldownOptions: { output: { entryFileNames: BUNDLE, codeSplitting: false } },
    },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const modules = output.flatMap((chunk) => (chunk.type === 'chunk' ? (chunk.moduleIds ?? []) : []));
  const inputs = {};
  for (const id of modules) {
    const file = id.split('?')[0];
    if (!file.startsWith(root) || file.includes('/node_modules/') || !existsSync(file)) continue;
    inputs[relative(root, file)] = hashOf(file);
  }
  // This script and the installed packages shape the bundle too.
  for (const file of ['scripts/data-tools.mjs', 'package-lock.json']) inputs[file] = hashOf(join(root, file));
  writeFileSync(join(temporary, INPUTS), `${JSON.stringify(inputs, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(temporary, dir);
}

/**
 * The bundled src/app/data-tools.ts, built first if any of its files changed. Returns the
 * module and whether it had to be built (for the timing a command prints).
 */
export async function loadDataTools({ root = ROOT } = {}) {
  const dir = resolve(root, CACHE);
  const built = !isFresh(root, dir);
  if (built) await bundle(root, dir);
  // The bundle's address changes with its content, so a process that rebuilt it never gets
  // the module it imported before from Node's cache.
  const url = pathToFileURL(join(dir, BUNDLE));
  url.searchParams.set('v', hashOf(join(dir, BUNDLE)).slice(0, 12));
  return { tools: await import(url.href), built };
}
