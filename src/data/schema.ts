import * as z from 'zod/mini';

import { SLUG_PATTERN, VERSION_ID_PATTERN } from './describe-issue';
import { EVENT_TYPE_IDS } from './event-types';

/**
 * The one definition of the dataset's shape. Every TypeScript type the app
 * uses for the data is inferred from here, and `public/data/hstf.json` is
 * parsed with it once, inside the query function (see `hstf-query.ts`).
 */

// zod/mini ships no messages, and needs none: an invalid path is described from the issue's
// own fields (`describe-issue.ts`) in the reader's language (`i18n/*/problems.ts`).

/** Ids appear in shared links (`focus=…`), so they are stable kebab-case slugs. */
export const slug = z.string().check(z.regex(SLUG_PATTERN));

/** A calendar date, `YYYY-MM-DD`. Month-precision items still store a full date
 * (the first of the month) but must never be shown as that day; see `datePrecision`. */
export const isoDate = z.iso.date();

export const datePrecision = z.enum(['day', 'month']);

/** For month precision: which part of the month ("late Aug 2025"). */
export const monthPart = z.enum(['early', 'mid', 'late']);

/** How well a record is supported; carried over from the research notes. */
const supportLevel = z.enum(['primary', 'reported', 'secondary', 'disputed']);

const sourceKind = z.enum([
  'news-report',
  'official-statement',
  'transcript',
  'secondary-summary',
  'document',
]);

export const eventType = z.enum(EVENT_TYPE_IDS);

/**
 * The source's own qualifier of a number; the app never drops it. `none`: the source states the
 * number with no qualifier ("$3 million", "641"), which says nothing about its precision; no value
 * claims a figure is exact.
 */
export const qualifier = z.enum([
  'none',
  'more-than',
  'over',
  'approximately',
  'about',
  /** The source's qualifier is not recorded or is ambiguous ("approximately" may govern it): see the note. */
  'unknown',
]);

/** A published data version: its review date, with a suffix when two versions share a day. */
export const versionId = z.string().check(z.regex(VERSION_ID_PATTERN));

/** The schema this code reads; older files are migrated up to it (see `migrate.ts`). */
export const SCHEMA_VERSION = 3;

export const unit = z.enum([
  'people',
  'pills',
  'metric-tons',
  /** "tons" with no further word in the source: shown as stated, never converted silently. */
  'tons',
  'kg',
  'pounds',
  'firearms',
  'usd',
  'operations',
  'indictments',
  'weapons-caches',
  'victims',
  'percent',
]);

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

function nonEmptyArray<T extends z.ZodMiniType>(item: T) {
  return z.array(item).check(z.minLength(1));
}

const sourceSchema = z.strictObject({
  id: slug,
  publisher: nonEmpty,
  title: nonEmpty,
  date: isoDate,
  datePrecision,
  /** Doubt about the date, e.g. "22 or 23 Oct 2025 (not certain)". */
  dateNote: z.optional(nonEmpty),
  /** Full address when it is known. */
  url: z.optional(z.url({ protocol: /^https$/ })),
  /** Only part of the address was recorded; shown as text, never linked. */
  partialAddress: z.optional(nonEmpty),
  kind: sourceKind,
  language: z._default(z.enum(['en', 'es']), 'en'),
  note: z.optional(nonEmpty),
});

const categorySchema = z.strictObject({
  id: slug,
  label: nonEmpty,
  /** Outcome categories appear in the category filter (`category=`). */
  outcome: z.boolean(),
});

const periodSchema = z.strictObject({
  id: slug,
  label: nonEmpty,
  from: isoDate,
  to: isoDate,
  /** The bounds are the best available reading, not stated exactly by every report. */
  approximate: z.boolean(),
  note: z.optional(nonEmpty),
});

const metricSchema = z.strictObject({
  id: slug,
  label: nonEmpty,
  category: slug,
  /** Shown as a headline card (arrests, fentanyl pills, narcotics, firearms, currency). */
  headline: z.boolean(),
  note: z.optional(nonEmpty),
});

const agencySchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  shortName: nonEmpty,
  parentId: z.optional(slug),
});

const reportSchema = z.strictObject({
  id: slug,
  title: nonEmpty,
  date: isoDate,
  datePrecision,
  dateNote: z.optional(nonEmpty),
  /** Who made the statement, in words ("DHS statistics", "Unnamed sources cited in the preview"). */
  madeBy: nonEmpty,
  personIds: z.array(slug),
  agencyIds: z.array(slug),
  periodId: z.optional(slug),
  sourceIds: nonEmptyArray(slug),
  support: supportLevel,
  note: z.optional(nonEmpty),
});

const quoteSchema = z.strictObject({
  text: nonEmpty,
  /** false when the source paraphrases or only the research notes' wording is available. */
  verbatim: z.boolean(),
  language: z._default(z.enum(['en', 'es']), 'en'),
});

