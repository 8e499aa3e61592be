import { CHART_IDS, type ChartId, type ViewState } from './view-state';

// Apart from view-state.ts: only the sections below the first screen switch a chart to its table.
/** Shows a chart as its table, or back as a chart (`table=`). */
export function toggleTable(state: ViewState, chartId: ChartId): ViewState {
  const table = state.table.includes(chartId)
    ? state.table.filter((id) => id !== chartId)
    : CHART_IDS.filter((id) => id === chartId || state.table.includes(id));
  return { ...state, table };
}
