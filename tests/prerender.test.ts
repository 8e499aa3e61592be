import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as serverEntry from '../src/app/prerender';
import {
  assertCspAllowsInline,
  assertNoStyleAttributes,
  beforePaintScript,
  cspHash,
  finishPage,
  ogImageSvg,
  policyOf,
  siteUrlFrom,
  withStyleHashes,
  type ServerEntry,
} from '../scripts/prerender.mjs';
import { atomFeed } from '../scripts/atom-feed.mjs';
import { PACKAGE_FILES } from '../scripts/data-package.mjs';

/**
 * The build's prerender step (scripts/prerender.mjs, run by `vite build`) must fail on a
 * dataset the app would reject, on a `style` attribute in the page, and on a CSP that does not
 * list the hash of each inline script. Each case runs the same `finishPage` the build runs,
 * on a scratch copy of a built site.
 */

const app = serverEntry as unknown as ServerEntry;
const headers = readFileSync('public/_headers', 'utf8');
const template = readFileSync('index.html', 'utf8');
const dataset = readFileSync('public/data/hstf.json', 'utf8');
let dist: string;

/** The stylesheet of the scratch site. */
const STYLESHEET = '.p{color:red}\n';

/**
 * A scratch copy of a built site: index.html as Vite writes it (the entry script and the
 * stylesheet linked in <head>), the dataset and its published versions, the headers, the
 * stylesheet and the favicon.
 */
function site(files: { dataset?: string; headers?: string; css?: string; page?: string }) {
  mkdirSync(join(dist, 'data'), { recursive: true });
  mkdirSync(join(dist, 'assets'), { recursive: true });
  const built = template
    .replace('<script type="module" src="/src/boot/main.ts"></script>\n', '')
    .replace(
      '</head>',
      '  <script type="module" crossorigin src="./assets/index-abc.js"></script>\n' +
        '    <link rel="stylesheet" crossorigin href="./assets/style-abc.css">\n  </head>',
    )
    .replace('href="/favicon.svg"', 'href="./favicon.svg"');
  writeFileSync(join(dist, 'index.html'), files.page ?? built);
  writeFileSync(join(dist, 'data/hstf.json'), files.dataset ?? dataset);
  cpSync('public/data/versions.json', join(dist, 'data/versions.json'));
  cpSync('public/data/archive', join(dist, 'data/archive'), { recursive: true });
  writeFileSync(join(dist, '_headers'), files.headers ?? headers);
  writeFileSync(join(dist, 'assets/style-abc.css'), files.css ?? STYLESHEET);
  writeFileSync(join(dist, 'favicon.svg'), readFileSync('public/favicon.svg', 'utf8'));
  return built;
}

