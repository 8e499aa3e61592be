import { queryOptions } from '@tanstack/react-query';

import type { Dataset } from './schema';

/** Turns the dataset into its text in one language. */
interface Localiser {
  localise: (dataset: Dataset) => Dataset;
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
      const { fetchDatasetTexts, localiseDataset } = await import('./dataset-texts');
      const texts = await fetchDatasetTexts(language, signal);
      return { localise: (dataset) => localiseDataset(dataset, texts) };
    },
    staleTime: Infinity,
    retry: false,
  });
}
