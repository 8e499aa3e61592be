import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as serverEntry from '../src/app/prerender';
import type { Dataset } from '../src/data/schema';
import { finishPage, type ServerEntry } from '../scripts/prerender.mjs';
import { writeItemPages } from '../scripts/item-pages.mjs';
import { itemPage, itemPageOf } from '../src/view-state/item-path';
import { itemPageAt, searchOnPage, searchWithFocus } from '../src/view-state/item-page-address';

/**
 * Item pages (issue 35, docs/item-pages.md): the build writes one page per figure, person and
 * event of the real dataset, each with its own title, preview tags, image and structured data;
 * a retired id's page sends the reader to its successor; the sitemap lists them all.
 */

const app = serverEntry as unknown as ServerEntry;
const SITE = 'https://example.org/hstf/';
const datasetText = readFileSync('public/data/hstf.json', 'utf8');
const real = JSON.parse(datasetText) as Dataset;
const quiet = () => {};

/**
 * A scratch built site, as in tests/prerender.test.ts: Vite's index.html, the dataset and its
 * published versions (the build's Atom feed reads them), the headers.
 */
function site(dist: string, dataset: string) {
  mkdirSync(join(dist, 'data'), { recursive: true });
  mkdirSync(join(dist, 'assets'), { recursive: true });
  const built = readFileSync('index.html', 'utf8')
    .replace('<script type="module" src="/src/boot/main.ts"></script>\n', '')
    .replace(
      '</head>',
      '  <script type="module" crossorigin src="./assets/index-abc.js"></script>\n' +
        '    <link rel="stylesheet" crossorigin href="./assets/style-abc.css">\n  </head>',
    );
  writeFileSync(join(dist, 'index.html'), built);
  writeFileSync(join(dist, 'data/hstf.json'), dataset);
  cpSync('public/data/versions.json', join(dist, 'data/versions.json'));
  cpSync('public/data/archive', join(dist, 'data/archive'), { recursive: true });
  writeFileSync(join(dist, '_headers'), readFileSync('public/_headers', 'utf8'));
  writeFileSync(join(dist, 'assets/style-abc.css'), '.p{color:red}\n');
}

const attribute = (page: string, pattern: RegExp) => pattern.exec(page)?.[1];

type ItemPagesOf = typeof serverEntry.itemPages;
/**
 * The server entry writing a sample of the pages: each is a render of the whole dashboard,
 * slow in the test's development build of React. The build writes them all (checked in
 * tests/e2e/item-pages.spec.ts); here, that every item has a page's metadata.
 */
const SAMPLE = new Set(['arrests-bondi-roundtable', 'arrests-doj', 'arrests-dhs', 'pam-bondi', 'eo-14159']);
const sampled = (keep: (id: string) => boolean) => ({
  ...app,
  itemPages: (...args: Parameters<ItemPagesOf>) =>
    serverEntry.itemPages(...args).filter((meta) => keep(meta.page.id)),
});

