import { canonicalAgencies } from '../data/agencies';
import { isCalendarDate } from '../data/calendar-date';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/language';
import { migrateLink } from './link-migrations';
import {
  CHART_IDS,
  DEFAULT_VIEW_STATE,
  EVENT_TYPES,
  MAX_QUERY_LENGTH,
  PANEL_IDS,
  SOURCE_SORTS,
  type IgnoredInput,
  type ViewState,
  type Vocabulary,
} from './view-state';

/**
 * The URL contract (docs/architecture.md): every parameter of the view state is declared
 * once here, parsed with a fallback, canonicalised and serialised. No section keeps its own
 * copy of filter state; they all read `ViewState` and write through `navigate`.
 */

type ParseResult<T> = { value: T; ignored: IgnoredInput[] };

interface ParamSpec<K extends keyof ViewState> {
  parse(raw: string, vocabulary: Vocabulary, key: K): ParseResult<ViewState[K]>;
  serialise(value: ViewState[K], vocabulary: Vocabulary): string | null;
}

/** The ids of a comma-separated list that `known` holds (any case, spaces ignored), and the pieces it does not. */
function idList(
  raw: string,
  known: readonly string[],
  key: string,
): { wanted: Set<string>; ignored: IgnoredInput[] } {
  const wanted = new Set<string>();
  const ignored: IgnoredInput[] = [];
  for (const piece of raw.split(',')) {
    const id = piece.trim().toLowerCase();
    if (id === '') continue;
    if (known.includes(id)) wanted.add(id);
    else ignored.push({ key, value: piece, reason: 'unknown-value' });
  }
  return { wanted, ignored };
}

function listParam<T extends string>(
  allowed: (vocabulary: Vocabulary) => readonly T[],
): ParamSpec<'category' | 'agency' | 'type'> {
  return {
    parse(raw, vocabulary, key) {
      const known = allowed(vocabulary);
      if (raw.trim() === '') return { value: [], ignored: [] };
      const { wanted, ignored } = idList(raw, known, key);
      // Nothing usable left: fall back to the default rather than to "none selected".
      // Every value listed is the default too, said the long way: it collapses to absent.
      if (wanted.size === 0 || wanted.size === known.length) return { value: null, ignored };
      return { value: known.filter((id) => wanted.has(id)), ignored };
    },
    serialise(value, vocabulary) {
      if (value === null) return null;
      // Dataset order, however the list was built, so equal views get equal links.
      const known = allowed(vocabulary);
      const kept = known.filter((id) => (value as readonly string[]).includes(id));
      return kept.length === known.length ? null : kept.join(',');
    },
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const dateParam: ParamSpec<'from' | 'to'> = {
  parse(raw, _vocabulary, key) {
    const text = raw.trim();
    if (isCalendarDate(text)) return { value: text, ignored: [] };
    return { value: null, ignored: [{ key, value: raw, reason: 'invalid-date' }] };
  },
  serialise: (value) => value,
};

const agencyList = listParam((v) => v.agencies);

/** An agency list in canonical form: a parent covers its components, so it is written once. */
const agencyParam: ParamSpec<'agency'> = {
  parse(raw, vocabulary, key) {
    const { value, ignored } = agencyList.parse(raw, vocabulary, key);
    return { value: canonicalAgencies(vocabulary.agencyParents, vocabulary.agencies, value), ignored };
  },
  serialise: (value, vocabulary) =>
    agencyList.serialise(canonicalAgencies(vocabulary.agencyParents, vocabulary.agencies, value), vocabulary),
};

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
      const chars = Array.from(cleaned);
      const value = chars.length <= MAX_QUERY_LENGTH ? cleaned : chars.slice(0, MAX_QUERY_LENGTH).join('');
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
    serialise: (value, vocabulary) => (value === null || value === vocabulary.metrics[0] ? null : value),
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

/** Canonical parameter order, as the contract lists them. */
export const PARAM_ORDER = Object.keys(PARAMS) as (keyof ViewState)[];

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
