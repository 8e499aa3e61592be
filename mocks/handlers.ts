import { delay, http, HttpResponse } from 'msw';

import realDataset from '../public/data/hstf.json';
import spanishTexts from '../public/data/hstf.es.json';
import versionList from '../public/data/versions.json';

/** Any origin, any base folder: the app fetches `data/hstf.json` relative to its base URL. */
export const DATASET_URL = '*/data/hstf.json';

/** A copy of the real dataset with one field made invalid: `figures[3].value` becomes text. */
export function schemaInvalidDataset(): Record<string, unknown> {
  const copy = structuredClone(realDataset) as { figures: Record<string, unknown>[] };
  const figure = copy.figures[3];
  if (figure) figure.value = 'about three thousand';
  return copy;
}

/**
 * A copy of the real dataset whose shape is right but whose first figure cites a report that
 * does not exist: only the integrity check can catch it.
 */
export function danglingReferenceDataset(): Record<string, unknown> {
  const copy = structuredClone(realDataset) as { figures: Record<string, unknown>[] };
  const figure = copy.figures[0];
  if (figure) figure.reportId = 'no-such-report';
  return copy;
}

export const datasetHandlers = {
  ok: http.get(DATASET_URL, () => HttpResponse.json(realDataset)),
  notFound: http.get(
    DATASET_URL,
    () => new HttpResponse('Not found', { status: 404, statusText: 'Not Found' }),
  ),
  serverError: http.get(
    DATASET_URL,
    () => new HttpResponse('Server error', { status: 500, statusText: 'Internal Server Error' }),
  ),
  networkError: http.get(DATASET_URL, () => HttpResponse.error()),
  malformed: http.get(
    DATASET_URL,
    () =>
      new HttpResponse('{"schemaVersion": 1, "figures": [', {
        headers: { 'Content-Type': 'application/json' },
      }),
  ),
  invalid: http.get(DATASET_URL, () => HttpResponse.json(schemaInvalidDataset())),
  danglingReference: http.get(DATASET_URL, () => HttpResponse.json(danglingReferenceDataset())),
  empty: http.get(
    DATASET_URL,
    () => new HttpResponse('', { headers: { 'Content-Type': 'application/json' } }),
  ),
  slow: http.get(DATASET_URL, async () => {
    await delay(400);
    return HttpResponse.json(realDataset);
  }),
};

/** Every published version, as `public/data/archive/` serves them (`npm run data:publish` adds them). */
const archives: Record<string, unknown> = Object.fromEntries(
  Object.entries(import.meta.glob('../public/data/archive/*.json', { eager: true, import: 'default' })).map(
    ([path, data]) => [path.replace(/^.*\/|\.json$/g, ''), data],
  ),
);

export const versionHandlers = [
  http.get('*/data/versions.json', () => HttpResponse.json(versionList)),
  http.get('*/data/archive/:file', ({ params }) => {
    const archive = archives[String(params.file).replace(/\.json$/, '')];
    return archive ? HttpResponse.json(archive) : new HttpResponse('Not found', { status: 404 });
  }),
];

/** The dataset's Spanish text, fetched only for `lang=es`. */
export const DATASET_TEXTS_URL = '*/data/hstf.es.json';

export const datasetTextsHandlers = {
  ok: http.get(DATASET_TEXTS_URL, () => HttpResponse.json(spanishTexts)),
  notFound: http.get(DATASET_TEXTS_URL, () => new HttpResponse('Not found', { status: 404 })),
};

export const handlers = [datasetHandlers.ok, datasetTextsHandlers.ok, ...versionHandlers];
