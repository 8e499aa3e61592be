import rawTexts from '../public/data/hstf.es.json';
import rawVersions from '../public/data/versions.json';
import { parseDatasetTexts, textFields } from '../src/data/dataset-texts';
import { realDataset } from './real-dataset';

/**
 * Words the dataset's makers use among themselves: "the seed" (the first article the
 * dataset was built from), the research notes, the second review. A reader does not know
 * what they are, so no reader-facing text may use them: each text names the thing itself
 * ("the Fox News Digital preview of the HSTF roundtable (copy on theunn.com)"). Ids such
 * as `seed-preview` are not text and are not checked.
 */
const INTERNAL_WORDS: readonly RegExp[] = [
  /\bseed\b/i,
  /research notes?/i,
  /second review/i,
  /art[ií]culo de partida/i,
  /copia de partida/i,
  /semilla/i,
  /notas de investigaci[oó]n/i,
  /segunda revisi[oó]n/i,
  /revisi[oó]n interna/i,
];

interface ReaderText {
  /** Where the text is: `events/<id>/summary`, `es:events/<id>/summary`, `versions/<id>/summary`. */
  path: string;
  text: string;
}

/** Each text that uses an internal word, as "path: word in “text”". */
function internalWordsIn(texts: readonly ReaderText[]): string[] {
  return texts.flatMap(({ path, text }) =>
    INTERNAL_WORDS.flatMap((word) => {
      const found = word.exec(text);
      return found ? [`${path}: “${found[0]}” in “${text}”`] : [];
    }),
  );
}

const english: ReaderText[] = textFields(structuredClone(realDataset)).map(({ key, english: text }) => ({
  path: key,
  text,
}));
const spanish: ReaderText[] = Object.entries(parseDatasetTexts(rawTexts).texts).map(([key, entry]) => ({
  path: `es:${key}`,
  text: entry.es,
}));
const versionSummaries: ReaderText[] = rawVersions.versions.map((version) => ({
  path: `versions/${version.id}/summary`,
  text: version.summary,
}));

describe('reader-facing text uses no internal vocabulary', () => {
  it('reads every kind of text it is meant to check', () => {
    expect(english.length).toBeGreaterThan(200);
    // The Spanish file holds the dataset's texts and each version's summary (`versions/<id>/summary`).
    expect(spanish.length).toBe(english.length + versionSummaries.length);
    expect(versionSummaries.length).toBeGreaterThan(0);
    expect(english.map((t) => t.path)).toContain('groups/cjng/aliases/0/note');
  });

  it('the English dataset texts', () => {
    expect(internalWordsIn(english)).toEqual([]);
  });

  it('the Spanish dataset texts (public/data/hstf.es.json)', () => {
    expect(internalWordsIn(spanish)).toEqual([]);
  });

  it('the data versions’ summaries (public/data/versions.json)', () => {
    expect(internalWordsIn(versionSummaries)).toEqual([]);
  });

  it('names the entry and the word it finds, and leaves ids and ordinary words alone', () => {
    expect(
      internalWordsIn([
        { path: 'groups/cjng/aliases/0/note', text: "The seed's misspelling" },
        { path: 'es:events/x/note', text: 'Según la segunda revisión del artículo de partida' },
        { path: 'sources/seed-preview/note', text: 'Seeded fields, seeds and a seedy bar' },
      ]),
    ).toEqual([
      "groups/cjng/aliases/0/note: “seed” in “The seed's misspelling”",
      'es:events/x/note: “artículo de partida” in “Según la segunda revisión del artículo de partida”',
      'es:events/x/note: “segunda revisión” in “Según la segunda revisión del artículo de partida”',
    ]);
  });
});
