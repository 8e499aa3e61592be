// Build step after the prerender of the dashboard's page (scripts/prerender.mjs, finishPage):
// one static page per figure, person and event of the latest data (docs/item-pages.md).
//   - claims/<id>/index.html, people/<id>/index.html, events/<id>/index.html: the finished
//     dist/index.html as template (the same inline script, stylesheet and CSP hashes), with
//     <base href="../../"> so every relative address resolves from the site's root, its own
//     title, description, canonical link, og:* and twitter:* tags, JSON-LD, and as body the
//     App's render of the dashboard focused on the item (its article first);
//   - <folder>/<id>/og-image.png: the item's 1200×630 preview image, drawn with no network;
//   - <folder>/<retired id>/index.html for each of the dataset's `aliases` that names an item
//     with a page: a redirect (meta refresh, canonical, a visible link) to its successor;
//   - sitemap.xml and robots.txt, only with the site's public address (sitemaps need absolute
//     addresses).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { escapeHtml, wrap } from './markup.mjs';

import {
  assertCspAllowsInline,
  assertNoStyleAttributes,
  OG_IMAGE,
  PrerenderError,
  SITE_URL_VARIABLE,
} from './prerender.mjs';

/** JSON inside <script>: `<` escaped, so no text in it can end the element. */
const jsonInHtml = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The folder of each kind of item, as src/view-state/item-path.ts names it. */
const FOLDERS = { figure: 'claims', person: 'people', event: 'events' };

