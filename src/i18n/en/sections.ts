import { outcomes } from './outcomes';
import { people } from './people';
import { sources } from './sources';
import { timeline } from './timeline';

/**
 * The text of the sections below the first screen (English): a chunk of its own, loaded
 * with those sections (`useSectionMessages`), so the first screen's script does not carry it.
 */
export const enSections = { outcomes, sources, timeline, people } as const;
