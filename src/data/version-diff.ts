import type { Dataset, Figure, HstfEvent, Person, Source } from './schema';

/**
 * What changed between two published data versions, computed from the archived files
 * themselves (never written by hand). Records are matched by id; an id the newer
 * version lists in `aliases` is matched to the id it was renamed to, so a rename is a
 * change, not a removal and an addition. Loaded lazily: only the versions panel and
 * the notice for an older version need it.
 */

export const DIFF_COLLECTIONS = ['figures', 'events', 'people', 'sources'] as const;
export type DiffCollection = (typeof DIFF_COLLECTIONS)[number];

interface RecordOf {
  figures: Figure;
  events: HstfEvent;
  people: Person;
  sources: Source;
}

export type ItemChange<T> =
  | { kind: 'added'; id: string; after: T }
  | { kind: 'removed'; id: string; before: T }
  /** `fields`: the record's top-level keys whose content differs (in the newer record's key order). */
  | { kind: 'changed'; id: string; previousId: string; before: T; after: T; fields: string[] };

export type DatasetDiff = { [K in DiffCollection]: ItemChange<RecordOf[K]>[] };

/** JSON with object keys sorted, so two records that differ only in key order compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function changedFields(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
  return keys.filter((key) => key !== 'id' && stable(b[key]) !== stable(a[key]));
}

function diffCollection<T extends { id: string }>(
  older: readonly T[],
  newer: readonly T[],
  aliases: Readonly<Record<string, string>>,
): ItemChange<T>[] {
  const newerById = new Map(newer.map((item) => [item.id, item]));
  const matched = new Set<string>();
  const changes: ItemChange<T>[] = [];
  const removed: ItemChange<T>[] = [];
  const changedById = new Map<string, ItemChange<T>>();
  for (const before of older) {
    const currentId = newerById.has(before.id) ? before.id : (aliases[before.id] ?? before.id);
    const after = newerById.get(currentId);
    if (!after) {
      removed.push({ kind: 'removed', id: before.id, before });
      continue;
    }
    matched.add(currentId);
    const fields = changedFields(before, after);
    if (currentId !== before.id) fields.unshift('id');
    if (fields.length > 0) {
      changedById.set(currentId, {
        kind: 'changed',
        id: currentId,
        previousId: before.id,
        before,
        after,
        fields,
      });
    }
  }
  // In the newer version's order, so the list reads like the dataset; removals last.
  for (const after of newer) {
    const changed = changedById.get(after.id);
    if (changed) changes.push(changed);
    else if (!matched.has(after.id)) changes.push({ kind: 'added', id: after.id, after });
  }
  return [...changes, ...removed];
}

export function diffDatasets(older: Dataset, newer: Dataset): DatasetDiff {
  return {
    figures: diffCollection(older.figures, newer.figures, newer.aliases),
    events: diffCollection(older.events, newer.events, newer.aliases),
    people: diffCollection(older.people, newer.people, newer.aliases),
    sources: diffCollection(older.sources, newer.sources, newer.aliases),
  };
}

export function changeCount(diff: DatasetDiff, collection?: DiffCollection): number {
  const collections: readonly DiffCollection[] = collection ? [collection] : DIFF_COLLECTIONS;
  let count = 0;
  for (const c of collections) count += diff[c].length;
  return count;
}

/** The fields of a figure a reader compares first: the number as stated, then how well it is supported. */
const VALUE_FIELDS = ['value', 'unit', 'qualifier', 'statedAs'];

export interface FigureHighlight {
  metricId: string;
  headline: boolean;
  before: Figure | null;
  after: Figure | null;
  /**
   * `value`: the number, unit or qualifier changed (or the figure was added or removed); `support`:
   * its support level, not the number; `attribution`: only who it is attributed to, or its caveat.
   */
  aspect: 'value' | 'support' | 'attribution';
}

/** A figure's attribution as a reader sees it: who is named, as maker or as outlet, and any caveat. */
export const ATTRIBUTION_FIELDS = ['saidBy', 'attribution', 'caveat'];

/** How a notice orders its highlights: numbers first, then support, then attributions. */
const ASPECT_ORDER: Record<FigureHighlight['aspect'], number> = { value: 0, support: 2, attribution: 4 };

/**
 * The figure changes worth naming in a short notice ("Arrests: more than 3,000 → 3,266"):
 * changes of the number, its unit or qualifier first, then of support level, then of who a
 * figure is attributed to or its caveat; headline measures before the others in each. Changes
 * of notes, quotes or sources alone are counted, not listed.
 */
export function figureHighlights(diff: DatasetDiff, newer: Dataset): FigureHighlight[] {
  const headline = new Set(newer.metrics.filter((m) => m.headline).map((m) => m.id));
  const highlights: FigureHighlight[] = diff.figures.flatMap((change): FigureHighlight[] => {
    if (change.kind === 'added') {
      const { metricId } = change.after;
      return [
        { metricId, headline: headline.has(metricId), before: null, after: change.after, aspect: 'value' },
      ];
    }
    if (change.kind === 'removed') {
      const { metricId } = change.before;
      return [
        { metricId, headline: headline.has(metricId), before: change.before, after: null, aspect: 'value' },
      ];
    }
    const aspect = change.fields.some((f) => VALUE_FIELDS.includes(f))
      ? 'value'
      : change.fields.includes('support')
        ? 'support'
        : change.fields.some((f) => ATTRIBUTION_FIELDS.includes(f))
          ? 'attribution'
          : null;
    if (aspect === null) return [];
    const { metricId } = change.after;
    return [
      { metricId, headline: headline.has(metricId), before: change.before, after: change.after, aspect },
    ];
  });
  const rank = (h: FigureHighlight) => ASPECT_ORDER[h.aspect] + (h.headline ? 0 : 1);
  // Array sorting is stable (ES2019): highlights of equal rank keep the diff's order.
  return highlights.sort((x, y) => rank(x) - rank(y));
}
