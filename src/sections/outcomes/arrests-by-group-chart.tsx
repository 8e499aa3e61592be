import { useSectionMessages } from '../../i18n/i18n';
import type { ArrestsByGroupView } from './arrests-by-group';
import { LazyChart, LinkedFigure, OutcomeFrame, type OutcomeChartContext } from './outcome-frame';
import { barChartPx, tickFormatter, unitLabel } from './outcome-text';

export function ArrestsByGroupChart({
  context,
  groups,
  focused,
}: {
  context: OutcomeChartContext;
  groups: ArrestsByGroupView;
  focused: boolean;
}) {
  const m = useSectionMessages();
  const { rows } = groups;
  return (
    <OutcomeFrame
      context={context}
      chartId="arrests-by-group"
      focused={focused}
      title={m.outcomes.arrestsByGroup.title}
      description={m.outcomes.arrestsByGroup.description}
      summary={groups.summary}
      columns={groups.columns}
      lines={groups.lines}
      captionText={[m.outcomes.arrestsByGroup.caption]}
      chart={
        <>
          <LazyChart
            type="bars"
            height={barChartPx(groups.data, 40, 64)}
            categoryLabel={m.outcomes.axisGroup}
            valueLabel={m.outcomes.axisValue(unitLabel('people', m))}
            formatTick={tickFormatter('people', m.locale)}
            data={groups.data}
          />
          <LinkedFigure context={context} rows={rows} />
        </>
      }
    />
  );
}
