import { citing, footer } from './citing';
import { exportFiles } from './exports';
import { itemPage } from './item-page';
import { embed, figureDetail, kpiHistory, moreFilters, prerendered } from './later';
import { notice } from './notice';
import { outcomes } from './outcomes';
import { people } from './people';
import { sources } from './sources';
import { timeline } from './timeline';
import { versions } from './versions';

/**
 * The text of the sections below the first screen (English): a chunk of its own, loaded
 * with those sections (`useSectionMessages`), so the first screen's script does not carry it.
 */
export const enSections = {
  outcomes,
  sources,
  timeline,
  people,
  versions,
  notice,
  exports: exportFiles,
  kpiHistory,
  prerendered,
  moreFilters,
  embed,
  figureDetail,
  citing,
  footer,
  itemPage,
} as const;
