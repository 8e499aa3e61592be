import * as z from 'zod/mini';

import { problemText } from '../i18n/en/problems';
import { describeIssue, PARSE_OPTIONS } from './describe-issue';
import type { Dataset } from './schema';

/**
 * The dataset's reader-facing text in another language, kept apart from the dataset
 * (`public/data/hstf.<lang>.json`) so corrections to the data never wait on a
 * translation and the English file stays the record. Each entry is keyed by the id path
 * of the text it translates and carries the English it was written from: a text is
 * used only while its English is unchanged, so a corrected figure note can never show
 * a stale translation (the English shows instead, and `tests/dataset-texts.test.ts`
 * fails until the Spanish is updated). Names, publishers, source titles, the numbers as
 * stated and quotes are not translated: they stay in their own language, marked up.
 */

const text = z.string().check(z.trim(), z.minLength(1));

const datasetTextsSchema = z.strictObject({
  language: z.literal('es'),
  texts: z.record(
    z.string(),
    z.strictObject({
      /** The English the translation was written from. */
      en: text,
      es: text,
    }),
  ),
});

type DatasetTexts = z.infer<typeof datasetTextsSchema>;

/** One translatable text of the dataset: its key, its English, and how to replace it. */
interface TextField {
  key: string;
  english: string;
  /** Writes the translation into the (copied) dataset the field was read from. */
  set: (text: string) => void;
}

type Holder = Record<string, unknown>;

function field(fields: TextField[], key: string, holder: Holder, name: string): void {
  const value = holder[name];
  if (typeof value === 'string') fields.push({ key, english: value, set: (t) => (holder[name] = t) });
}

function each<T extends { id: string }>(
  fields: TextField[],
  collection: string,
  items: readonly T[],
  names: readonly (keyof T & string)[],
  nested?: (item: T, prefix: string) => void,
): void {
  for (const item of items) {
    const prefix = `${collection}/${item.id}`;
    for (const name of names) field(fields, `${prefix}/${name}`, item as unknown as Holder, name);
    nested?.(item, prefix);
  }
}

/**
 * Every reader-facing text of a dataset, by key: `events/<id>/summary`,
 * `people/<id>/changes/<n>/description`. Writing through `set` changes `dataset` itself,
 * so localising works on a copy.
 */
export function textFields(dataset: Dataset): TextField[] {
  const fields: TextField[] = [];
  field(fields, 'title', dataset as unknown as Holder, 'title');
  each(fields, 'categories', dataset.categories, ['label']);
  each(fields, 'agencies', dataset.agencies, ['name', 'shortName']);
  each(fields, 'periods', dataset.periods, ['label', 'note']);
  each(fields, 'metrics', dataset.metrics, ['label', 'note']);
  each(fields, 'sources', dataset.sources, ['dateNote', 'note']);
  each(fields, 'reports', dataset.reports, ['title', 'madeBy', 'dateNote', 'note']);
  each(fields, 'figures', dataset.figures, ['saidBy', 'caveat', 'note']);
  each(fields, 'events', dataset.events, ['title', 'summary', 'dateNote', 'note']);
  each(
    fields,
    'people',
    dataset.people,
    ['role', 'organisation', 'appearanceNote', 'note'],
    (person, prefix) => {
      if (person.secondaryTitle)
        field(fields, `${prefix}/secondaryTitle`, person.secondaryTitle as unknown as Holder, 'title');
      person.changes.forEach((change, i) =>
        field(fields, `${prefix}/changes/${i}/description`, change as unknown as Holder, 'description'),
      );
      person.quotes.forEach((quote, i) =>
        field(fields, `${prefix}/quotes/${i}/context`, quote as unknown as Holder, 'context'),
      );
    },
  );
  each(fields, 'groups', dataset.groups, ['note'], (group, prefix) => {
    group.aliases.forEach((alias, i) =>
      field(fields, `${prefix}/aliases/${i}/note`, alias as unknown as Holder, 'note'),
    );
    group.mentions.forEach((mention, i) =>
      field(fields, `${prefix}/mentions/${i}/context`, mention as unknown as Holder, 'context'),
    );
  });
  return fields;
}

/** A copy of the dataset with each text whose English still matches replaced by its translation. */
export function localiseDataset(dataset: Dataset, texts: DatasetTexts): Dataset {
  const copy = structuredClone(dataset);
  for (const { key, english, set } of textFields(copy)) {
    const entry = texts.texts[key];
    if (entry && entry.en === english) set(entry.es);
  }
  return copy;
}

/**
 * The key of a data version's one-line summary (`data/versions.json`, in English) in a texts
 * file: `npm run data:publish` writes the Spanish there with the English it translates.
 */
export const versionSummaryKey = (id: string) => `versions/${id}/summary`;

/** A version's summary in the texts' language, while its English is the one translated. */
export function localiseSummary(version: { id: string; summary: string }, texts: DatasetTexts): string {
  const entry = texts.texts[versionSummaryKey(version.id)];
  return entry && entry.en === version.summary ? entry.es : version.summary;
}

const datasetTextsPath = (language: DatasetTexts['language']) => `data/hstf.${language}.json`;

/** Parses a texts file; throws with the first invalid paths, like the dataset's parser. */
export function parseDatasetTexts(json: unknown): DatasetTexts {
  const result = datasetTextsSchema.safeParse(json, PARSE_OPTIONS);
  if (!result.success) {
    const first = result.error.issues
      .slice(0, 3)
      .map(describeIssue)
      .map(({ path, problem }) => `${path}: ${problemText(problem)}`)
      .join('; ');
    throw new Error(`Invalid dataset texts: ${first}`);
  }
  return result.data;
}

/** Fetches and validates a language's texts file. */
export async function fetchDatasetTexts(language: DatasetTexts['language'], signal?: AbortSignal) {
  const url = new URL(`${import.meta.env.BASE_URL}${datasetTextsPath(language)}`, document.baseURI).href;
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${datasetTextsPath(language)}: ${response.status}`);
  return parseDatasetTexts(await response.json());
}
