import { SupportBadge } from '../../components/support-badge';
import { attributedTo, formatFigure } from '../../data/figure-format';
import { useSectionMessages } from '../../i18n/i18n';
import type { DrugsSeizedView } from './drugs-seized';
import { LazyChart, LinkedFigure, OutcomeFrame, type OutcomeChartContext } from './outcome-frame';
import { reportDateText } from '../../data/selectors';
import { barChartPx, tickFormatter } from './outcome-text';

export function DrugsSeizedChart({
  context,
  drugs,
  focused,
}: {
  context: OutcomeChartContext;
  drugs: DrugsSeizedView;
  focused: boolean;
}) {
  const m = useSectionMessages();
  const { dataset } = context;
  const all = [...drugs.weights, ...drugs.pills];
  return (
    <OutcomeFrame
      context={context}
      chartId="drugs-seized"
      focused={focused}
      title={m.outcomes.drugsSeized.title}
      description={m.outcomes.drugsSeized.description}
      summary={drugs.summary}
      columns={drugs.columns}
      lines={drugs.lines}
      notes={drugs.notes}
      captionText={[m.outcomes.drugsSeized.caption, ...(drugs.tonsAsMetric ? [m.outcomes.tonsAsMetric] : [])]}
      chart={
        <>
          <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {m.outcomes.drugsSeized.weightsHeading}
          </h4>
          <LazyChart
            type="bars"
            height={barChartPx(drugs.data, 44, 64)}
            categoryLabel={m.outcomes.columns.measure}
            valueLabel={m.outcomes.axisMetricTons}
            formatTick={tickFormatter('metric-tons', m.locale)}
            data={drugs.data}
          />
          {drugs.pills.length > 0 ? (
            <div className="mt-3 rounded-md bg-slate-50 p-3 dark:bg-slate-800/60">
              <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
                {m.outcomes.drugsSeized.pillsHeading}
              </h4>
              <ul className="mt-1 space-y-1 text-sm">
                {drugs.pills.map((row) => (
                  <li key={row.figure.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                    <span className="text-lg font-semibold tabular-nums">
                      {formatFigure(row.figure, m).short}
                    </span>
                    <span className="sr-only">({formatFigure(row.figure, m).full})</span>
                    <span className="text-slate-600 dark:text-slate-400">
                      {m.figureDetail.saidBy(
                        attributedTo(row.figure, m),
                        reportDateText(dataset, row.figure, m.locale),
                      )}
                    </span>
                    <SupportBadge level={row.figure.support} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <LinkedFigure context={context} rows={all} />
        </>
      }
    />
  );
}
