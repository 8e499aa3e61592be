import { FigureAmount } from '../../components/figure-amount';
import { SourceLink } from '../../components/source-link';
import { SupportBadge } from '../../components/support-badge';
import { Quote } from '../../components/quote';
import { formatDateWithPrecision, formatFigure } from '../../data/figure-format';
import { mainPeriod, reportOf, sourcesOf } from '../../data/selectors';
import type { Dataset } from '../../data/schema';
import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';
import { headlineCards, type KpiCard } from './kpis';

export function KpisSection({ dataset, view }: SectionProps) {
  const m = useMessages();
  const period = mainPeriod(dataset);
  const cards = headlineCards(dataset, period, view);
  return (
    <section id="kpis" aria-labelledby="kpis-heading" className="scroll-mt-4">
      <h2 id="kpis-heading" className="text-xl font-semibold">
        {m.kpis.heading}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {m.kpis.intro(period.label)}
      </p>
      {cards.length === 0 ? (
        <p className="mt-4 rounded border border-dashed border-slate-400 p-4 text-sm">{m.kpis.empty}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={m.kpis.heading}>
          {cards.map((card) => (
            <li key={card.metric.id}>
              <KpiCardView dataset={dataset} card={card} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function KpiCardView({ dataset, card }: { dataset: Dataset; card: KpiCard }) {
  const m = useMessages();
  const figure = card.latest;
  const text = formatFigure(figure, m);
  const report = reportOf(dataset, figure);
  const date = formatDateWithPrecision(report.date, report.datePrecision, m.locale);
  return (
    <article
      id={`figure-${figure.id}`}
      aria-labelledby={`kpi-${card.metric.id}`}
      className="flex h-full flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h3
        id={`kpi-${card.metric.id}`}
        className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300"
      >
        {card.metric.label}
      </h3>
      <p className="text-2xl font-bold">
        <FigureAmount text={text} />
      </p>
      <p className="text-sm">
        {m.figure.reportedBy} {m.figure.saidBy(figure.saidBy, date)}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <SupportBadge level={figure.support} />
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {m.kpis.latestOf(card.history.length)}
        </span>
      </div>
      <Quote text={figure.quote.text} verbatim={figure.quote.verbatim} lang={figure.quote.language} />
      <p className="mt-auto text-xs text-slate-700 dark:text-slate-300">
        {m.figure.source}:{' '}
        {sourcesOf(dataset, figure.sourceIds).map((source, i) => (
          <span key={source.id}>
            {i > 0 ? '; ' : null}
            <SourceLink source={source} />
          </span>
        ))}
      </p>
    </article>
  );
}
