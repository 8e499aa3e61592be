import type { ReactNode } from 'react';

import { Quote } from '../components/quote';
import { attributedTo, formatDateWithPrecision, formatFigure } from '../data/figure-format';
import { pageCitation } from '../data/citation';
import type { Dataset, Figure } from '../data/schema';
import { byReportOrder, focusedItem, metricLabel, reportOf } from '../data/selectors';
import { useSectionMessages } from '../i18n/i18n';
import { FocusLink } from '../sections/shared/focus-link';
import type { NavContext } from '../sections/shared/section-props';
import type { ItemPage } from '../view-state/item-path';
import { EventDetails, PersonDetails } from './item-article-parts';
import { Detail, FigureLine, SourceList, Support } from './item-article-shared';

interface ItemArticleProps {
  dataset: Dataset;
  page: ItemPage;
  nav: NavContext;
}

/**
 * The item of an item page (`claims/<id>/`, `people/<id>/`, `events/<id>/`) in full, above
 * the dashboard focused on it: everything a reader or a search engine needs without
 * JavaScript (number as stated, quote, speaker, dates, period, support, sources, the other
 * claims about the same measure, a citation). The dashboard's own focused view keeps some of
 * it in a dialog or a closed disclosure, which a page without script cannot open.
 */
export default function ItemArticle({ dataset, page, nav }: ItemArticleProps) {
  const m = useSectionMessages();
  const item = focusedItem(dataset, page.id);
  const address = `${page.site ?? ''}${page.path}?v=${dataset.version}`;
  let body: ReactNode = null;
  if (page.kind === 'figure' && item.figure) {
    body = <FigureDetails dataset={dataset} figure={item.figure} nav={nav} />;
  } else if (page.kind === 'person' && item.person) {
    body = <PersonDetails dataset={dataset} person={item.person} nav={nav} />;
  } else if (page.kind === 'event' && item.event) {
    body = <EventDetails dataset={dataset} event={item.event} nav={nav} />;
  }
  if (body === null) return null;
  return (
    <article
      aria-labelledby="item-heading"
      className="mt-4 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{m.itemPage.kind[page.kind]}</p>
      {body}
      <h3 className="mt-4 text-base font-semibold">{m.itemPage.cite}</h3>
      <p className="mt-1 text-sm break-words">{pageCitation(dataset.version, address, m.citing.format)}</p>
    </article>
  );
}

function FigureDetails({ dataset, figure, nav }: { dataset: Dataset; figure: Figure; nav: NavContext }) {
  const m = useSectionMessages();
  const report = reportOf(dataset, figure);
  const period = dataset.periods.find((p) => p.id === figure.periodId);
  const metric = metricLabel(dataset, figure.metricId);
  const language = m.sources.language[figure.quote.language];
  // Every claim about the same measure and period: the claim's history, and any disagreement.
  const claims = byReportOrder(
    dataset,
    dataset.figures.filter((f) => f.metricId === figure.metricId && f.periodId === figure.periodId),
  );
  const disputed = claims.some((f) => f.support === 'disputed');
  return (
    <>
      <h2 id="item-heading" className="text-lg font-semibold text-balance">
        {metric}: {formatFigure(figure, m).full}
      </h2>
      <dl className="mt-3 space-y-2 text-sm">
        <Detail term={m.itemPage.statedAs}>
          “<span lang={figure.quote.language}>{figure.statedAs}</span>”
        </Detail>
        <Detail term={m.itemPage.quote(language)}>
          <Quote text={figure.quote.text} verbatim={figure.quote.verbatim} lang={figure.quote.language} />
        </Detail>
        <Detail term={figure.attribution === 'reported' ? m.itemPage.reportedBy : m.itemPage.saidBy}>
          {figure.personId ? (
            <FocusLink nav={nav} target={figure.personId}>
              {figure.saidBy}
            </FocusLink>
          ) : (
            figure.saidBy
          )}
        </Detail>
        <Detail term={m.itemPage.date}>
          {formatDateWithPrecision(report.date, report.datePrecision, m.locale, { long: true })}
          {report.dateNote ? ` (${report.dateNote})` : null}
        </Detail>
        <Detail term={m.itemPage.statement}>{report.title}</Detail>
        {period ? (
          <Detail term={m.itemPage.period}>
            {period.label}
            {period.approximate ? ` (${m.itemPage.approximateBounds})` : null}
          </Detail>
        ) : null}
        <Detail term={m.itemPage.support}>
          <Support level={figure.support} />
        </Detail>
        {figure.caveat ? (
          <Detail term={m.itemPage.caveat}>
            <span aria-hidden="true">⚠ </span>
            {figure.caveat}
          </Detail>
        ) : null}
        {figure.note ? <Detail term={m.itemPage.note}>{figure.note}</Detail> : null}
        <Detail term={m.itemPage.sources}>
          <SourceList dataset={dataset} sourceIds={figure.sourceIds} />
        </Detail>
      </dl>
      <h3 className="mt-4 text-base font-semibold">
        {period ? m.itemPage.otherClaims(metric, period.label) : m.itemPage.otherClaimsNoPeriod(metric)}
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{m.itemPage.otherClaimsIntro}</p>
      {disputed ? (
        <p className="mt-2 text-sm">
          <span aria-hidden="true">⚠ </span>
          <strong>{m.kpis.disputedClaim}.</strong>
        </p>
      ) : null}
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
        {claims.map((claim) => (
          <li key={claim.id} aria-current={claim.id === figure.id ? 'true' : undefined}>
            {claim.id === figure.id ? (
              <>
                <strong>
                  {formatFigure(claim, m).full} ({m.itemPage.thisClaim})
                </strong>{' '}
                · {attributedTo(claim, m)} · {m.support[claim.support]}
              </>
            ) : (
              <FigureLine dataset={dataset} figure={claim} nav={nav} m={m} />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
