import { useQuery } from '@tanstack/react-query';

import { datasetTextsQueryOptions } from '../../data/dataset-texts-query';
import type { Dataset } from '../../data/schema';
import type { DataVersion } from '../../data/versions';
import { useMessages } from '../../i18n/i18n';

const asIs = (dataset: Dataset) => dataset;

/**
 * Puts another version of the dataset in the reader's language, as the page's own
 * dataset is, so two versions are compared text for text: a translated text is not a
 * change, while a text whose English changed (shown in English) still is. The texts
 * are already loaded (the page waited for them); English readers get the data as is.
 */
export function useDatasetLocaliser(): (dataset: Dataset) => Dataset {
  const m = useMessages();
  const translated = m.lang === 'es';
  const texts = useQuery({ ...datasetTextsQueryOptions('es'), enabled: translated });
  return translated && texts.data ? texts.data.localise : asIs;
}

const summaryAsIs = (version: DataVersion) => version.summary;

/** A data version's one-line summary in the reader's language (English while no translation matches). */
export function useVersionSummary(): (version: DataVersion) => string {
  const m = useMessages();
  const translated = m.lang === 'es';
  const texts = useQuery({ ...datasetTextsQueryOptions('es'), enabled: translated });
  return translated && texts.data ? texts.data.summary : summaryAsIs;
}
