import { useSectionMessages } from '../../i18n/i18n';
import type { NarcoticsDisagreementView } from './narcotics-disagreement';
import { LazyChart, OutcomeFrame, type OutcomeChartContext } from './outcome-frame';
import { barChartPx, plottedText, tickFormatter } from './outcome-text';

export function NarcoticsDisagreementChart({
  context,
  narcotics,
}: {
  context: OutcomeChartContext;
  narcotics: NarcoticsDisagreementView;
}) {
  const m = useSectionMessages();
  const { cocaine } = narcotics;
  return (
    <OutcomeFrame
      context={context}
      chartId="narcotics-disagreement"
      title={m.outcomes.narcoticsDisagreement.title}
      description={cocaine ? m.outcomes.narcoticsDisagreement.description(narcotics.cocaineText) : null}
      summary={narcotics.summary}
      columns={narcotics.columns}
      lines={narcotics.lines}
      captionText={[
        m.outcomes.narcoticsDisagreement.caption,
        ...(narcotics.tonsAsMetric ? [m.outcomes.tonsAsMetric] : []),
      ]}
      chart={
        <LazyChart
          type="bars"
          height={barChartPx(narcotics.data, 40, 90)}
          categoryLabel={m.outcomes.axisReport}
          valueLabel={m.outcomes.axisMetricTons}
          formatTick={tickFormatter('metric-tons', m.locale)}
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
    />
  );
}
