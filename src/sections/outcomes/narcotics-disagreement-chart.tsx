import { DataTable } from '../../components/data-table';
import { useMessages } from '../../i18n/i18n';
import type { NarcoticsDisagreementView } from './narcotics-disagreement';
import { LazyChart, OutcomeFrame, tableRow, type OutcomeChartContext } from './outcome-frame';
import { metricLabelOf, plottedText, tickFormatter } from './outcome-text';

export function NarcoticsDisagreementChart({
  context,
  narcotics,
}: {
  context: OutcomeChartContext;
  narcotics: NarcoticsDisagreementView;
}) {
  const m = useMessages();
  const { dataset } = context;
  const { cocaine, rows } = narcotics;
  return (
    <OutcomeFrame
      context={context}
      chartId="narcotics-disagreement"
      title={m.outcomes.narcoticsDisagreement.title}
      description={cocaine ? m.outcomes.narcoticsDisagreement.description(narcotics.cocaineText) : null}
      summary={narcotics.summary}
      rows={cocaine ? [...rows, cocaine] : rows}
      captionText={[
        m.outcomes.narcoticsDisagreement.caption,
        ...(narcotics.tonsAsMetric ? [m.figure.tonsAsMetric] : []),
      ]}
      chart={
        <LazyChart
          type="bars"
          height={rows.length * 40 + 90}
          categoryLabel={m.outcomes.axisReport}
          valueLabel={m.outcomes.axisMetricTons}
          formatTick={tickFormatter('metric-tons', m.locale)}
          categoryWidth={150}
          reference={
            cocaine
              ? {
                  value: cocaine.plotted,
                  label: m.outcomes.narcoticsDisagreement.cocaineLine(plottedText(cocaine, 'metric-tons', m)),
                }
              : undefined
          }
          data={narcotics.data}
        />
      }
      table={
        <DataTable
          caption={m.outcomes.narcoticsDisagreement.title}
          columns={[
            m.outcomes.columns.report,
            m.outcomes.columns.asReported,
            m.outcomes.columns.plotted,
            m.outcomes.columns.saidBy,
            m.outcomes.columns.support,
            m.outcomes.columns.sources,
          ]}
          rows={[
            ...rows.map((row, i) =>
              tableRow(
                context,
                row,
                m.kpis.reportNumber(i + 1, rows.length),
                m,
                plottedText(row, 'metric-tons', m),
              ),
            ),
            ...(cocaine
              ? [
                  tableRow(
                    context,
                    cocaine,
                    metricLabelOf(dataset, cocaine.figure),
                    m,
                    plottedText(cocaine, 'metric-tons', m),
                  ),
                ]
              : []),
          ]}
        />
      }
    />
  );
}
