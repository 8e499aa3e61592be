// Build-time prerender of the default view. `vite build` runs it through
// `prerenderPlugin()` (vite.config.ts) once the client bundle is written:
//   1. Vite's SSR build bundles src/app/prerender.tsx (the real App) for Node;
//   2. the dataset in dist/ is validated with the app's zod schema (an invalid one stops
//      the build with the message the app would show);
//   3. the App's default view, rendered with react-dom/static, goes into dist/index.html,
//      with the inline before-paint script, the noscript line and the link-preview tags; the
//      stylesheet goes in inline (its hash added to the CSP in dist/_headers), the favicon as a
//      `data:` address, and the entry script's tag becomes a <meta> naming it, for the
//      before-paint script to request once the first paint is reported;
//   4. checks that fail the build: a `style="…"` attribute in the page (blocked by the CSP
//      and not re-applied by hydration), or an inline script/style whose hash the CSP in
//      dist/_headers does not list;
//   5. dist/og-image.png (1200×630) of the headline figures, drawn with no network;
//   6. dist/feed.atom, the Atom feed of data versions (atom-feed.mjs), linked from the page's
//      head, which also gets the schema.org Dataset description as JSON-LD (json-ld.mjs);
//   7. the data package of every published version, in dist/data/<id>/ and dist/data/latest/
//      (scripts/data-package.mjs), from the archives the build copied from public/data/.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { escapeHtml, wrap } from './markup.mjs';

import { atomFeed, FEED_FILE } from './atom-feed.mjs';
import { writeDataPackages } from './data-package.mjs';
import { datasetJsonLd, jsonLdScript } from './json-ld.mjs';

// From a string: under Vitest's jsdom environment the global URL is jsdom's, which node:url refuses.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SSR_ENTRY = 'src/app/prerender.tsx';
const SSR_OUT = 'node_modules/.cache/hstf-prerender';
/** The site's public address (e.g. https://example.org/hstf/), for the absolute og:image URL. */
export const SITE_URL_VARIABLE = 'HSTF_SITE_URL';
export const OG_IMAGE = { file: 'og-image.png', width: 1200, height: 630 };

/** The server entry of the latest build (for `npm run bench`), or `null` if there is none. */
export function builtServerEntry(root = process.cwd()) {
  const dir = join(root, SSR_OUT);
  if (!existsSync(dir)) return null;
  const latest = readdirSync(dir).sort().at(-1);
  return latest ? join(dir, latest, 'prerender.js') : null;
}

export class PrerenderError extends Error {
  name = 'PrerenderError';
}

/**
 * The inline script as it goes into the page, without comments: the names the page shares
 * with the app (src/boot/page-contract.js, its `export`s dropped), then
 * src/boot/before-paint.js, in a function of their own so that nothing is global. Read as
 * text, not imported: the page then gets the file as written, whatever runs the build.
 */
export function beforePaintScript() {
  const read = (file) => readFileSync(join(ROOT, 'src/boot', file), 'utf8');
  const contract = read('page-contract.js')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^export /gm, '');
  return `(function () {\n${contract}\n${read('before-paint.js')}\n})();`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

