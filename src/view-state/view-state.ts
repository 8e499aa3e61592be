import { oncePer } from '../lib/cached';
import { agencyParentsOf, type AgencyParents } from '../data/agencies';
import { EVENT_TYPE_IDS } from '../data/event-types';
import type { Dataset, EventType } from '../data/schema';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';

/**
 * The view state: everything a link can ask for (filters, focus, open panels, language), its
 * defaults, and the vocabulary of ids a dataset allows. How it is read from and written to
 * the address is the URL contract (url-contract.ts, docs/architecture.md).
 */
/** Charts that have a table alternative (`table=`). Part of the public URL interface. */
export const CHART_IDS = [
  'reported-change',
  'arrests-by-group',
  'drugs-seized',
  'narcotics-disagreement',
  'timeline',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

/** Panels that can be shown alone (`embed=`). Part of the public URL interface. */
export const PANEL_IDS = ['kpis', 'outcomes', 'timeline', 'people', 'sources', 'versions'] as const;

export type PanelId = (typeof PANEL_IDS)[number];

export const EVENT_TYPES: readonly EventType[] = EVENT_TYPE_IDS;

export const MAX_QUERY_LENGTH = 100;

/**
 * Orders of the sources table (`sort=`): a column, ascending, or with `-desc`. Absent is
 * the dataset's own order. Part of the public URL interface.
 */
export const SOURCE_SORTS = [
  'publisher',
  'publisher-desc',
  'date',
  'date-desc',
  'kind',
  'kind-desc',
] as const;

export type SourceSort = (typeof SOURCE_SORTS)[number];

export interface ViewState {
  /** `null`: parameter absent, so all; `[]`: present and empty, so none. */
  category: string[] | null;
  agency: string[] | null;
  type: EventType[] | null;
  from: string | null;
  to: string | null;
  q: string;
  focus: string | null;
  table: ChartId[];
  /**
   * The measure drawn in "How the reported figure changed" (`metric=`); `null` is the
   * dataset's first headline measure, so that default never appears in a link.
   */
  metric: string | null;
  /** Order of the sources table; `null` is the dataset's order. */
  sort: SourceSort | null;
  embed: PanelId | null;
  /** A pinned data version (`v=`); `null`: the latest data, whatever it is when the link is opened. */
  v: string | null;
  /** Interface language, and the language of the dataset's reader-facing text. */
  lang: Language;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  category: null,
  agency: null,
  type: null,
  from: null,
  to: null,
  q: '',
  focus: null,
  table: [],
  metric: null,
  sort: null,
  embed: null,
  v: null,
  lang: DEFAULT_LANGUAGE,
};

/** The ids a link may name, in dataset order (which is also canonical order). */
export interface Vocabulary {
  categories: readonly string[];
  agencies: readonly string[];
  focusIds: ReadonlySet<string>;
  /** Headline measures, in dataset order; the first is the default `metric`. */
  metrics: readonly string[];
  /** Which agency is part of which: `agency=doj` includes the FBI. */
  agencyParents: AgencyParents;
  /** Retired id → current id, so links naming a renamed id keep working. */
  aliases: ReadonlyMap<string, string>;
  /** Published data version ids (`v=`), oldest first. */
  versions: readonly string[];
}

/**
 * `versions`: the published version ids when known (`data/versions.json`); without them
 * only the version on screen can be named, which is all a link without `v` needs.
 */
export function vocabularyOf(dataset: Dataset, versions: readonly string[] = [dataset.version]): Vocabulary {
  return { ...datasetVocabulary(dataset), versions };
}

/** What the dataset alone decides, made once per dataset: every id in it, at 100× the data, takes tens of milliseconds. */
const datasetVocabulary = oncePer((dataset: Dataset): Omit<Vocabulary, 'versions'> => ({
  categories: dataset.categories.map((c) => c.id),
  agencies: dataset.agencies.map((a) => a.id),
  agencyParents: agencyParentsOf(dataset.agencies),
  aliases: new Map(Object.entries(dataset.aliases)),
  focusIds: new Set([
    ...dataset.people.map((p) => p.id),
    ...dataset.events.map((e) => e.id),
    ...dataset.figures.map((f) => f.id),
    ...dataset.sources.map((s) => s.id),
  ]),
  metrics: dataset.metrics.filter((m) => m.headline).map((m) => m.id),
}));

type IgnoreReason =
  | 'unknown-parameter'
  | 'repeated'
  | 'unknown-value'
  | 'invalid-date'
  | 'from-after-to'
  | 'truncated'
  | 'unknown-id'
  | 'unknown-version';

export interface IgnoredInput {
  key: string;
  /** The raw text, for display only; never interpreted as markup. */
  value: string;
  reason: IgnoreReason;
}

/** Number of active filters, for the filter bar (focus, table and embed are not filters). */
export function activeFilterCount(state: ViewState): number {
  return (
    (state.category !== null ? 1 : 0) +
    (state.agency !== null ? 1 : 0) +
    (state.type !== null ? 1 : 0) +
    (state.from !== null ? 1 : 0) +
    (state.to !== null ? 1 : 0) +
    (state.q.trim() !== '' ? 1 : 0)
  );
}

/** Clears the filters only: how charts and tables are shown (table, metric, sort) stays. */
export function clearFilters(state: ViewState): ViewState {
  return {
    ...DEFAULT_VIEW_STATE,
    table: state.table,
    metric: state.metric,
    sort: state.sort,
    embed: state.embed,
    v: state.v,
    lang: state.lang,
  };
}
