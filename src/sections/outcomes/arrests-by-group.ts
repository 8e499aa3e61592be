import { formatFigure } from '../../data/figure-format';
import type { Dataset } from '../../data/schema';
import type { Messages } from '../../i18n/messages';
import { metricOf } from '../../data/selectors';
import {
  datumOf,
  publishersOf,
  shortGroupName,
  tableColumns,
  type ChartDatum,
  type TableLine,
} from './outcome-text';
import {
  ARRESTS_BY_GROUP,
  arrestsByGroup,
  filterKey,
  remembered,
  type GroupRow,
  type OutcomeFilter,
} from './outcomes';

export interface ArrestsByGroupView {
  rows: GroupRow[];
  summary: string;
  data: ChartDatum[];
  columns: string[];
  lines: TableLine[];
}

export function arrestsByGroupView(dataset: Dataset, filter: OutcomeFilter, m: Messages): ArrestsByGroupView {
  const category = metricOf(dataset, ARRESTS_BY_GROUP)?.category;
  const key = `groups|${filterKey(filter, category === undefined ? [] : [category])}`;
  return remembered(dataset, m, key, () => makeView(dataset, filter, m));
}

function makeView(dataset: Dataset, filter: OutcomeFilter, m: Messages): ArrestsByGroupView {
  const rows = arrestsByGroup(dataset, filter);
  const items = rows
    .map(
      (row) =>
        `${row.group.name}: ${formatFigure(row.figure, m).full} (${publishersOf(dataset, row.figure)}, ${m.support[row.figure.support]})`,
    )
    .join('; ');
  return {
    rows,
    summary: m.outcomes.arrestsByGroup.summary(items),
    data: rows.map((row) => datumOf(dataset, row, shortGroupName(row.group.name), 'people', m)),
    columns: tableColumns(m.outcomes.columns.group, false, m),
    lines: rows.map((row) => ({ row, first: row.group.name })),
  };
}
