import { readFileSync } from 'node:fs';

import {
  bibtexCitation,
  CITATION_AUTHOR,
  CITATION_TITLE,
  DATA_LICENSE,
  isoDay,
  latexUrl,
  plainCitation,
  type CitationInput,
} from '../src/data/citation';
import { es } from '../src/i18n/es/messages';
import { en, type Messages } from '../src/i18n/messages';
import { EMBED_HEIGHTS, embedCode } from '../src/view-controls/embed-code';

/** The reader's own day: noon local time, so no time zone moves it to another date. */
const ACCESSED = new Date(2026, 11, 9, 12, 0, 0);
const URL_ = 'https://example.org/hstf/?category=drugs&q=ca%C3%B1a_x&v=2026-11-28-2#versions';
const input: CitationInput = { version: '2026-11-28-2', url: URL_, accessed: ACCESSED };
const wordsOf = (m: Messages) => ({ locale: m.locale, ...m.citing.format });

describe('the citation of a view', () => {
  it('in plain text, in English: author, year of the version, title, version, permanent link, access date', () => {
    expect(plainCitation(input, wordsOf(en))).toBe(
      'HSTF Dashboard contributors. (2026). HSTF Dashboard: reported outcomes of the Homeland Security Task Forces ' +
        `[Data set, version 2026-11-28-2]. ${URL_}. Accessed December 9, 2026.`,
    );
  });

  it('in plain text, in Spanish, with the date written by Intl in Spanish', () => {
    expect(plainCitation(input, wordsOf(es))).toBe(
      'HSTF Dashboard contributors. (2026). HSTF Dashboard: reported outcomes of the Homeland Security Task Forces ' +
        `[Conjunto de datos, versión 2026-11-28-2]. ${URL_}. Consultado el 9 de diciembre de 2026.`,
    );
  });

  it('takes the year from the version, not from the access date', () => {
    const later = { ...input, version: '2025-12-31', accessed: new Date(2027, 0, 2, 12) };
    expect(plainCitation(later, wordsOf(en))).toMatch(/^HSTF Dashboard contributors\. \(2025\)\./);
    expect(bibtexCitation(later)).toContain('year = {2025}');
    expect(bibtexCitation(later)).toContain('urldate = {2027-01-02}');
  });

  it('as BibTeX: a @misc entry keyed by the version, with the URL escaped for LaTeX', () => {
    expect(bibtexCitation(input)).toBe(
      [
        '@misc{hstf-dashboard-2026-11-28-2,',
        '  author = {{HSTF Dashboard contributors}},',
        '  title = {{HSTF Dashboard: reported outcomes of the Homeland Security Task Forces}},',
        '  year = {2026},',
        '  version = {2026-11-28-2},',
        '  url = {https://example.org/hstf/?category=drugs\\&q=ca\\%C3\\%B1a\\_x\\&v=2026-11-28-2\\#versions},',
        '  urldate = {2026-12-09},',
        '  note = {Data CC BY 4.0}',
        '}',
      ].join('\n'),
    );
  });

  it('escapes each of % # & _ in a URL, and nothing else', () => {
    expect(latexUrl('a%b#c&d_e')).toBe('a\\%b\\#c\\&d\\_e');
    expect(latexUrl('https://example.org/?v=2026-12-07')).toBe('https://example.org/?v=2026-12-07');
  });

  it('writes the access date as the reader’s calendar day', () => {
    expect(isoDay(new Date(2026, 0, 5, 0, 0, 1))).toBe('2026-01-05');
    expect(isoDay(new Date(2026, 0, 5, 23, 59, 59))).toBe('2026-01-05');
  });
});

describe('CITATION.cff', () => {
  const cff = readFileSync('CITATION.cff', 'utf8');
  // A YAML scalar, bare or quoted either way (none of these values holds a quote).
  const field = (name: string) => new RegExp(`^${name}: ["']?([^"'\\n]*)["']?$`, 'm').exec(cff)?.[1];

  it('names the same title, author, licence and current data version as the page', () => {
    const dataset = JSON.parse(readFileSync('public/data/hstf.json', 'utf8')) as {
      version: string;
      reviewedOn: string;
    };
    expect(field('cff-version')).toBe('1.2.0');
    expect(field('type')).toBe('dataset');
    expect(field('title')).toBe(CITATION_TITLE);
    expect(field('license')).toBe(DATA_LICENSE.spdx);
    // After `npm run data:publish`, CITATION.cff names the new version (docs/citing.md).
    const stale =
      'CITATION.cff: set version and date-released to the published version (public/data/hstf.json)';
    expect(field('version'), stale).toBe(dataset.version);
    expect(field('date-released'), stale).toBe(dataset.reviewedOn);
    expect(field('  - name')).toBe(CITATION_AUTHOR);
  });
});

describe('the embed code of a panel', () => {
  it('pins the view’s permanent address, puts embed= in its place, drops the fragment and escapes &', () => {
    const url = 'https://example.org/hstf/?category=drugs&v=2026-12-07&lang=es#versions';
    expect(embedCode(url, 'outcomes', 'HSTF Dashboard: "Reported" outcomes')).toBe(
      '<iframe src="https://example.org/hstf/?category=drugs&amp;embed=outcomes&amp;v=2026-12-07&amp;lang=es" ' +
        `title="HSTF Dashboard: &quot;Reported&quot; outcomes" width="100%" height="${EMBED_HEIGHTS.outcomes}" ` +
        'loading="lazy" style="border:0"></iframe>',
    );
  });

  it('parses as one iframe whose address is the permanent link with embed=', () => {
    const code = embedCode(
      'https://example.org/?v=2026-12-07',
      'kpis',
      en.citing.embed.frameTitle('Headline figures'),
    );
    const src = /src="([^"]*)"/.exec(code)?.[1]?.replace(/&amp;/g, '&');
    expect(src).toBe('https://example.org/?embed=kpis&v=2026-12-07');
    expect(code).toContain('title="HSTF Dashboard: Headline figures"');
  });
});