/** The head tags of an item page: canonical link, preview tags, site address, structured data. */
function headTags(meta, siteUrl) {
  const url = siteUrl ? `${siteUrl}${meta.page.path}` : null;
  const tags = [];
  if (url) tags.push(`<link rel="canonical" href="${escapeHtml(url)}" />`);
  if (siteUrl) tags.push(`<meta name="hstf-site" content="${escapeHtml(siteUrl)}" />`);
  const og = [
    ['og:type', 'article'],
    ['og:title', meta.title],
    ['og:description', meta.description],
  ];
  if (url) {
    og.push(
      ['og:url', url],
      ['og:image', `${url}${OG_IMAGE.file}`],
      ['og:image:type', 'image/png'],
      ['og:image:width', String(OG_IMAGE.width)],
      ['og:image:height', String(OG_IMAGE.height)],
      ['og:image:alt', meta.imageAlt],
    );
  }
  tags.push(
    ...og.map(([property, content]) => `<meta property="${property}" content="${escapeHtml(content)}" />`),
  );
  tags.push(
    `<meta name="twitter:card" content="${url ? 'summary_large_image' : 'summary'}" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
    `<script type="application/ld+json">${jsonInHtml(meta.jsonLd)}</script>`,
  );
  return tags.join('\n    ');
}

/**
 * The dashboard's finished page made into an item's page (see the top of this file).
 * `lines`: the page's no-script and start-failure lines, each as the dashboard's page has it
 * and as the item's page says it.
 */
export function itemPageHtml(template, meta, body, siteUrl, lines = []) {
  let page = template;
  const replace = (pattern, text, what) => {
    if (!(typeof pattern === 'string' ? page.includes(pattern) : pattern.test(page))) {
      throw new PrerenderError(`index.html has no ${what} to replace on item pages.`);
    }
    page = page.replace(pattern, () => text);
  };
  for (const [dashboard, item] of lines)
    replace(escapeHtml(dashboard), escapeHtml(item), `line “${dashboard}”`);
  // First in <head>: every relative address after it resolves from the site's root.
  replace(/<meta charset="UTF-8" \/>/, '<meta charset="UTF-8" />\n    <base href="../../" />', 'charset');
  // The dashboard's own preview tags and structured data give way to the item's.
  page = page
    .replace(/\s*<meta (?:property="og:|name="twitter:)[^>]*>/g, '')
    .replace(/\s*<link rel="canonical"[^>]*>/g, '')
    .replace(/\s*<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
  replace(
    /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    'description',
  );
  replace(
    /<title>[^<]*<\/title>/,
    `${headTags(meta, siteUrl)}\n    <title>${escapeHtml(meta.title)}</title>`,
    'title',
  );
  replace(/<div id="root">[\s\S]*<\/div>(\s*<\/body>)/, `<div id="root">${body}</div>$1`, 'root element');
  return page;
}

/** A retired id's page: sends the reader to its successor, without script (none is allowed inline). */
export function redirectHtml({ target, title, siteUrl, message }) {
  const href = `../${target.split('/').at(-2)}/`;
  const canonical = siteUrl ? `${siteUrl}${target}` : href;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="refresh" content="0; url=${escapeHtml(href)}" />
    <meta name="robots" content="noindex" />
    <link rel="canonical" href="${escapeHtml(canonical)}" />
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <main>
      <p>${escapeHtml(message)} <a href="${escapeHtml(href)}">${escapeHtml(title)}</a></p>
    </main>
  </body>
</html>
`;
}

/** An item's preview card: kind, the number as stated (or name, or title), then its details. */
export function itemImageSvg(image, footer) {
  const { width, height } = OG_IMAGE;
  const parts = [
    `<rect width="${width}" height="${height}" fill="#f8fafc"/>`,
    `<rect width="${width}" height="12" fill="#1e293b"/>`,
    `<text x="64" y="92" font-size="28" fill="#334155">${escapeHtml(image.kicker)}</text>`,
  ];
  let y = 92;
  // The largest text: three lines at most, smaller when long.
  const size = image.headline.length > 60 ? 44 : 60;
  for (const line of wrap(image.headline, Math.floor(1072 / (size * 0.58))).slice(0, 3)) {
    y += size * 1.2;
    parts.push(
      `<text x="64" y="${y}" font-size="${size}" font-weight="bold" fill="#0f172a">${escapeHtml(line)}</text>`,
    );
  }
  y += 24;
  for (const text of image.lines) {
    for (const line of wrap(text, 62).slice(0, 2)) {
      y += 40;
      if (y > height - 80) break;
      parts.push(`<text x="64" y="${y}" font-size="30" fill="#1e293b">${escapeHtml(line)}</text>`);
    }
  }
  parts.push(`<text x="64" y="${height - 36}" font-size="22" fill="#475569">${escapeHtml(footer)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">${parts.join('')}</svg>`;
}

/**
 * Draws SVGs with resvg and the DejaVu fonts of their npm packages (no system fonts, no
 * network), off the main thread: the images are drawn while the pages are rendered.
 */
function pngRenderer() {
  const require = createRequire(import.meta.url);
  const { renderAsync } = require('@resvg/resvg-js');
  const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const font = {
    fontFiles: [join(fonts, 'DejaVuSans.ttf'), join(fonts, 'DejaVuSans-Bold.ttf')],
    loadSystemFonts: false,
    defaultFontFamily: 'DejaVu Sans',
  };
  return async (svg) => (await renderAsync(svg, { font })).asPng();
}

/** sitemap.xml: the dashboard's page and every item page, absolute. */
export function sitemapXml(siteUrl, paths, lastmod) {
  const urls = ['', ...paths].map(
    (path) => `  <url><loc>${escapeHtml(`${siteUrl}${path}`)}</loc><lastmod>${lastmod}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * Writes every item page, its image, the redirects of retired ids, and (with `siteUrl`) the
 * sitemap and robots.txt. `app` is the server entry (src/app/prerender.tsx); the dashboard's
 * page must be finished first. Returns what it wrote, for the build's log and the tests.
 */
export async function writeItemPages({ distDir, app, siteUrl, warn = console.warn }) {
  const dataset = await app.readDataset(readFileSync(join(distDir, 'data/hstf.json'), 'utf8'));
  const template = readFileSync(join(distDir, 'index.html'), 'utf8');
  const headersText = readFileSync(join(distDir, '_headers'), 'utf8');
  const m = app.messages;
  const metas = app.itemPages(dataset, m, siteUrl);
  const png = pngRenderer();
  const footer = `${m.app.heading} · ${m.dataVersion.label(dataset.version)}`;
  const lines = [
    [m.prerendered.noscript, m.itemPage.noscript],
    [m.prerendered.startFailed, m.itemPage.startFailed],
  ];
  const written = [];
  const images = [];
  for (const meta of metas) {
    const { html } = await app.renderPage(dataset, { page: meta.page, siteUrl });
    // Behind the page's <base>, a bare `#main` would name the dashboard's page: the page's jump
    // links name its own path. Hydration keeps the attributes it finds (React checks them only
    // in development); once the app runs, src/app/page-jumps.ts moves within the page.
    const body = html.replace(/ href="#/g, ` href="${meta.page.path}#`);
    const page = itemPageHtml(template, meta, body, siteUrl, lines);
    assertNoStyleAttributes(page);
    assertCspAllowsInline(page, headersText);
    const dir = join(distDir, meta.page.path);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), page);
    images.push(
      png(itemImageSvg(meta.image, footer)).then((image) => writeFileSync(join(dir, OG_IMAGE.file), image)),
    );
    written.push(meta.page.path);
  }
  await Promise.all(images);
  // A retired id reaches its successor, when that is an item with a page (a source has none).
  const byId = new Map(metas.map((meta) => [meta.page.id, meta]));
  const redirects = [];
  for (const [old, current] of Object.entries(dataset.aliases)) {
    const target = byId.get(current);
    if (!target || byId.has(old)) continue;
    const path = `${FOLDERS[target.page.kind]}/${old}/`;
    mkdirSync(join(distDir, path), { recursive: true });
    writeFileSync(
      join(distDir, path, 'index.html'),
      redirectHtml({ target: target.page.path, title: target.title, siteUrl, message: m.itemPage.moved }),
    );
    redirects.push(path);
  }
  if (siteUrl) {
    writeFileSync(join(distDir, 'sitemap.xml'), sitemapXml(siteUrl, written, dataset.reviewedOn));
    writeFileSync(join(distDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`);
  } else {
    warn(
      `${SITE_URL_VARIABLE} is not set: no sitemap.xml or robots.txt (a sitemap needs absolute addresses), ` +
        'and the item pages have no canonical link or og:image tag.',
    );
  }
  return { pages: written, redirects };
}
