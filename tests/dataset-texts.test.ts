import rawTexts from '../public/data/hstf.es.json';
import rawVersions from '../public/data/versions.json';
import {
  localiseDataset,
  localiseSummary,
  parseDatasetTexts,
  textFields,
  versionSummaryKey,
} from '../src/data/dataset-texts';
import { datasetSchema } from '../src/data/schema';
import { realDataset } from './real-dataset';

/**
 * The dataset's Spanish text (`public/data/hstf.es.json`). A missing or stale translation
 * fails here, not on the page (which would show the English). To fix a failure, add or
 * update the entry named in the message: `en` is the English it translates, `es` the Spanish.
 */
const texts = parseDatasetTexts(rawTexts);
const fields = textFields(structuredClone(realDataset));
const { versions } = rawVersions;

describe('the dataset’s Spanish text', () => {
  it('has a Spanish text for every reader-facing text of the dataset', () => {
    const missing = fields
      .filter((field) => !texts.texts[field.key])
      .map((field) => `${field.key}: ${field.english}`);
    expect(missing, 'texts with no Spanish entry in public/data/hstf.es.json').toEqual([]);
  });

  it('was written from the English the dataset has now', () => {
    const stale = fields
      .filter((field) => {
        const entry = texts.texts[field.key];
        return entry !== undefined && entry.en !== field.english;
      })
      .map((field) => `${field.key}: the English is now “${field.english}”`);
    expect(stale, 'Spanish written from English that has since changed: update `en` and `es`').toEqual([]);
  });

  it('has no entry for a text the dataset no longer has', () => {
    const keys = new Set([
      ...fields.map((field) => field.key),
      ...versions.map((v) => versionSummaryKey(v.id)),
    ]);
    expect(Object.keys(texts.texts).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('has each data version’s summary in Spanish, written from its English in versions.json', () => {
    const stale = versions
      .filter((version) => texts.texts[versionSummaryKey(version.id)]?.en !== version.summary)
      .map((version) => version.id);
    expect(stale, 'versions whose summary has no current Spanish in public/data/hstf.es.json').toEqual([]);
    const newest = versions.at(-1)!;
    expect(localiseSummary(newest, texts)).toBe(texts.texts[versionSummaryKey(newest.id)]?.es);
    expect(localiseSummary({ ...newest, summary: 'A corrected summary.' }, texts)).toBe(
      'A corrected summary.',
    );
  });

  it('keeps the source’s qualifier: a quoted “more than” or “over” is glossed as “más de”', () => {
    for (const entry of Object.values(texts.texts)) {
      for (const [, number] of entry.en.matchAll(/"(?:more than|over) ([\d,.]+)"/g)) {
        expect(entry.es, entry.en).toContain(`más de ${number}`);
      }
    }
  });

  it('localises a copy: the shape, ids, numbers, names and quotes are untouched', () => {
    const spanish = localiseDataset(realDataset, texts);
    expect(datasetSchema.safeParse(spanish).success).toBe(true);
    expect(spanish.categories.find((c) => c.id === 'arrests')?.label).toBe('Arrestos');
    expect(spanish.events.find((e) => e.id === 'hstf-roundtable')?.title).toBe(
      'Mesa redonda de la Casa Blanca sobre las Fuerzas de Tarea de Seguridad Nacional',
    );
    expect(realDataset.categories.find((c) => c.id === 'arrests')?.label).toBe('Arrests');
    expect(spanish.figures.map((f) => [f.id, f.value, f.unit, f.qualifier, f.statedAs, f.quote])).toEqual(
      realDataset.figures.map((f) => [f.id, f.value, f.unit, f.qualifier, f.statedAs, f.quote]),
    );
    expect(spanish.people.map((p) => [p.id, p.name, p.quotes.map((q) => q.text)])).toEqual(
      realDataset.people.map((p) => [p.id, p.name, p.quotes.map((q) => q.text)]),
    );
    expect(spanish.sources.map((s) => [s.id, s.publisher, s.title])).toEqual(
      realDataset.sources.map((s) => [s.id, s.publisher, s.title]),
    );
  });

  it('shows the English, not a stale translation, for a text changed since it was translated', () => {
    const corrected = structuredClone(realDataset);
    const event = corrected.events.find((e) => e.id === 'hstf-roundtable');
    if (!event) throw new Error('hstf-roundtable is missing');
    event.title = 'A corrected title';
    const spanish = localiseDataset(corrected, texts);
    expect(spanish.events.find((e) => e.id === 'hstf-roundtable')?.title).toBe('A corrected title');
  });
});
