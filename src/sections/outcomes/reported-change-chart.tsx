import { useId } from 'react';

import { useSectionMessages } from '../../i18n/i18n';
import { LazyChart, OutcomeFrame, type OutcomeChartContext } from './outcome-frame';
import { tickFormatter, unitLabel } from './outcome-text';
import type { ReportedChangeView } from './reported-change';

const HEIGHT = 280;

/** Each report of one headline measure, by report date; the measure is in the link (`metric=`). */
export function ReportedChangeChart({
  context,
  change,
}: {
  context: OutcomeChartContext;
  change: ReportedChangeView;
}) {
  const m = useSectionMessages();
  const selectId = useId();
  const { metric } = change;
  return (
    <OutcomeFrame
      context={context}
      chartId="reported-change"
      title={m.outcomes.reportedChange.title}
      description={m.outcomes.reportedChange.description(metric.label)}
      summary={change.summary}
      tableCaption={`${m.outcomes.reportedChange.title}: ${metric.label}`}
      columns={change.columns}
      lines={change.lines}
      captionText={[
        m.outcomes.reportedChange.caption,
        ...(change.tonsAsMetric ? [m.outcomes.tonsAsMetric] : []),
      ]}
      controls={
        <label htmlFor={selectId} className="flex items-center gap-2 text-sm font-medium print:hidden">
          {m.outcomes.metricLabel}
          <select
            id={selectId}
            value={metric.id}
            onChange={(event) => {
              const next = event.target.value;
              context.nav.onViewChange((state) => ({ ...state, metric: next }));
            }}
            className="min-h-8 rounded-md border border-slate-300 bg-white px-2 text-sm hover:border-slate-400 dark:border-slate-600 dark:bg-slate-900 dark:[color-scheme:dark]"
          >
            {change.metrics.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
        </label>
      }
      chart={
        <LazyChart
          type="points"
          height={HEIGHT}
          xLabel={m.outcomes.axisReportDate}
          xLabelNarrow={m.outcomes.axisReportDateShort}
          yLabel={m.outcomes.axisValue(unitLabel(change.axisUnit, m))}
          formatTick={tickFormatter(change.axisUnit, m.locale)}
          data={change.data}
        />
      }
    />
  );
}