const quiet = () => {};

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'hstf-prerender-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('the prerender step', () => {
  it('writes the default view, the noscript line and the preview tags, and passes its own checks', async () => {
    site({});
    const warnings: string[] = [];
    const { page } = await finishPage({ distDir: dist, app, siteUrl: null, warn: (w) => warnings.push(w) });
    expect(page).toContain('Headline figures');
    expect(page).toContain('3,266');
    expect(page).toContain(app.messages.prerendered.noscript);
    // Each chart's data as its table, for readers whose browser runs no script.
    expect(page.match(/<noscript><div class="overflow-x-auto"><table/g)?.length).toBeGreaterThanOrEqual(4);
    expect(page).toContain('<meta property="og:title"');
    expect(page).not.toContain('og:image');
    expect(warnings.join()).toMatch(/HSTF_SITE_URL is not set/);
  });

  it('serves the dataset as published, and names its hash only when it is in normalised form', async () => {
    const normalised = app.dataTools.normalisedText((await app.readDataset(dataset)) as never);
    const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
    // Normalised (the schema's own output): the browser may trust it without the validator.
    site({ dataset: normalised });
    const trusted = await finishPage({ distDir: dist, app, siteUrl: null, warn: quiet });
    expect(readFileSync(join(dist, 'data/hstf.json'), 'utf8')).toBe(normalised);
    expect(trusted.datasetHash).toBe(hashOf(normalised));
    expect(trusted.page).toContain(`<meta name="hstf-dataset-sha256" content="${hashOf(normalised)}" />`);
    // Valid, but with defaults left out: no hash, so the browser validates it (and fills them in).
    const sparse = JSON.parse(normalised) as { people: { quotes: { language?: string }[] }[] };
    for (const quote of sparse.people.flatMap((person) => person.quotes)) delete quote.language;
    const compact = `${JSON.stringify(sparse, null, 2)}\n`;
    site({ dataset: compact });
    const untrusted = await finishPage({ distDir: dist, app, siteUrl: null, warn: quiet });
    expect(readFileSync(join(dist, 'data/hstf.json'), 'utf8')).toBe(compact);
    expect(untrusted.datasetHash).toBeNull();
    expect(untrusted.page).not.toContain('hstf-dataset-sha256');
  });

  it('inlines the stylesheet and the favicon, adds the stylesheet’s hash to the policy, and names the entry script', async () => {
    site({});
    const { page } = await finishPage({ distDir: dist, app, siteUrl: null, warn: quiet });
    expect(page).toContain(`<style>${STYLESHEET}</style>`);
    expect(page).not.toContain('rel="stylesheet"');
    const written = readFileSync(join(dist, '_headers'), 'utf8');
    expect(policyOf(written).get('style-src')).toEqual(["'self'", cspHash(STYLESHEET)]);
    expect(policyOf(written).get('script-src')).toEqual(policyOf(headers).get('script-src'));
    // No script tag loads the app before the first paint: the before-paint script requests
    // the entry named in the <meta>, which comes before it in <head>.
    expect(page).not.toMatch(/<script[^>]*\ssrc=/);
    const meta = page.indexOf('<meta name="hstf-entry" content="./assets/index-abc.js" />');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(page.indexOf('<script>'));
    expect(page).toMatch(/<link rel="icon" href="data:image\/svg\+xml,%3Csvg/);
  });

  it('fails on a stylesheet that would break once inlined, and on a page without one entry script', async () => {
    site({ css: 'p{background:url(./dot.png)}' });
    await expect(finishPage({ distDir: dist, app, siteUrl: null, warn: quiet })).rejects.toThrow(/url\(\)/);
    site({ css: 'p::after{content:"</style>"}' });
    await expect(finishPage({ distDir: dist, app, siteUrl: null, warn: quiet })).rejects.toThrow(/<\/style/);
    const built = site({});
    site({ page: built.replace(/ *<script type="module"[^\n]*\n/, '') });
    await expect(finishPage({ distDir: dist, app, siteUrl: null, warn: quiet })).rejects.toThrow(
      /one module script, the entry; it has 0/,
    );
  });

  it('puts an absolute og:image in the page when the site address is set', async () => {
    site({});
    const { page } = await finishPage({
      distDir: dist,
      app,
      siteUrl: siteUrlFrom('https://example.org/hstf'),
    });
    expect(page).toContain('<meta property="og:image" content="https://example.org/hstf/og-image.png" />');
    const png = readFileSync(join(dist, 'og-image.png'));
    // PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('gives the latest and the best-supported claim where they differ, with a caveat, in the preview text and image', async () => {
    site({});
    const { page, figures } = await finishPage({
      distDir: dist,
      app,
      siteUrl: siteUrlFrom('https://example.org/hstf'),
    });
    const arrests =
      'Arrests: 3,266 people (Latest, Secondary; Caveat: May count seizures too.), more than 3,200 people (Best-supported, Primary)';
    const description = /<meta property="og:description" content="([^"]*)"/.exec(page)?.[1];
    expect(description).toContain(`${arrests}; Fentanyl pills: 2.1 million pills;`);
    expect(/<meta property="og:image:alt" content="([^"]*)"/.exec(page)?.[1]).toContain(arrests);
    // The image draws both claims of a card, each named, and one of a card whose latest is the best-supported.
    const drawn = ogImageSvg(figures)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(drawn).toContain(
      'Arrests 3,266 people Latest · Secondary · DOJ release, Jan 26, 2026 ⚠ May count seizures too. more than 3,200 people ' +
        'Best-supported · Primary · Attorney General Pam Bondi, Oct 23, 2025 Fentanyl pills 2.1 million pills',
    );
    expect(drawn.match(/Best-supported ·/g)).toHaveLength(4);
  });

  it('fails on an invalid dataset with the message the app would show', async () => {
    const broken = JSON.parse(dataset) as { figures: { value: unknown }[] };
    broken.figures[0]!.value = 'many';
    site({ dataset: JSON.stringify(broken) });
    await expect(finishPage({ distDir: dist, app, siteUrl: null, warn: quiet })).rejects.toThrow(
      /data\/hstf\.json[\s\S]*figures\[0\]\.value: expected number, received string/,
    );
  });

  it('fails on a dataset that is not JSON', async () => {
    site({ dataset: '{ "schemaVersion": 1,' });
    await expect(finishPage({ distDir: dist, app, siteUrl: null, warn: quiet })).rejects.toThrow(
      /data\/hstf\.json/,
    );
  });

  it('fails when the page carries a style attribute', async () => {
    site({});
    const styled: ServerEntry = {
      ...app,
      renderPage: async () => ({ html: '<main><div style="height: 340px">chart</div></main>' }),
    };
    await expect(finishPage({ distDir: dist, app: styled, siteUrl: null, warn: quiet })).rejects.toThrow(
      /style="…" attribute/,
    );
  });

  it('fails when the CSP does not list the inline script’s hash', async () => {
    site({ headers: headers.replace(cspHash(beforePaintScript()), '') });
    await expect(finishPage({ distDir: dist, app, siteUrl: null, warn: quiet })).rejects.toThrow(
      `add ${cspHash(beforePaintScript())} to script-src`,
    );
  });
});

