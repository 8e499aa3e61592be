// @vitest-environment jsdom
import { readFileSync } from 'node:fs';

import * as serverEntry from '../src/app/prerender';
import { atomFeed } from '../scripts/atom-feed.mjs';
import type { ServerEntry } from '../scripts/prerender.mjs';

/**
 * Issue 34 §3: the Atom feed of data versions (dist/feed.atom, written by the build with
 * scripts/atom-feed.mjs from the archives) is valid per RFC 4287 and lists every version with
 * the changes computed from the archives. Parsed as XML by the browser's DOMParser (jsdom).
 */
const app = serverEntry as unknown as ServerEntry;
const versions = (
  JSON.parse(readFileSync('public/data/versions.json', 'utf8')) as {
    versions: { id: string; reviewedOn: string }[];
  }
).versions;

async function feedXml(siteUrl: string | null): Promise<string> {
  const history = await app.versionHistory((path) => readFileSync(`public/${path}`, 'utf8'));
  const m = app.messages.versions;
  return atomFeed({
    history,
    siteUrl,
    words: { ...m.feed, first: m.first, changesSince: m.changesSince },
    about: app,
  });
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ATOM = 'http://www.w3.org/2005/Atom';

/** The feed parsed as XML (a parse error fails), with what RFC 4287 requires of it read out. */
function readFeed(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const feed = doc.documentElement;
  const child = (parent: Element, name: string) =>
    Array.from(parent.children).filter((e) => e.namespaceURI === ATOM && e.localName === name);
  const text = (parent: Element, name: string) => child(parent, name)[0]?.textContent ?? null;
  const link = (parent: Element, rel: string) =>
    child(parent, 'link')
      .find((l) => (l.getAttribute('rel') ?? 'alternate') === rel)
      ?.getAttribute('href') ?? null;
  return {
    root: `${feed.namespaceURI} ${feed.localName}`,
    id: text(feed, 'id'),
    title: text(feed, 'title'),
    updated: text(feed, 'updated'),
    author: child(feed, 'author')[0] ? text(child(feed, 'author')[0] as Element, 'name') : null,
    self: link(feed, 'self'),
    alternate: link(feed, 'alternate'),
    entries: child(feed, 'entry').map((entry) => ({
      id: text(entry, 'id'),
      title: text(entry, 'title'),
      updated: text(entry, 'updated'),
      alternate: link(entry, 'alternate'),
      related: link(entry, 'related'),
      contentType: child(entry, 'content')[0]?.getAttribute('type') ?? null,
      content: text(entry, 'content'),
    })),
  };
}

describe('the Atom feed of data versions', () => {
  it('is valid Atom with one entry per version, newest first, each with its computed changes', async () => {
    const feed = readFeed(await feedXml(null));
    expect(feed.root).toBe(`${ATOM} feed`);
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed.title).toBe('HSTF Dashboard: data versions');
    expect(feed.author).toBe('HSTF Dashboard contributors');
    expect(feed.updated).toMatch(RFC_3339);
    expect(feed.self).toBe('feed.atom');
    expect(feed.alternate).toBe('./');
    expect(feed.entries.map((e) => e.title)).toEqual(versions.map((v) => `Data version ${v.id}`).reverse());
    const ids = feed.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(versions.length);
    expect(ids).not.toContain(feed.id);
    for (const [i, entry] of feed.entries.entries()) {
      const version = versions[versions.length - 1 - i]!;
      expect(entry.id).toMatch(/^urn:uuid:/);
      expect(entry.updated).toMatch(RFC_3339);
      expect(entry.updated).toBe(`${version.reviewedOn}T00:00:00Z`);
      expect(entry.alternate).toBe(`./?v=${version.id}`);
      expect(entry.related).toBe(`data/${version.id}/`);
      expect(entry.contentType).toBe('html');
    }
    expect(feed.updated).toBe(feed.entries[0]?.updated);
    // The changes the Data versions panel computes from the archives, as HTML in the content.
    const third = feed.entries.find((e) => e.title === 'Data version 2026-12-07')?.content ?? '';
    expect(third).toContain('<p>Changes since version 2026-11-28-2: Figures: ');
    expect(third).toContain('<li>Changed: Arrests (DOJ release). caveat: — → May count seizures too.</li>');
    expect(feed.entries.at(-1)?.content).toContain('<p>The first published version.</p>');
  });

  it('with the site’s address, every address is absolute, and the ids stay the same', async () => {
    const feed = readFeed(await feedXml('https://example.org/hstf/'));
    expect(feed.self).toBe('https://example.org/hstf/feed.atom');
    expect(feed.alternate).toBe('https://example.org/hstf/');
    expect(feed.entries[0]?.alternate).toMatch(/^https:\/\/example\.org\/hstf\/\?v=\d{4}-/);
    expect(feed.entries[0]?.related).toMatch(/^https:\/\/example\.org\/hstf\/data\/\d{4}-.*\/$/);
    const relative = readFeed(await feedXml(null));
    expect(relative.id).toBe(feed.id);
    expect(relative.entries.map((e) => e.id)).toEqual(feed.entries.map((e) => e.id));
  });

  it('escapes what it quotes: the content is HTML in text, read back as the same words', async () => {
    const xml = await feedXml(null);
    expect(xml).toContain('&lt;li&gt;Changed: ');
    expect(xml).not.toMatch(/<(p|ul|li|h3)>/);
  });
});
