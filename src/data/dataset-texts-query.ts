import { queryOptions } from '@tanstack/react-query';

import type { Dataset } from './schema';
import type { DataVersion } from './versions';

/** Turns the dataset into its text in one language. */
interface Localiser {
  localise: (dataset: Dataset) => Dataset;
  /** A data version's one-line summary (`data/versions.json`). */
  summary: (version: DataVersion) => string;
}

/**
 * The one owner of the translated texts' query key. The code that reads and applies
 * them (`dataset-texts.ts`, with its schema) is fetched with them, so English readers
 * never download it.
 */
export function datasetTextsQueryOptions(language: 'es') {
  return queryOptions({
    queryKey: ['hstf-dataset-texts', language],
    queryFn: async ({ signal }): Promise<Localiser> => {
      const { fetchDatasetTexts, localiseDataset, localiseSummary } = await import('./dataset-texts');
      const texts = await fetchDatasetTexts(language, signal);
      return {
        localise: (dataset) => localiseDataset(dataset, texts),
        summary: (version) => localiseSummary(version, texts),
      };
    },
    staleTime: Infinity,
    retry: false,
  });
}