describe('the item pages of a build', () => {
  let dist: string;
  let result: { pages: string[]; redirects: string[] };
  const warnings: string[] = [];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'hstf-items-'));
    // One retired id of a figure, as a rename would leave it in `aliases`.
    const renamed = { ...real, aliases: { ...real.aliases, 'arrests-doj-release': 'arrests-doj' } };
    site(dist, JSON.stringify(renamed));
    await finishPage({ distDir: dist, app, siteUrl: SITE, warn: quiet });
    result = await writeItemPages({
      distDir: dist,
      app: sampled((id) => SAMPLE.has(id)),
      siteUrl: SITE,
      warn: (w) => warnings.push(w),
    });
    // Only stops a hang: renders of the whole dashboard in React's development build, on a busy machine.
  }, 300_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('makes a page for every figure, person and event of the latest data, and writes each it is given', async () => {
    const expected = [
      ...real.figures.map((f) => `claims/${f.id}/`),
      ...real.people.map((p) => `people/${p.id}/`),
      ...real.events.map((e) => `events/${e.id}/`),
    ];
    const dataset = await app.readDataset(datasetText);
    const metas = serverEntry.itemPages(dataset as Dataset, serverEntry.messages, SITE);
    expect(metas.map((meta) => meta.page.path)).toEqual(expected);
    for (const meta of metas) {
      expect(meta.title, meta.page.path).toMatch(/ · HSTF Dashboard$/);
      expect(meta.description.length, meta.page.path).toBeGreaterThan(20);
      expect(meta.image.headline, meta.page.path).not.toBe('');
    }
    expect(new Set(metas.map((meta) => meta.title)).size).toBe(metas.length);
    expect(result.pages).toEqual(expected.filter((path) => SAMPLE.has(path.split('/')[1] ?? '')));
    for (const path of result.pages) expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('gives each page its own title, description, canonical link, preview tags and image', () => {
    for (const path of result.pages) {
      const page = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const title = attribute(page, /<title>([^<]+)<\/title>/);
      expect(title, path).toMatch(/ · HSTF Dashboard$/);
      expect(attribute(page, /<meta name="description" content="([^"]+)"/), path).toBeTruthy();
      expect(page).toContain(`<link rel="canonical" href="${SITE}${path}" />`);
      expect(page).toContain(`<meta property="og:url" content="${SITE}${path}" />`);
      expect(page).toContain(`<meta property="og:image" content="${SITE}${path}og-image.png" />`);
      expect(page).toContain('<meta name="twitter:card" content="summary_large_image" />');
      expect(attribute(page, /<meta name="twitter:title" content="([^"]+)"/)).toBe(title);
      // Every relative address resolves from the site's root; one set of preview tags only.
      expect(page.indexOf('<base href="../../" />')).toBeLessThan(page.indexOf('hstf-entry'));
      expect(page.match(/property="og:title"/g)).toHaveLength(1);
      const png = readFileSync(join(dist, path, 'og-image.png'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('holds structured data that parses, of the type that fits, with no fact-check rating', () => {
    const types = { claims: 'Claim', people: 'Person', events: 'Event' } as const;
    for (const path of result.pages) {
      const page = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const json = attribute(page, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/) ?? '';
      expect(json).not.toContain('<');
      const data = JSON.parse(json) as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe(types[path.split('/')[0] as keyof typeof types]);
      expect(data.url).toBe(`${SITE}${path}`);
      expect(json).not.toMatch(/ClaimReview|reviewRating/);
    }
    const bondi = JSON.parse(
      attribute(
        readFileSync(join(dist, 'claims/arrests-bondi-roundtable/index.html'), 'utf8'),
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/,
      ) ?? '',
    ) as Record<string, unknown>;
    expect(bondi).toMatchObject({
      author: { '@type': 'Person', name: 'Pam Bondi' },
      datePublished: '2025-10-23',
      appearance: expect.arrayContaining([expect.objectContaining({ '@type': 'CreativeWork' })]),
    });
  });

  it('reads in full without JavaScript: the claim, its quote, speaker, support, sources, history and citation', () => {
    const page = readFileSync(join(dist, 'claims/arrests-bondi-roundtable/index.html'), 'utf8');
    const article = /<article aria-labelledby="item-heading"[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';
    const text = article.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
    expect(text).toContain('Arrests: more than 3,200 people');
    expect(text).toContain('Attorney General Pam Bondi');
    expect(text).toContain('Support level');
    expect(text).toContain('Every claim about Arrests');
    expect(text).toContain('(this claim)');
    expect(text).toContain(
      'HSTF Dashboard contributors. (2026). HSTF Dashboard: reported outcomes of the Homeland Security ' +
        `Task Forces [Data set, version ${real.version}]. ${SITE}claims/arrests-bondi-roundtable/?v=${real.version}.`,
    );
    expect(page).toContain(serverEntry.messages.itemPage.noscript);
    expect(page).not.toContain(serverEntry.messages.prerendered.noscript);
    // The other claims link to their own pages, relative to the site's root (the <base>).
    expect(article).toContain('href="./claims/arrests-dhs/"');
  });

  it('sends a retired id to its successor with a redirect page', () => {
    expect(result.redirects).toEqual(['claims/arrests-doj-release/']);
    const page = readFileSync(join(dist, 'claims/arrests-doj-release/index.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=../arrests-doj/" />');
    expect(page).toContain(`<link rel="canonical" href="${SITE}claims/arrests-doj/" />`);
    expect(page).toMatch(/<a href="\.\.\/arrests-doj\/">Arrests: 3,266 people/);
    expect(page).not.toContain('<script');
    // The retired source id of the real dataset has no page to send to: no folder is made.
    expect(existsSync(join(dist, 'claims/es-secondary'))).toBe(false);
  });

  it('lists the dashboard and every item page in sitemap.xml, named by robots.txt', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([SITE, ...result.pages.map((p) => `${SITE}${p}`)]);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });
});

describe('item pages without the site address', () => {
  it('are written with relative addresses only, and the build warns that there is no sitemap', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'hstf-items-'));
    try {
      site(dist, datasetText);
      await finishPage({ distDir: dist, app, siteUrl: null, warn: quiet });
      const warnings: string[] = [];
      const { pages } = await writeItemPages({
        distDir: dist,
        app: sampled((id) => id === 'pam-bondi'),
        siteUrl: null,
        warn: (w) => warnings.push(w),
      });
      expect(pages).toEqual(['people/pam-bondi/']);
      const page = readFileSync(join(dist, pages[0] ?? '', 'index.html'), 'utf8');
      expect(page).not.toContain('rel="canonical"');
      expect(page).not.toContain('og:image');
      expect(page).toContain('<meta name="twitter:card" content="summary" />');
      expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
      expect(existsSync(join(dist, 'robots.txt'))).toBe(false);
      expect(warnings.join()).toMatch(/no sitemap\.xml/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('the item path (the URL contract)', () => {
  it('reads an item page from the path under the site’s root, in any folder', () => {
    expect(itemPageAt('/hstf/claims/arrests-doj/', '/hstf/')).toEqual(itemPage('figure', 'arrests-doj'));
    expect(itemPageAt('/people/pam-bondi/index.html', '/')).toEqual(itemPage('person', 'pam-bondi'));
    expect(itemPageAt('/hstf/', '/hstf/')).toBeNull();
    expect(itemPageAt('/hstf/index.html', '/hstf/')).toBeNull();
    expect(itemPageAt('/other/claims/x/', '/hstf/')).toBeNull();
    expect(itemPageAt('/hstf/sources/x/', '/hstf/')).toBeNull();
  });

  it('stands for focus=<id> in its canonical place, and keeps the path while the focus stays', () => {
    expect(searchWithFocus('', 'x')).toBe('?focus=x');
    expect(searchWithFocus('?category=drugs&lang=es', 'x')).toBe('?category=drugs&focus=x&lang=es');
    expect(searchWithFocus('?focus=y', 'x')).toBe('?focus=y');
    expect(searchWithFocus('?to=2025-10-01&table=timeline&v=2026-11-28', 'x')).toBe(
      '?to=2025-10-01&focus=x&table=timeline&v=2026-11-28',
    );
    expect(searchOnPage('?category=drugs&focus=x&lang=es', 'x')).toBe('?category=drugs&lang=es');
    expect(searchOnPage('?focus=x', 'x')).toBe('');
    expect(searchOnPage('?focus=y', 'x')).toBeNull();
    expect(searchOnPage('?category=drugs', 'x')).toBeNull();
  });

  it('finds the page of a figure, person or event, and none for a source', () => {
    expect(itemPageOf(real, 'pam-bondi')).toEqual(itemPage('person', 'pam-bondi'));
    expect(itemPageOf(real, 'eo-14159')?.path).toBe('events/eo-14159/');
    expect(itemPageOf(real, 'arrests-doj')?.path).toBe('claims/arrests-doj/');
    expect(itemPageOf(real, real.sources[0]?.id ?? '')).toBeNull();
    expect(itemPageOf(real, null)).toBeNull();
  });
});
