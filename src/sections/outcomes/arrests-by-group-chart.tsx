import { DataTable } from '../../components/data-table';
import { useMessages } from '../../i18n/i18n';
import type { ArrestsByGroupView } from './arrests-by-group';
import { LazyChart, LinkedFigure, OutcomeFrame, tableRow, type OutcomeChartContext } from './outcome-frame';
import { tickFormatter, unitLabel } from './outcome-text';

export function ArrestsByGroupChart({
  context,
  groups,
  focused,
}: {
  context: OutcomeChartContext;
  groups: ArrestsByGroupView;
  focused: boolean;
}) {
  const m = useMessages();
  const { rows } = groups;
  return (
    <OutcomeFrame
      context={context}
      chartId="arrests-by-group"
      focused={focused}
      title={m.outcomes.arrestsByGroup.title}
      description={m.outcomes.arrestsByGroup.description}
      summary={groups.summary}
      rows={rows}
      captionText={[m.outcomes.arrestsByGroup.caption]}
      chart={
        <>
          <LazyChart
            type="bars"
            height={rows.length * 40 + 64}
            categoryLabel={m.outcomes.axisGroup}
            valueLabel={m.outcomes.axisValue(unitLabel('people', m))}
            formatTick={tickFormatter('people', m.locale)}
            categoryWidth={120}
            data={groups.data}
          />
          <LinkedFigure context={context} rows={rows} />
        </>
      }
      table={
        <DataTable
          caption={m.outcomes.arrestsByGroup.title}
          columns={[
            m.outcomes.columns.group,
            m.outcomes.columns.asReported,
            m.outcomes.columns.saidBy,
            m.outcomes.columns.support,
            m.outcomes.columns.sources,
          ]}
          rows={rows.map((row) => tableRow(context, row, row.group.name, m))}
        />
      }
    />
  );
}
