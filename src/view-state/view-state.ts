import { oncePer } from '../lib/cached';
import { agencyParentsOf, type AgencyParents } from '../data/agencies';
import { EVENT_TYPE_IDS } from '../data/event-types';
import type { Dataset, EventType } from '../data/schema';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/language';
import { migrateLink } from './link-migrations';
import { PARAM_ORDER } from './param-order';
import { agencyParam, dateParam, idList, listParam, LONE_SURROGATE, type ParamSpec } from './param-kinds';

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

const PARAMS: { [K in keyof ViewState]: ParamSpec<K> } = {
  category: listParam((v) => v.categories) as ParamSpec<'category'>,
  agency: agencyParam,
  type: listParam(() => EVENT_TYPES) as ParamSpec<'type'>,
  from: dateParam as ParamSpec<'from'>,
  to: dateParam as ParamSpec<'to'>,
  q: {
    parse(raw, _vocabulary, key) {
      // Control characters have no place in a search and could confuse a reader of the notice;
      // lone surrogates would make encodeURIComponent throw when the link is written back.
      const cleaned = raw
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(LONE_SURROGATE, '\uFFFD');
      // Not trimmed: the search box writes every keystroke here, spaces between words included.
      const value = Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('');
      const ignored: IgnoredInput[] = value === cleaned ? [] : [{ key, value: raw, reason: 'truncated' }];
      // Only spaces searches for nothing: that is the default, so absent.
      return { value: value.trim() === '' ? '' : value, ignored };
    },
    serialise: (value) => (value.trim() === '' ? null : value),
  },
  focus: {
    parse(raw, vocabulary, key) {
      const id = raw.trim().toLowerCase();
      if (vocabulary.focusIds.has(id)) return { value: id, ignored: [] };
      return { value: null, ignored: [{ key, value: raw, reason: 'unknown-id' }] };
    },
    serialise: (value) => value,
  },
  table: {
    parse(raw, _vocabulary, key) {
      const { wanted, ignored } = idList(raw, CHART_IDS, key);
      return { value: CHART_IDS.filter((id) => wanted.has(id)), ignored };
    },
    serialise: (value) =>
      value.length === 0 ? null : CHART_IDS.filter((id) => value.includes(id)).join(','),
  },
  metric: {
    parse(raw, vocabulary, key) {
      const id = raw.trim().toLowerCase();
      if (!vocabulary.metrics.includes(id))
        return { value: null, ignored: [{ key, value: raw, reason: 'unknown-value' }] };
      // The default measure is written as absent, so equal views get equal links.
      return { value: id === vocabulary.metrics[0] ? null : id, ignored: [] };
    },
    serialise: (value, vocabulary) => (value === vocabulary.metrics[0] ? null : value),
  },
  sort: {
    parse(raw, _vocabulary, key) {
      const id = raw.trim().toLowerCase();
      const sort = SOURCE_SORTS.find((s) => s === id);
      if (sort) return { value: sort, ignored: [] };
      return { value: null, ignored: [{ key, value: raw, reason: 'unknown-value' }] };
    },
    serialise: (value) => value,
  },
  embed: {
    parse(raw, _vocabulary, key) {
      const id = raw.trim().toLowerCase();
      const panel = PANEL_IDS.find((p) => p === id);
      if (panel) return { value: panel, ignored: [] };
      return { value: null, ignored: [{ key, value: raw, reason: 'unknown-value' }] };
    },
    serialise: (value) => value,
  },
  v: {
    parse(raw, vocabulary, key) {
      const id = raw.trim().toLowerCase();
      if (vocabulary.versions.includes(id)) return { value: id, ignored: [] };
      return { value: null, ignored: [{ key, value: raw, reason: 'unknown-version' }] };
    },
    // Kept even when it names the newest version: a pinned link stays pinned.
    serialise: (value) => value,
  },
  lang: {
    parse(raw, _vocabulary, key) {
      const tag = raw.trim().toLowerCase();
      if (isLanguage(tag)) return { value: tag, ignored: [] };
      return { value: DEFAULT_LANGUAGE, ignored: [{ key, value: raw, reason: 'unknown-value' }] };
    },
    serialise: (value) => (value === DEFAULT_LANGUAGE ? null : value),
  },
};

export { PARAM_ORDER };

function isParamKey(key: string): key is keyof ViewState {
  return Object.hasOwn(PARAMS, key);
}

interface ParsedView {
  state: ViewState;
  ignored: IgnoredInput[];
}

/** Never throws: whatever the text, the result is a valid state and a list of what was dropped. */
export function parseViewState(search: string, vocabulary: Vocabulary): ParsedView {
  const params = new URLSearchParams(migrateLink(search, { aliases: vocabulary.aliases }));
  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  const ignored: IgnoredInput[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (!isParamKey(key)) {
      ignored.push({ key, value: raw, reason: 'unknown-parameter' });
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ key, value: raw, reason: 'repeated' });
      continue;
    }
    seen.add(key);
    const result = (PARAMS[key] as ParamSpec<typeof key>).parse(raw, vocabulary, key);
    (state as unknown as Record<string, unknown>)[key] = result.value;
    ignored.push(...result.ignored);
  }
  if (state.from !== null && state.to !== null && state.from > state.to) {
    ignored.push({ key: 'from', value: state.from, reason: 'from-after-to' });
    ignored.push({ key: 'to', value: state.to, reason: 'from-after-to' });
    state.from = null;
    state.to = null;
  }
  return { state, ignored };
}

function encodeValue(value: string): string {
  // Commas separate list values and are safe in a query string; keep them readable.
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(/%2C/gi, ',');
}

/** `?category=drugs&table=drugs-seized`, or `''` for the default view. */
export function serialiseViewState(state: ViewState, vocabulary: Vocabulary): string {
  const parts: string[] = [];
  for (const key of PARAM_ORDER) {
    const spec = PARAMS[key] as ParamSpec<typeof key>;
    const text = spec.serialise(state[key], vocabulary);
    if (text !== null) parts.push(`${key}=${encodeValue(text)}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

const NO_VOCABULARY: Vocabulary = {
  categories: [],
  agencies: [],
  metrics: [],
  focusIds: new Set(),
  agencyParents: new Map(),
  aliases: new Map(),
  versions: [],
};

/**
 * The language a link asks for, read before the dataset has loaded (the loading and
 * error states are in that language too). The same declaration as `parseViewState`'s,
 * so the two can never disagree; only the first `lang` counts, as there.
 */
export function languageOf(search: string): Language {
  const raw = new URLSearchParams(search).get('lang');
  return raw === null ? DEFAULT_LANGUAGE : PARAMS.lang.parse(raw, NO_VOCABULARY, 'lang').value;
}

/**
 * The same address in another language: every other parameter kept exactly as written,
 * `lang` last (its place in the canonical order), left out for the default language.
 */
export function searchWithLanguage(search: string, language: Language): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && part.split('=')[0] !== 'lang');
  const lang = PARAMS.lang.serialise(language, NO_VOCABULARY);
  if (lang !== null) kept.push(`lang=${lang}`);
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
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
