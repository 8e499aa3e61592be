import { formatFigure } from '../../data/figure-format';
import type { Dataset, Figure } from '../../data/schema';
import type { FigureHighlight } from '../../data/version-diff';
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
  return `${label}: ${m.versions.arrow(figureValueText(before, m), figureValueText(after, m))}`;
}