/** The page's schema.org description, as a machine reads it. */
function jsonLd(page: string): Record<string, unknown> {
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks).toHaveLength(1);
  const text = blocks[0]?.[1] ?? '';
  // Nothing in it can end the element or open a comment.
  expect(text).not.toContain('<');
  return JSON.parse(text) as Record<string, unknown>;
}

describe('what machines read: the Dataset description and the Atom feed', () => {
  const versions = (
    JSON.parse(readFileSync('public/data/versions.json', 'utf8')) as {
      versions: { id: string; reviewedOn: string }[];
    }
  ).versions;
  const current = JSON.parse(dataset) as {
    version: string;
    reviewedOn: string;
    metrics: { label: string }[];
    events: { date: string }[];
    reports: { date: string }[];
  };

  it('the page describes the dataset in JSON-LD, under the CSP, and links the feed', async () => {
    site({});
    const { page } = await finishPage({ distDir: dist, app, siteUrl: null, warn: quiet });
    const data = jsonLd(page);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'HSTF Dashboard: reported outcomes of the Homeland Security Task Forces',
      version: current.version,
      dateModified: current.reviewedOn,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isAccessibleForFree: true,
      creator: { '@type': 'Organization', name: 'HSTF Dashboard contributors' },
      url: './',
    });
    expect(data.description).toContain('not independently verified counts');
    expect(data.variableMeasured).toEqual(current.metrics.map((m) => m.label));
    // An ISO 8601 interval holding every date of the dataset's events and reports.
    const [from = '', to = ''] = String(data.temporalCoverage).split('/');
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const date of [...current.events, ...current.reports].map((r) => r.date)) {
      expect(date >= from && date <= to, `${date} in ${from}/${to}`).toBe(true);
    }
    // Every file of the newest version's package, at the address that follows the newest.
    expect(data.distribution).toEqual(
      PACKAGE_FILES.map((file) =>
        expect.objectContaining({
          '@type': 'DataDownload',
          name: file.name,
          encodingFormat: file.mediaType,
          contentUrl: `data/latest/${file.name}`,
        }),
      ),
    );
    // The build's own check passed with the block in the page: it is data, not script.
    assertCspAllowsInline(page, readFileSync(join(dist, '_headers'), 'utf8'));
    expect(page).toContain(
      '<link rel="alternate" type="application/atom+xml" title="HSTF Dashboard: data versions" href="feed.atom" />',
    );
  });

  it('writes the Atom feed of data versions beside the page; with the site’s address, every address is absolute', async () => {
    site({});
    const { page } = await finishPage({
      distDir: dist,
      app,
      siteUrl: siteUrlFrom('https://example.org/hstf'),
    });
    const data = jsonLd(page);
    expect(data.url).toBe('https://example.org/hstf/');
    expect((data.distribution as { contentUrl: string }[])[0]?.contentUrl).toBe(
      'https://example.org/hstf/data/latest/hstf.json',
    );
    // The feed is tested in atom-feed.test.ts: here, the build writes it from the archives.
    const history = await app.versionHistory((path) => readFileSync(join('public', path), 'utf8'));
    expect(history.map((v) => v.id)).toEqual(versions.map((v) => v.id));
    const m = app.messages.versions;
    const words = { ...m.feed, first: m.first, changesSince: m.changesSince };
    expect(readFileSync(join(dist, 'feed.atom'), 'utf8')).toBe(
      atomFeed({ history, siteUrl: 'https://example.org/hstf/', words, about: app }),
    );
  });
});