export function cspHash(code) {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** Fails on any `style` attribute: CSP without 'unsafe-inline' blocks it, hydration does not re-apply it. */
export function assertNoStyleAttributes(html) {
  const found = [...html.matchAll(/<[a-zA-Z][^<>]*?\sstyle\s*=\s*["'][^"']*["'][^<>]*>/g)];
  if (found.length === 0) return;
  throw new PrerenderError(
    `The prerendered page has ${found.length} style="…" attribute(s), which the Content-Security-Policy ` +
      `(style-src without 'unsafe-inline') blocks and hydration does not re-apply. Use classes ` +
      `(or attributes such as an SVG's height) for anything prerendered. First: ${found[0][0].slice(0, 200)}`,
  );
}

/** The `Content-Security-Policy` value of a `_headers` file (Netlify/Cloudflare format). */
export function policyOf(headersText) {
  const line = headersText.split('\n').find((l) => /^\s+Content-Security-Policy:/i.test(l));
  if (!line) throw new PrerenderError('_headers has no Content-Security-Policy line.');
  const directives = new Map();
  for (const part of line.replace(/^\s+Content-Security-Policy:\s*/i, '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Every inline script and style of the page must be allowed by its hash, and nothing more. */
export function assertCspAllowsInline(html, headersText) {
  const policy = policyOf(headersText);
  const problems = [];
  const sources = (directive) => policy.get(directive) ?? policy.get('default-src') ?? [];
  for (const directive of ['script-src', 'style-src']) {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) {
      if (sources(directive).includes(bad)) problems.push(`${directive} must not allow ${bad}`);
    }
  }
  const inline = [
    ...[...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes]) => !/type=["']application\/(ld\+)?json["']/.test(attributes))
      .map((match) => ({ directive: 'script-src', code: match[2] })),
    ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({
      directive: 'style-src',
      code: match[1],
    })),
  ];
  for (const { directive, code } of inline) {
    const hash = cspHash(code);
    if (!sources(directive).includes(hash)) {
      problems.push(
        `an inline ${directive === 'script-src' ? 'script' : 'style'} is not allowed: add ${hash} to ${directive} ` +
          `in public/_headers and docs/deployment.md`,
      );
    }
  }
  if (problems.length > 0) {
    throw new PrerenderError(
      `The Content-Security-Policy does not fit the page:\n  ${problems.join('\n  ')}`,
    );
  }
}

/** The <meta> naming the entry script, which the before-paint script requests after the first paint. */
const ENTRY_META = 'hstf-entry';

/** Takes the built page's one module script tag (the entry) out of it. */
function takeEntryScript(page) {
  const tags = [...page.matchAll(/[ \t]*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\n?/g)];
  if (tags.length !== 1) {
    throw new PrerenderError(`index.html should have one module script, the entry; it has ${tags.length}.`);
  }
  const [tag, src] = tags[0];
  return { page: page.replace(tag, ''), src };
}

/**
 * Puts each linked stylesheet in the page as a <style>, and returns the CSP hashes to allow them.
 * Linked, the stylesheet was a request of high priority that the first paint waited for; it is
 * 12 KB gzip, about half the page's own bytes (docs/performance.md). The file stays in dist/.
 */
function inlineStylesheets(page, distDir) {
  const hashes = [];
  const inlined = page.replace(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g, (tag, href) => {
    const file = join(distDir, href.replace(/^\.?\//, ''));
    if (!existsSync(file))
      throw new PrerenderError(`index.html links the stylesheet ${href}, which is not in the build.`);
    const css = readFileSync(file, 'utf8');
    if (/<\/style/i.test(css))
      throw new PrerenderError(`${href} contains "</style", which would end it in the page.`);
    if (/url\(\s*["']?(?!data:|#)/.test(css)) {
      throw new PrerenderError(`${href} refers to a file by url(), whose address would change once inlined.`);
    }
    hashes.push(cspHash(css));
    return `<style>${css}</style>`;
  });
  return { page: inlined, hashes };
}

/** The favicon as a `data:` address: one request fewer before the first paint. */
function inlineFavicon(page, distDir) {
  const file = join(distDir, 'favicon.svg');
  if (!existsSync(file)) return page;
  const svg = readFileSync(file, 'utf8').trim();
  return page.replace(
    /(<link rel="icon" href=")(?:\.?\/)?favicon\.svg(")/,
    (_, before, after) => `${before}data:image/svg+xml,${encodeURIComponent(svg)}${after}`,
  );
}

/** The `_headers` text with the given hashes added to the policy's style-src. */
export function withStyleHashes(headersText, hashes) {
  if (hashes.length === 0) return headersText;
  if (!policyOf(headersText).has('style-src')) {
    throw new PrerenderError(
      "_headers has no style-src in its Content-Security-Policy to add the stylesheet's hash to.",
    );
  }
  return headersText.replace(
    /^(\s+Content-Security-Policy:.*?\bstyle-src)([^;\n]*)/m,
    (_, start, values) => `${start}${values.trimEnd()} ${hashes.join(' ')}`,
  );
}

/** The link-preview tags; og:image only with an absolute site address. */
function previewTags({ title, description, imageAlt }, siteUrl) {
  const tags = [
    ['og:type', 'website'],
    ['og:title', title],
    ['og:description', description],
  ];
  if (siteUrl) {
    tags.push(
      ['og:url', siteUrl],
      ['og:image', new URL(OG_IMAGE.file, siteUrl).href],
      ['og:image:type', 'image/png'],
      ['og:image:width', String(OG_IMAGE.width)],
      ['og:image:height', String(OG_IMAGE.height)],
      ['og:image:alt', imageAlt],
    );
  }
  const meta = tags.map(
    ([property, content]) => `<meta property="${property}" content="${escapeHtml(content)}" />`,
  );
  meta.push(`<meta name="twitter:card" content="${siteUrl ? 'summary_large_image' : 'summary'}" />`);
  return meta.join('\n    ');
}

/** Reads a site address from the environment: absolute http(s), ending in a slash. */
export function siteUrlFrom(value) {
  if (!value) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new PrerenderError(`${SITE_URL_VARIABLE} must be an absolute address, got "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PrerenderError(`${SITE_URL_VARIABLE} must be an http(s) address, got "${value}".`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * Turns the built dist/index.html into the prerendered page. `app` is the server entry
 * (src/app/prerender.tsx). Throws PrerenderError (or the dataset's error) to fail the build.
 */
export async function finishPage({ distDir, app, siteUrl, warn = console.warn }) {
  const published = readFileSync(join(distDir, 'data/hstf.json'), 'utf8');
  const dataset = await app.readDataset(published);
  // The file is served as published, never rewritten (it is the newest archive's bytes). When
  // it is in normalised form, the schema's own output (`npm run data:publish` writes it so), the
  // page names its hash: the browser then knows the file needs no validating and does not load
  // the validator before the first screen works (src/data/hstf-query.ts). A file in any other
  // form (defaults left out) gets no hash, and the browser validates it, filling the defaults.
  const datasetHash =
    published === app.dataTools.normalisedText(dataset)
      ? createHash('sha256').update(published, 'utf8').digest('hex')
      : null;
  const { html: body } = await app.renderPage(dataset);
  const m = app.messages;
  const figures = app.headlineFigures(dataset, m);
  // In words, with the best-supported claim beside the latest where they differ, as on the cards.
  const summary = app.headlineSummary(figures);

  let page = readFileSync(join(distDir, 'index.html'), 'utf8');
  const replace = (marker, text) => {
    if (!page.includes(marker)) throw new PrerenderError(`index.html has no ${marker}.`);
    page = page.replace(marker, () => text);
  };
  // The entry script is not in the page as a tag: the before-paint script requests it once the
  // first paint is reported, from the address in this <meta> (docs/performance.md).
  const entry = takeEntryScript(page);
  page = entry.page;
  replace(
    '<!--before-paint-->',
    `<meta name="${ENTRY_META}" content="${escapeHtml(entry.src)}" />\n    <script>${beforePaintScript()}</script>`,
  );
  const inlined = inlineStylesheets(page, distDir);
  page = inlined.page;
  page = inlineFavicon(page, distDir);
  replace(
    '<!--preview-->',
    (datasetHash ? `<meta name="${app.prevalidatedMeta}" content="${datasetHash}" />\n    ` : '') +
      previewTags(
        {
          title: m.app.heading,
          description: `${summary}. ${figures.reviewed}.`,
          imageAlt: `${m.app.heading}. ${summary}. ${figures.reviewed}.`,
        },
        siteUrl,
      ),
  );
  const history = await app.versionHistory((path) => readFileSync(join(distDir, path), 'utf8'));
  const feedWords = { ...m.versions.feed, first: m.versions.first, changesSince: m.versions.changesSince };
  const feed = atomFeed({ history, siteUrl, words: feedWords, about: app });
  replace(
    '<!--discovery-->',
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(m.versions.feed.title)}" href="${FEED_FILE}" />\n    ` +
      jsonLdScript(datasetJsonLd(dataset, { siteUrl, description: m.app.intro, about: app })),
  );
  replace('<!--noscript-->', escapeHtml(m.prerendered.noscript));
  replace('<!--start-failed-->', escapeHtml(m.prerendered.startFailed));
  replace('<div id="root"></div>', `<div id="root">${body}</div>`);

  assertNoStyleAttributes(page);
  const headersPath = join(distDir, '_headers');
  const headersText = withStyleHashes(readFileSync(headersPath, 'utf8'), inlined.hashes);
  assertCspAllowsInline(page, headersText);
  writeFileSync(headersPath, headersText);
  writeFileSync(join(distDir, 'index.html'), page);

  writeFileSync(join(distDir, FEED_FILE), feed);
  writeFileSync(join(distDir, OG_IMAGE.file), ogImagePng(figures));
  if (!siteUrl) {
    warn(
      `${SITE_URL_VARIABLE} is not set: the page has no og:image tag (link previews need an absolute ` +
        `address). Set it to the site's public address, e.g. ${SITE_URL_VARIABLE}=https://example.org/hstf/`,
    );
  }
  return { page, figures, datasetHash };
}

/** Writes the data packages from the archives in dist/data/ (copied there from public/data/). */
export function writeBuiltDataPackages({ distDir, tools, siteUrl }) {
  const dataDir = join(distDir, 'data');
  const versions = tools.parseVersionList(
    'data/versions.json',
    readFileSync(join(dataDir, 'versions.json'), 'utf8'),
  );
  return writeDataPackages({
    outDir: dataDir,
    versions,
    readArchive: (id) => readFileSync(join(dataDir, 'archive', `${id}.json`), 'utf8'),
    tools,
    siteUrl,
  });
}

/**
 * The link-preview image: the headline figures with their qualifiers and the review date. A
 * card whose latest claim is not its best-supported shows both, each named, as the page does.
 */
export function ogImageSvg(figures) {
  const { width, height } = OG_IMAGE;
  const x = (s) => escapeHtml(s);
  const cards = figures.figures.slice(0, 6);
  const columns = cards.length > 4 ? 3 : 2;
  const cardWidth = (width - 96 - (columns - 1) * 24) / columns;
  // Characters per line of text at 1 px (DejaVu Sans, bold a little wider), for wrapping.
  const fits = (size, bold = false) => Math.floor((cardWidth - 40) / (size * (bold ? 0.6 : 0.52)));
  // Each card's lines from the top: [text, font size, bold, colour], a text at most two lines long.
  const cardLines = cards.map((card) => {
    const lines = [];
    const add = (text, size, bold, fill) => {
      for (const line of wrap(text, fits(size, bold)).slice(0, 2)) lines.push([line, size, bold, fill]);
    };
    add(card.label, 20, false, '#334155');
    if (card.best) {
      add(card.value, 24, true, '#0f172a');
      add(`${figures.claims.latest} · ${card.support} · ${card.attribution}`, 14, false, '#475569');
      if (card.caveat) add(`⚠ ${card.caveat}`, 14, false, '#9a3412');
      add(card.best.value, 19, true, '#0f172a');
      add(`${figures.claims.best} · ${card.best.support} · ${card.best.attribution}`, 14, false, '#475569');
      if (card.best.caveat) add(`⚠ ${card.best.caveat}`, 14, false, '#9a3412');
    } else {
      add(card.value, 30, true, '#0f172a');
      add(`${card.attribution} · ${card.support}`, 15, false, '#475569');
      if (card.caveat) add(`⚠ ${card.caveat}`, 15, false, '#9a3412');
    }
    // Baselines: a new block (another size) gets a little more room than a wrapped line.
    let y = 12;
    return lines.map(([line, size, bold, fill], i) => {
      y += size * 1.25 + (i > 0 && lines[i - 1][1] !== size ? 6 : 0);
      return { line, size, bold, fill, y };
    });
  });
  const cardHeight = Math.ceil(Math.max(170, ...cardLines.map((lines) => (lines.at(-1)?.y ?? 0) + 16)));
  const headingLines = wrap(figures.heading, 52).slice(0, 2);
  const top = 40 + headingLines.length * 44 + 16;
  const parts = [
    `<rect width="${width}" height="${height}" fill="#f8fafc"/>`,
    `<rect width="${width}" height="12" fill="#1e293b"/>`,
    ...headingLines.map(
      (line, i) =>
        `<text x="48" y="${70 + i * 44}" font-size="36" font-weight="bold" fill="#0f172a">${x(line)}</text>`,
    ),
  ];
  cardLines.forEach((lines, i) => {
    const cx = 48 + (i % columns) * (cardWidth + 24);
    const cy = top + Math.floor(i / columns) * (cardHeight + 16);
    parts.push(
      `<rect x="${cx}" y="${cy}" width="${cardWidth}" height="${cardHeight}" rx="10" fill="#ffffff" stroke="#cbd5e1" stroke-width="2"/>`,
      ...lines.map(
        ({ line, size, bold, fill, y }) =>
          `<text x="${cx + 20}" y="${cy + y}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}">${x(line)}</text>`,
      ),
    );
  });
  parts.push(
    `<text x="48" y="${height - 22}" font-size="20" fill="#334155">${x(`${figures.reviewed} · ${figures.period}`)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">${parts.join('')}</svg>`;
}

export function ogImagePng(figures) {
  // resvg ships its renderer as a prebuilt binary inside its npm package, and the fonts come
  // from another package: nothing is fetched and the system's fonts are not used.
  const require = createRequire(import.meta.url);
  const { Resvg } = require('@resvg/resvg-js');
  const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const resvg = new Resvg(ogImageSvg(figures), {
    font: {
      fontFiles: [join(fonts, 'DejaVuSans.ttf'), join(fonts, 'DejaVuSans-Bold.ttf')],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}

/** Runs after Vite's client build; builds the server entry with Vite's SSR build, then finishes the page. */
export function prerenderPlugin() {
  let config;
  return {
    name: 'hstf-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      // The SSR build below loads this config (and so this plugin) again.
      if (config.build.ssr || process.env.HSTF_PRERENDER_INNER) return;
      const { build } = await import('vite');
      // A folder of its own per build, so Node's module cache never serves an older one, and the
      // entry is imported by its plain address: the chunks it loads lazily import it back by
      // that address, and a cache-busting query would give them a second copy of the app's
      // modules (and of its React contexts, which then look empty).
      const outDir = join(SSR_OUT, `${Date.now()}`);
      rmSync(join(config.root, SSR_OUT), { recursive: true, force: true });
      process.env.HSTF_PRERENDER_INNER = '1';
      try {
        await build({
          root: config.root,
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'warn',
          build: {
            ssr: SSR_ENTRY,
            outDir,
            emptyOutDir: true,
            copyPublicDir: false,
            manifest: false,
          },
        });
      } finally {
        delete process.env.HSTF_PRERENDER_INNER;
      }
      const app = await import(pathToFileURL(join(config.root, outDir, 'prerender.js')).href);
      // resolve, not join: an absolute --outDir (a build for profiling, say) stays where it was asked.
      const distDir = resolve(config.root, config.build.outDir);
      try {
        const siteUrl = siteUrlFrom(process.env[SITE_URL_VARIABLE]);
        const warn = (text) => config.logger.warn(`\n⚠ ${text}`);
        const { figures } = await finishPage({ distDir, app, siteUrl, warn });
        config.logger.info(
          `prerendered ${config.build.outDir}/index.html (${figures.figures.length} headline figures) and ${OG_IMAGE.file}`,
        );
        // One page per figure, person and event, from the finished page (docs/item-pages.md).
        const { writeItemPages } = await import('./item-pages.mjs');
        const items = await writeItemPages({ distDir, app, siteUrl, warn });
        config.logger.info(
          `prerendered ${items.pages.length} item pages, ${items.redirects.length} redirects of retired ids`,
        );
        const packages = writeBuiltDataPackages({ distDir, tools: app.dataTools, siteUrl });
        config.logger.info(`data packages in ${config.build.outDir}/data/: ${packages.join(', ')}`);
      } catch (error) {
        throw new Error(`Prerender failed: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    },
  };
}
