import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { http, HttpResponse } from 'msw';

import { DATASET_URL } from '../mocks/handlers';
import { server } from '../mocks/server';
import { normalisedText } from '../src/app/data-tools';
import { fetchDataset, PREVALIDATED_META } from '../src/data/hstf-query';
import { parseDataset } from '../src/data/parse-dataset';

/**
 * The page may name the SHA-256 of the dataset the build validated (scripts/prerender.mjs
 * writes the <meta> only for a file in normalised form, the schema's own output). A browser
 * that receives exactly those bytes uses them without the validator; any other file, or a page
 * without the <meta>, is validated, its defaults filled in.
 */

const published = readFileSync('public/data/hstf.json', 'utf8');
const normalised = normalisedText(parseDataset('data/hstf.json', published));
/** Valid, but with a default left out: quotes of people with no `language`. */
const sparse = (() => {
  const data = JSON.parse(normalised) as { people: { quotes: { language?: string }[] }[] };
  for (const quote of data.people.flatMap((person) => person.quotes)) delete quote.language;
  return `${JSON.stringify(data, null, 2)}\n`;
})();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function serve(text: string, namedHash: string | null) {
  server.use(
    http.get(DATASET_URL, () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } })),
  );
  document.head.querySelector(`meta[name="${PREVALIDATED_META}"]`)?.remove();
  if (namedHash) {
    const meta = document.createElement('meta');
    meta.name = PREVALIDATED_META;
    meta.content = namedHash;
    document.head.append(meta);
  }
}

const quoteLanguages = (data: { people: { quotes: { language?: string }[] }[] }) =>
  data.people.flatMap((person) => person.quotes.map((quote) => quote.language));

afterEach(() => document.head.querySelector(`meta[name="${PREVALIDATED_META}"]`)?.remove());

describe('the dataset the page names by its hash', () => {
  it('is published in normalised form: the file is the schema’s own output', () => {
    expect(published).toBe(normalised);
  });

  it('a normalised file the page names is used as it is, and is the validated data', async () => {
    serve(normalised, sha256(normalised));
    expect(await fetchDataset()).toEqual(parseDataset('data/hstf.json', normalised));
  });

  it('a file the page does not name is validated, its defaults filled in', async () => {
    serve(sparse, null);
    const data = await fetchDataset();
    expect(quoteLanguages(data).length).toBeGreaterThan(0);
    expect(new Set(quoteLanguages(data))).toEqual(new Set(['en']));
  });

  it('a file other than the one named (a newer deploy) is validated too', async () => {
    serve(sparse, sha256(normalised));
    expect(new Set(quoteLanguages(await fetchDataset()))).toEqual(new Set(['en']));
  });

  it('the named bytes are trusted without validation: which is why the build names only a normalised file', async () => {
    serve(sparse, sha256(sparse));
    expect(new Set(quoteLanguages(await fetchDataset()))).toEqual(new Set([undefined]));
  });
});
