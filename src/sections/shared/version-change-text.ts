import { attributedTo, formatFigure } from '../../data/figure-format';
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
