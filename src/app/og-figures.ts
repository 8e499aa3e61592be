import { attributedTo, formatDateWithPrecision, formatFigure } from '../data/figure-format';
import { mainPeriod, reportOf } from '../data/selectors';
import type { Dataset } from '../data/schema';
import { formatLongDay } from '../lib/format';
import type { Messages } from '../i18n/messages';
import { headlineCards } from '../sections/kpis/kpis';
import { DEFAULT_VIEW_STATE } from '../view-state/view-state';

export interface HeadlineFigures {
  heading: string;
  /** "Data last reviewed 28 November 2026". */
  reviewed: string;
  period: string;
  figures: { label: string; value: string; attribution: string; support: string }[];
}

/**
 * The headline cards of the default view as plain text, with the same words the cards use:
 * for the link-preview image and for the benchmark's static reference page.
 */
export function headlineFigures(dataset: Dataset, m: Messages): HeadlineFigures {
  const period = mainPeriod(dataset);
  return {
    heading: m.app.heading,
    reviewed: m.app.reviewed(formatLongDay(dataset.reviewedOn, m.locale)),
    period: period.label,
    figures: headlineCards(dataset, period, DEFAULT_VIEW_STATE).map((card) => {
      const report = reportOf(dataset, card.latest);
      return {
        label: card.metric.label,
        value: formatFigure(card.latest, m).short,
        attribution: m.figureDetail.saidBy(
          attributedTo(card.latest, m),
          formatDateWithPrecision(report.date, report.datePrecision, m.locale),
        ),
        support: m.support[card.latest.support],
      };
    }),
  };
}