const figureSchema = z.strictObject({
  id: slug,
  metricId: slug,
  category: slug,
  value: z.number().check(z.nonnegative()),
  unit,
  qualifier,
  /** The number as the source words it: "more than 3,000 and counting", "approximately two million". */
  statedAs: nonEmpty,
  quote: quoteSchema,
  /** Who said it, in words; `personId` when it is one person in the dataset. */
  saidBy: nonEmpty,
  /**
   * `reported`: `saidBy` names the outlet that reported the figure, not who made the claim (the
   * source does not name them); shown as "Reported by …". Absent: `saidBy` made the claim.
   */
  attribution: z.optional(z.enum(['reported'])),
  /**
   * A short, reader-facing warning that the figure may count something besides its metric, in
   * the source's terms ("worded as arrests and seizures"); shown on the figure wherever it appears.
   */
  caveat: z.optional(nonEmpty),
  personId: z.optional(slug),
  reportId: slug,
  periodId: z.optional(slug),
  /** A named group the figure is about (arrests by affiliated group). */
  groupId: z.optional(slug),
  sourceIds: nonEmptyArray(slug),
  support: supportLevel,
  note: z.optional(nonEmpty),
});

const eventSchema = z.strictObject({
  id: slug,
  date: isoDate,
  datePrecision,
  monthPart: z.optional(monthPart),
  dateNote: z.optional(nonEmpty),
  type: eventType,
  title: nonEmpty,
  summary: nonEmpty,
  agencyIds: z.array(slug),
  categories: z.array(slug),
  sourceIds: nonEmptyArray(slug),
  support: supportLevel,
  /** A report event links to the figures it carries. */
  reportId: z.optional(slug),
  note: z.optional(nonEmpty),
});

const personQuoteSchema = z.strictObject({
  text: nonEmpty,
  /** Quotes stay in the language they were said in, marked up with it. */
  language: z._default(z.enum(['en', 'es']), 'en'),
  date: isoDate,
  datePrecision,
  sourceIds: nonEmptyArray(slug),
  context: z.optional(nonEmpty),
  /** Doubt about when the words were said, e.g. two copies word the statement differently. */
  dateNote: z.optional(nonEmpty),
});

const roleChangeSchema = z.strictObject({
  date: isoDate,
  datePrecision,
  description: nonEmpty,
  sourceIds: nonEmptyArray(slug),
  support: supportLevel,
});

const personSchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  /** Role as of the roundtable, 23 Oct 2025. */
  role: nonEmpty,
  /** A second official title, e.g. "Secretary of War" (secondary title since 5 Sep 2025). */
  secondaryTitle: z.optional(
    z.strictObject({
      title: nonEmpty,
      since: isoDate,
      sourceIds: nonEmptyArray(slug),
    }),
  ),
  organisation: nonEmpty,
  /** Absent for representatives of non-government associations. */
  agencyId: z.optional(slug),
  group: z.enum(['official', 'association']),
  appearance: nonEmptyArray(z.enum(['host', 'attendee', 'quoted'])),
  appearanceNote: z.optional(nonEmpty),
  quotes: z.array(personQuoteSchema),
  changes: z.array(roleChangeSchema),
  sourceIds: nonEmptyArray(slug),
  support: supportLevel,
  note: z.optional(nonEmpty),
});

const groupSchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  aliases: z.array(
    z.strictObject({
      text: nonEmpty,
      note: z.optional(nonEmpty),
    }),
  ),
  mentions: nonEmptyArray(
    z.strictObject({
      sourceIds: nonEmptyArray(slug),
      context: nonEmpty,
    }),
  ),
  note: z.optional(nonEmpty),
});

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** This file's id in `data/versions.json`; `v=<id>` in a link pins it. */
  version: versionId,
  reviewedOn: isoDate,
  title: nonEmpty,
  categories: nonEmptyArray(categorySchema),
  agencies: nonEmptyArray(agencySchema),
  sources: nonEmptyArray(sourceSchema),
  periods: nonEmptyArray(periodSchema),
  metrics: nonEmptyArray(metricSchema),
  reports: nonEmptyArray(reportSchema),
  figures: nonEmptyArray(figureSchema),
  events: nonEmptyArray(eventSchema),
  people: nonEmptyArray(personSchema),
  groups: z.array(groupSchema),
  /** Renamed ids: old id → current id, so links naming the old id keep working. */
  aliases: z.record(slug, slug),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Period = z.infer<typeof periodSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type Report = z.infer<typeof reportSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type HstfEvent = z.infer<typeof eventSchema>;
export type Person = z.infer<typeof personSchema>;
export type NamedGroup = z.infer<typeof groupSchema>;
export type SupportLevel = z.infer<typeof supportLevel>;
export type Qualifier = z.infer<typeof qualifier>;
export type Unit = z.infer<typeof unit>;
export type EventType = z.infer<typeof eventType>;
export type DatePrecision = z.infer<typeof datePrecision>;
export type MonthPart = z.infer<typeof monthPart>;
