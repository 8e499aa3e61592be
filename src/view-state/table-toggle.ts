import { toggled } from '../lib/toggled';
import { CHART_IDS, type ChartId, type ViewState } from './view-state';

// Apart from view-state.ts: only the sections below the first screen switch a chart to its table.
/** Shows a chart as its table, or back as a chart (`table=`). */
export function toggleTable(state: ViewState, chartId: ChartId): ViewState {
  return { ...state, table: toggled(CHART_IDS, state.table, chartId) };
}
