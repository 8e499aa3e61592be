import { attributedTo, formatFigure } from '../../data/figure-format';
import type { Dataset, Figure } from '../../data/schema';
import {
  ATTRIBUTION_FIELDS,
  changeCount,
  diffDatasets,
  DIFF_COLLECTIONS,
  type DiffCollection,
  type FigureHighlight,
  type ItemChange,
} from '../../data/version-diff';
import type { Messages } from '../../i18n/messages';

/** A figure as a reader compares it across versions: the number as stated, and a missing qualifier said in words. */
export function figureValueText(figure: Figure, m: Messages): string {
  const text = formatFigure(figure, m).full;
  return figure.qualifier === 'unknown' ? `${text} (${m.versions.qualifierUnknown})` : text;
}

/** Which figure this is, in words: "Arrests (DOJ release)", "Arrests by affiliated group, MS-13 (DOJ release)". */
export function figureLabel(figure: Figure, datasets: readonly Dataset[]): string {
  const metric = datasets.flatMap((d) => d.metrics).find((x) => x.id === figure.metricId);
  const group = figure.groupId
    ? datasets.flatMap((d) => d.groups).find((g) => g.id === figure.groupId)
    : undefined;
  const what = [metric?.label ?? figure.metricId, group?.name].filter(Boolean).join(', ');
  return `${what} (${figure.saidBy})`;
}

/**
 * What changed in who a figure is attributed to and in its caveat, in words: "who said it:
 * Fox News (…) → Reported by Fox News", "caveat: — → May count seizures too.".
 */
export function attributionChanges(before: Figure, after: Figure, m: Messages): string[] {
  const parts: string[] = [];
  const who = [attributedTo(before, m), attributedTo(after, m)] as const;
  if (who[0] !== who[1]) parts.push(`${m.versions.fields.saidBy}: ${m.versions.arrow(...who)}`);
  if (before.caveat !== after.caveat) {
    parts.push(`${m.versions.fields.caveat}: ${m.versions.arrow(before.caveat ?? '—', after.caveat ?? '—')}`);
  }
  return parts;
}

/** "Arrests (…): more than 3,000 people → 3,266 people", "…: support Secondary → Reported". */
export function highlightText(h: FigureHighlight, datasets: readonly Dataset[], m: Messages): string {
  const figure = (h.after ?? h.before) as Figure;
  const label = figureLabel(figure, datasets);
  if (!h.before && h.after) return `${label}: ${m.versions.added}, ${figureValueText(h.after, m)}`;
  if (h.before && !h.after) return `${label}: ${m.versions.removed}, ${figureValueText(h.before, m)}`;
  const before = h.before as Figure;
  const after = h.after as Figure;
  if (h.aspect === 'support') {
    return `${label}: ${m.versions.supportChange(m.support[before.support], m.support[after.support])}`;
  }
  if (h.aspect === 'attribution') return `${label}: ${attributionChanges(before, after, m).join('; ')}`;
  return `${label}: ${m.versions.arrow(figureValueText(before, m), figureValueText(after, m))}`;
}

type AnyRecord = Record<string, unknown> & { id: string };

function labelOf(collection: DiffCollection, record: AnyRecord, datasets: readonly Dataset[]): string {
  switch (collection) {
    case 'figures':
      return figureLabel(record as unknown as Dataset['figures'][number], datasets);
    case 'events':
      return String(record.title);
    case 'people':
      return String(record.name);
    case 'sources':
      return `${String(record.publisher)}: ${String(record.title)}`;
  }
}

/** Fields whose old and new text a reader wants side by side; the rest are named. */
const SHOWN_FIELDS: Record<DiffCollection, string[]> = {
  figures: ['support'],
  events: ['date', 'title'],
  people: ['role'],
  sources: ['url'],
};
const FIGURE_VALUE_FIELDS = ['value', 'unit', 'qualifier', 'statedAs'];

function changeText(
  collection: DiffCollection,
  change: ItemChange<{ id: string }>,
  datasets: readonly Dataset[],
  m: Messages,
): string {
  if (change.kind !== 'changed') {
    const record = (change.kind === 'added' ? change.after : change.before) as AnyRecord;
    const word = change.kind === 'added' ? m.versions.added : m.versions.removed;
    const value = collection === 'figures' ? `, ${figureValueText(record as never, m)}` : '';
    return `${word}: ${labelOf(collection, record, datasets)}${value}`;
  }
  const before = change.before as AnyRecord;
  const after = change.after as AnyRecord;
  const parts: string[] = [];
  const rest: string[] = [];
  for (const field of change.fields) {
    if (field === 'id') parts.push(m.versions.renamed(change.previousId, change.id));
    else if (collection === 'figures' && FIGURE_VALUE_FIELDS.includes(field)) {
      const text = m.versions.arrow(figureValueText(before as never, m), figureValueText(after as never, m));
      if (!parts.includes(text)) parts.push(text);
    } else if (collection === 'figures' && ATTRIBUTION_FIELDS.includes(field)) {
      // Who a figure is attributed to (as its maker, or as the outlet that reported it) and its
      // caveat, read as the reader sees them: "who said it: Fox News (…) → Reported by Fox News".
      for (const text of attributionChanges(before as never, after as never, m)) {
        if (!parts.includes(text)) parts.push(text);
      }
    } else if (collection === 'figures' && field === 'support') {
      parts.push(
        m.versions.supportChange(
          m.support[before.support as keyof Messages['support']],
          m.support[after.support as keyof Messages['support']],
        ),
      );
    } else if (SHOWN_FIELDS[collection].includes(field)) {
      parts.push(
        `${m.versions.fields[field] ?? field}: ${m.versions.arrow(text(before[field]), text(after[field]))}`,
      );
    } else rest.push(m.versions.fields[field] ?? field);
  }
  if (rest.length > 0) parts.push(m.versions.fieldsChanged(rest.join(', ')));
  return `${m.versions.changed}: ${labelOf(collection, after, datasets)}. ${parts.join('; ')}`;
}

function text(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What changed in one collection: "Figures: 3 changes", then one line per change. */
export interface ChangeGroup {
  collection: DiffCollection;
  heading: string;
  items: string[];
}

/**
 * What changed from one version to the next, in words: one line of counts ("Figures: 3
 * changes; Sources: 1 change") and each change. Computed from the two files, never written by
 * hand; the Data versions panel shows it and the Atom feed (built with the English text) carries it.
 */
export function versionChangelog(
  older: Dataset,
  newer: Dataset,
  m: Messages,
): { summary: string; groups: ChangeGroup[] } {
  const diff = diffDatasets(older, newer);
  const datasets = [newer, older];
  const present = DIFF_COLLECTIONS.filter((c) => diff[c].length > 0);
  const heading = (c: DiffCollection) => m.versions.count(diff[c].length, m.versions.collections[c]);
  return {
    summary: changeCount(diff) === 0 ? m.versions.noChanges : present.map(heading).join('; '),
    groups: present.map((c) => ({
      collection: c,
      heading: heading(c),
      items: (diff[c] as ItemChange<{ id: string }>[]).map((change) => changeText(c, change, datasets, m)),
    })),
  };
}
