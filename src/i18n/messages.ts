import { enCore, type CoreMessages, type Widen } from './en/core';
import { enSections } from './en/sections';

export type { CoreMessages };

/**
 * Every piece of interface text, in English: the core (`en/core.ts`, in the first screen's
 * script) and the sections below it (`en/sections.ts`, a chunk loaded with them). Other
 * languages (`es/`) are objects of the same `Messages` type, each in a chunk of its own;
 * components never hold user-facing literals of their own. Dataset text comes from the
 * dataset (Spanish: `data/hstf.es.json`). App code imports `enCore`, never this whole object.
 */
export const en = { ...enCore, ...enSections };

/** The text of the sections below the first screen. */
type SectionMessages = Widen<typeof enSections>;

/** The shape every interface language implements. */
export type Messages = CoreMessages & SectionMessages;
