import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags for Chromium on machines with no network beyond the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The two builds of Chromium these scripts use, and the Debian package of each.
 * - `tests`: the headless shell, Chromium's engine without the browser's window code, which
 *   is what Playwright itself runs headless tests in; the browser suite took 22 % less time in
 *   it than in the full browser (docs/performance.md). The full browser is the fallback.
 * - `bench`: the full browser, which a reader runs and the Lighthouse figures were taken in.
 */
const KINDS = {
  tests: {
    names: [
      'chromium-headless-shell',
      'chromium',
      'chromium-browser',
      'google-chrome',
      'google-chrome-stable',
    ],
    packages: ['chromium-headless-shell', 'chromium'],
  },
  bench: {
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    packages: ['chromium'],
  },
};

/**
 * CHROME_PATH if set, else the first of the kind's Chromium builds found on the PATH or in
 * /usr/bin. `kind` is 'tests' (the browser tests) or 'bench' (the benchmarks).
 */
export function findChromium(kind = 'tests') {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin'];
  for (const name of KINDS[kind].names) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function preferred(kind, path) {
  return path !== null && path.endsWith(`/${KINDS[kind].names[0]}`);
}

/**
 * Finds the kind's Chromium, installing Debian's package when it is missing and that is possible
 * (root with apt-get). With only the fallback present, it tries to add the preferred build and
 * goes on with the fallback if that fails.
 */
export function ensureChromium({ kind = 'tests', log = console.log } = {}) {
  const found = findChromium(kind);
  if (found && (process.env.CHROME_PATH || preferred(kind, found))) return found;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which is not an executable file.`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (!isRoot || !hasApt) {
    if (found) return found;
    throw new Error(
      'No Chromium found for the browser tests. Install Chromium or Chrome (on Debian or Ubuntu: ' +
        '`sudo apt-get install -y chromium-headless-shell`), or set CHROME_PATH to its executable.',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = (pkg) =>
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
      stdio: 'inherit',
      env,
    });
  const [first, fallback] = KINDS[kind].packages;
  log(
    `${found ? `Using ${found} for now; a` : 'Chromium not found: a'}dding Debian’s ${first} package (apt-get)…`,
  );
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    install(first);
  } catch (error) {
    if (found) return found;
    if (!fallback) throw error;
    log(`${first} could not be installed; installing ${fallback} instead…`);
    install(fallback);
  }
  const installed = findChromium(kind);
  if (!installed)
    throw new Error(`apt-get installed ${first}, but no Chromium executable was found afterwards.`);
  return installed;
}
