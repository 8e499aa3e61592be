import type { Dataset } from './schema';
import { focusedItem, mainPeriod, metricOf } from './selectors';

/**
 * Where `focus=<id>` lands, decided once for every section. People, events and sources
 * land on their own entry; a figure lands where it is shown in most detail: a headline
 * figure in its card's history, a figure of another period on its own card, a charted
 * figure in its chart, and any other figure in the source list, under its first source.
 */
type FocusTarget =
  | { kind: 'person'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'source'; id: string }
  | { kind: 'figure'; id: string; place: 'headline'; metricId: string }
  | { kind: 'figure'; id: string; place: 'other-period'; periodId: string }
  | { kind: 'figure'; id: string; place: 'chart'; chartId: 'arrests-by-group' | 'drugs-seized' }
  | { kind: 'figure'; id: string; place: 'source-list'; sourceId: string };

const CHART_OF_METRIC: Record<string, 'arrests-by-group' | 'drugs-seized'> = {
  'arrests-by-group': 'arrests-by-group',
  cocaine: 'drugs-seized',
  'fentanyl-powder': 'drugs-seized',
};

/**
 * `null` for an id the dataset does not have. With `sourcesAlone` (the sources panel
 * embedded on its own) every figure lands in the source list, the only place shown.
 */
export function focusTargetOf(dataset: Dataset, id: string | null, sourcesAlone = false): FocusTarget | null {
  if (id === null) return null;
  // Lookups by id go through the dataset's index (maps), not scans: this runs on every render.
  const item = focusedItem(dataset, id);
  if (item.person) return { kind: 'person', id };
  if (item.event) return { kind: 'event', id };
  if (item.source) return { kind: 'source', id };
  const { figure } = item;
  if (!figure) return null;
  const toSourceList = (): FocusTarget | null => {
    const sourceId = figure.sourceIds[0];
    return sourceId ? { kind: 'figure', id, place: 'source-list', sourceId } : null;
  };
  if (sourcesAlone) return toSourceList();
  const main = mainPeriod(dataset).id;
  if (figure.periodId !== undefined && figure.periodId !== main) {
    return { kind: 'figure', id, place: 'other-period', periodId: figure.periodId };
  }
  if (figure.periodId === main) {
    const metric = metricOf(dataset, figure.metricId);
    if (metric?.headline) return { kind: 'figure', id, place: 'headline', metricId: metric.id };
    const chartId = CHART_OF_METRIC[figure.metricId];
    if (chartId) return { kind: 'figure', id, place: 'chart', chartId };
  }
  return toSourceList();
}