describe('the page checks', () => {
  it('find style attributes on any element, and nothing else', () => {
    expect(() => assertNoStyleAttributes('<p class="a">style="x" in text</p>')).not.toThrow();
    expect(() => assertNoStyleAttributes('<svg width="0" height="340"></svg>')).not.toThrow();
    expect(() => assertNoStyleAttributes('<p class="a" style=\'color:red\'>x</p>')).toThrow(/1 style/);
  });

  it('leave a JSON-LD block alone (data, not script), but not a script that runs', () => {
    const policy = `/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'\n`;
    expect(() =>
      assertCspAllowsInline('<script type="application/ld+json">{"@type":"Dataset"}</script>', policy),
    ).not.toThrow();
    expect(() => assertCspAllowsInline('<script type="module">a()</script>', policy)).toThrow(
      /inline script is not allowed/,
    );
  });

  it('hash every inline script and style, and refuse unsafe-inline', () => {
    const page = '<script>a()</script><style>p{}</style><script src="x.js"></script>';
    const policy = (script: string, style: string) =>
      `/*\n  Content-Security-Policy: default-src 'self'; script-src ${script}; style-src ${style}\n`;
    expect(() =>
      assertCspAllowsInline(page, policy(`'self' ${cspHash('a()')}`, `'self' ${cspHash('p{}')}`)),
    ).not.toThrow();
    expect(() => assertCspAllowsInline(page, policy(`'self' ${cspHash('a()')}`, "'self'"))).toThrow(
      /inline style is not allowed/,
    );
    expect(() => assertCspAllowsInline('', policy("'self' 'unsafe-inline'", "'self'"))).toThrow(
      /script-src must not allow 'unsafe-inline'/,
    );
  });

  it('add the inlined stylesheet’s hash to style-src, and fail on a policy without one', () => {
    const policy = (styles: string) =>
      `/*\n  Content-Security-Policy: default-src 'self'${styles}; img-src 'self'\n`;
    expect(policyOf(withStyleHashes(policy("; style-src 'self'"), ["'sha256-x'"])).get('style-src')).toEqual([
      "'self'",
      "'sha256-x'",
    ]);
    expect(() => withStyleHashes(policy(''), ["'sha256-x'"])).toThrow(/no style-src/);
  });

  it('the shipped policy allows the before-paint script by its hash, and the docs show the same policy', () => {
    const hash = cspHash(beforePaintScript());
    expect(policyOf(headers).get('script-src')).toEqual(["'self'", hash]);
    const policyLine = /Content-Security-Policy: (.+)/.exec(headers)?.[1];
    expect(readFileSync('docs/deployment.md', 'utf8')).toContain(policyLine);
  });
});
