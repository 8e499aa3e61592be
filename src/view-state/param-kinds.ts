import { canonicalAgencies } from '../data/agencies';
import { isCalendarDate } from '../data/calendar-date';
import type { IgnoredInput, ViewState, Vocabulary } from './view-state';

/**
 * The kinds of parameter the URL contract is made of (view-state.ts declares each one): a
 * comma-separated list of ids, a date, the agencies. Each parses with a fallback and
 * reports what it ignored.
 */

type ParseResult<T> = { value: T; ignored: IgnoredInput[] };

export interface ParamSpec<K extends keyof ViewState> {
  parse(raw: string, vocabulary: Vocabulary, key: K): ParseResult<ViewState[K]>;
  serialise(value: ViewState[K], vocabulary: Vocabulary): string | null;
}

/** The ids of a comma-separated list that `known` holds (any case, spaces ignored), and the pieces it does not. */
export function idList(
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

export function listParam<T extends string>(
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

export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const dateParam: ParamSpec<'from' | 'to'> = {
  parse(raw, _vocabulary, key) {
    const text = raw.trim();
    if (isCalendarDate(text)) return { value: text, ignored: [] };
    return { value: null, ignored: [{ key, value: raw, reason: 'invalid-date' }] };
  },
  serialise: (value) => value,
};

const agencyList = listParam((v) => v.agencies);

/** An agency list in canonical form: a parent covers its components, so it is written once. */
export const agencyParam: ParamSpec<'agency'> = {
  parse(raw, vocabulary, key) {
    const { value, ignored } = agencyList.parse(raw, vocabulary, key);
    return { value: canonicalAgencies(vocabulary.agencyParents, vocabulary.agencies, value), ignored };
  },
  serialise: (value, vocabulary) =>
    agencyList.serialise(canonicalAgencies(vocabulary.agencyParents, vocabulary.agencies, value), vocabulary),
};
