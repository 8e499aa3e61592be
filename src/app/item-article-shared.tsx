import type { ReactNode } from 'react';

import { SourceLink } from '../components/source-link';
import { attributedTo, formatDateWithPrecision, formatFigure } from '../data/figure-format';
import { sourcesOf } from '../data/record-selectors';
import type { Dataset, Figure, SupportLevel } from '../data/schema';
import { metricLabel, reportOf } from '../data/selectors';
import { useSectionMessages } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';
import { FocusLink } from '../sections/shared/focus-link';
import type { NavContext } from '../sections/shared/section-props';

/* The pieces the item pages' articles share (item-article.tsx, item-article-parts.tsx). */

/** A term and its description, in the article's definition list. */
export function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="sm:flex sm:gap-3">
      <dt className="shrink-0 font-medium sm:w-48">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

/**
 * The support level and what it means, in words. Not the dashboard's badge: the article's
 * chunk then shares nothing with the start-up's but what the sections share too.
 */
export function Support({ level }: { level: SupportLevel }) {
  const m = useSectionMessages();
  return (
    <>
      <strong className="font-semibold">{m.support[level]}</strong>: {m.supportDescription[level]}
    </>
  );
}

/** A record's sources, each linked to the original, with its title and date. */
export function SourceList({ dataset, sourceIds }: { dataset: Dataset; sourceIds: readonly string[] }) {
  const m = useSectionMessages();
  return (
    <ul className="list-disc space-y-1 pl-5">
      {sourcesOf(dataset, sourceIds).map((source) => (
        <li key={source.id}>
          <SourceLink source={source} />, “{source.title}”,{' '}
          {formatDateWithPrecision(source.date, source.datePrecision, m.locale)}
          {source.url ? null : source.partialAddress ? ` (${source.partialAddress})` : null}
        </li>
      ))}
    </ul>
  );
}

/** A figure in one line, linked to its own page: "more than 3,200 people, said by …, 23 Oct 2025". */
export function FigureLine({
  dataset,
  figure,
  nav,
  m,
}: {
  dataset: Dataset;
  figure: Figure;
  nav: NavContext;
  m: Messages;
}) {
  const report = reportOf(dataset, figure);
  const date = formatDateWithPrecision(report.date, report.datePrecision, m.locale);
  return (
    <>
      <FocusLink nav={nav} target={figure.id}>
        {metricLabel(dataset, figure.metricId)}: {formatFigure(figure, m).full}
      </FocusLink>{' '}
      · {attributedTo(figure, m)}, {date} · {m.support[figure.support]}
    </>
  );
}

/** Figures as a bulleted list, one `FigureLine` each. */
export function FigureList({
  dataset,
  figures,
  nav,
  m,
}: {
  dataset: Dataset;
  figures: readonly Figure[];
  nav: NavContext;
  m: Messages;
}) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
      {figures.map((figure) => (
        <li key={figure.id}>
          <FigureLine dataset={dataset} figure={figure} nav={nav} m={m} />
        </li>
      ))}
    </ul>
  );
}
