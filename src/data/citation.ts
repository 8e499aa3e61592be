/**
 * How to cite the dataset and under which licences it is published: one place for the Cite
 * dialog, the exports (CSV, SVG, PNG, print), the page's JSON-LD, the Atom feed and
 * CITATION.cff (whose fields a test compares with these). Pure: the caller reads the
 * address and today's date in a handler or an effect and passes them in.
 */

/** The author of every citation: the people who wrote the dataset, as one group. */
export const CITATION_AUTHOR = 'HSTF Dashboard contributors';

/** The work's title, cited in English in both languages, as a title is. */
export const CITATION_TITLE = 'HSTF Dashboard: reported outcomes of the Homeland Security Task Forces';

/** The data (the dataset and every export of it). Quotes are not covered: they are their speakers' words. */
export const DATA_LICENSE = {
  spdx: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The code (LICENSE in the repository). */
export const CODE_LICENSE = {
  spdx: 'MIT',
  name: 'MIT',
  url: 'https://opensource.org/license/mit',
} as const;

export interface CitationInput {
  /** The data version id (`2026-11-28-2`); ids start with the version's review date. */
  version: string;
  /** The permanent (`v=`) address of the view cited, absolute. */
  url: string;
  /** When the reader took the citation: their own calendar day is the access date. */
  accessed: Date;
}

/** The words of a citation that change with the interface language (`citing.format` in the messages). */
export interface CitationWords {
  locale: string;
  /** "Data set, version 2026-12-07" / "Conjunto de datos, versión 2026-12-07". */
  dataSet: (version: string) => string;
  /** "Accessed December 9, 2026" / "Consultado el 9 de diciembre de 2026". */
  accessed: (date: string) => string;
}

/** The year a version was published: its id starts with its review date. */
export function versionYear(version: string): string {
  return version.slice(0, 4);
}

/** The reader's calendar day as `YYYY-MM-DD` (BibTeX's `urldate`), in their time zone. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `HSTF Dashboard contributors. (2026). HSTF Dashboard: … [Data set, version 2026-12-07].
 * https://…`: the citation of an address that is permanent by itself (a version's data folder,
 * an item page pinned by `v=`). Pages written at build time use it as it is: they cannot know
 * the day a reader will take it.
 */
export function pageCitation(version: string, url: string, words: Pick<CitationWords, 'dataSet'>): string {
  return `${CITATION_AUTHOR}. (${versionYear(version)}). ${CITATION_TITLE} [${words.dataSet(version)}]. ${url}.`;
}

/**
 * The page citation with the reader's access date (`… Accessed December 9, 2026.`), written in
 * full by Intl in the interface language, in the reader's time zone (the day they looked).
 */
export function plainCitation(input: CitationInput, words: CitationWords): string {
  const date = new Intl.DateTimeFormat(words.locale, { dateStyle: 'long' }).format(input.accessed);
  return `${pageCitation(input.version, input.url, words)} ${words.accessed(date)}.`;
}

/**
 * A URL as it may stand in a BibTeX field that LaTeX reads: `%` would start a comment and
 * `#`, `&` and `_` are special characters, so each is escaped with a backslash (which
 * biblatex and the url/hyperref packages turn back into the character). A backslash cannot
 * occur: the address is percent-encoded.
 */
export function latexUrl(url: string): string {
  return url.replace(/[%#&_]/g, (character) => `\\${character}`);
}

/** A `@misc` entry; the author in double braces so BibTeX does not split it into first and last names. */
export function bibtexCitation(input: CitationInput): string {
  const fields: [string, string][] = [
    ['author', `{${CITATION_AUTHOR}}`],
    ['title', `{${CITATION_TITLE}}`],
    ['year', versionYear(input.version)],
    ['version', input.version],
    ['url', latexUrl(input.url)],
    ['urldate', isoDay(input.accessed)],
    ['note', `Data ${DATA_LICENSE.name}`],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{hstf-dashboard-${input.version},\n${body}\n}`;
}
