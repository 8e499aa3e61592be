import { attributedTo, formatDateWithPrecision, formatFigure } from '../data/figure-format';
import { mainPeriod, reportOf } from '../data/selectors';
import type { Dataset, Figure } from '../data/schema';
import { formatLongDay } from '../lib/format';
import type { Messages } from '../i18n/messages';
import { headlineCards } from '../sections/kpis/kpis';
import { DEFAULT_VIEW_STATE } from '../view-state/view-state';

/** One claim in words: "3,266 people", "Said by DOJ release, Jan 26, 2026", "Secondary". */
export interface ClaimText {
  value: string;
  attribution: string;
  support: string;
  /** The figure's caveat ("May count seizures too."), when it has one. */
  caveat?: string;
}

export interface HeadlineFigures {
  heading: string;
  /** "Data last reviewed 28 November 2026". */
  reviewed: string;
  period: string;
  /** The names of a card's two claims ("Latest", "Best-supported") and of a caveat. */
  claims: { latest: string; best: string; caveat: string };
  /** Each card's latest claim; `best` only when the best-supported claim is another (kpis.ts). */
  figures: (ClaimText & { label: string; best?: ClaimText })[];
}

function claimText(dataset: Dataset, figure: Figure, m: Messages): ClaimText {
  const report = reportOf(dataset, figure);
  return {
    value: formatFigure(figure, m).short,
    attribution: m.figureDetail.saidBy(
      attributedTo(figure, m),
      formatDateWithPrecision(report.date, report.datePrecision, m.locale),
    ),
    support: m.support[figure.support],
    ...(figure.caveat ? { caveat: figure.caveat } : {}),
  };
}

/**
 * The headline cards of the default view as plain text, with the same words the cards use
 * and the same two claims where the latest is not the best-supported: for the link-preview
 * image and text, and for the benchmark's static reference page.
 */
export function headlineFigures(dataset: Dataset, m: Messages): HeadlineFigures {
  const period = mainPeriod(dataset);
  return {
    heading: m.app.heading,
    reviewed: m.app.reviewed(formatLongDay(dataset.reviewedOn, m.locale)),
    period: period.label,
    claims: { latest: m.kpis.latest, best: m.kpis.best, caveat: m.figure.caveat },
    figures: headlineCards(dataset, period, DEFAULT_VIEW_STATE).map((card) => ({
      label: card.metric.label,
      ...claimText(dataset, card.latest, m),
      ...(card.best === card.latest ? {} : { best: claimText(dataset, card.best, m) }),
    })),
  };
}

/**
 * The headline figures in a sentence, for the link preview's description and image text:
 * "Arrests: 3,266 people (Latest, Secondary), more than 3,200 people (Best-supported, Primary); …".
 */
export function headlineSummary(figures: HeadlineFigures): string {
  const { latest, best, caveat } = figures.claims;
  const warned = (claim: ClaimText) => (claim.caveat ? `; ${caveat}: ${claim.caveat}` : '');
  return figures.figures
    .map((f) =>
      f.best
        ? `${f.label}: ${f.value} (${latest}, ${f.support}${warned(f)}), ${f.best.value} (${best}, ${f.best.support}${warned(f.best)})`
        : `${f.label}: ${f.value}${f.caveat ? ` (${caveat}: ${f.caveat})` : ''}`,
    )
    .join('; ');
}
