import { Caveat } from '../../components/caveat';
import { Dialog, DIALOG_AUTOFOCUS } from '../../components/dialog';
import { Quote } from '../../components/quote';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS } from '../../components/use-focus-target';
import { formatFigure } from '../../data/figure-format';
import type { Dataset, Figure } from '../../data/schema';
import { attributionLine, reportOf } from '../../data/selectors';
import { useSectionMessages } from '../../i18n/i18n';
import type { NavContext } from '../shared/section-props';
import { FigureSources } from './figure-sources';
import type { KpiCard } from './kpis';

/**
 * A headline measure's every report, oldest first, in a dialog: the claim history, quotes,
 * notes and sources. Loaded when a reader opens it (or a link points into it).
 */
export default function KpiHistory({
  dataset,
  nav,
  card,
  periodLabel,
  focusedId,
  onClose,
}: {
  dataset: Dataset;
  nav: NavContext;
  card: KpiCard;
  periodLabel: string;
  focusedId: string | null;
  onClose: () => void;
}) {
  const m = useSectionMessages();
  return (
    <Dialog
      open
      onClose={onClose}
      labelledBy="kpi-history-heading"
      closeLabel={m.kpiHistory.close}
      focusKey={focusedId}
    >
      <HistoryView dataset={dataset} nav={nav} card={card} periodLabel={periodLabel} focusedId={focusedId} />
    </Dialog>
  );
}

function HistoryView({
  dataset,
  nav,
  card,
  periodLabel,
  focusedId,
}: {
  dataset: Dataset;
  nav: NavContext;
  card: KpiCard;
  periodLabel: string;
  focusedId: string | null;
}) {
  const m = useSectionMessages();
  return (
    <>
      <h2 id="kpi-history-heading" className="pr-20 text-lg font-semibold">
        {m.kpiHistory.historyHeading(card.metric.label)}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {m.kpiHistory.historyIntro(periodLabel)}
      </p>
      {card.metric.note ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          <span className="font-medium">{m.figureDetail.note}:</span> {card.metric.note}
        </p>
      ) : null}
      {card.disputed ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50">
          <span aria-hidden="true">⚠ </span>
          <strong>{m.kpis.disputedClaim}.</strong> {m.kpis.disputedClaimDetail}
        </p>
      ) : null}
      <ol className="mt-4 space-y-3">
        {card.history.map((figure, i) => (
          <HistoryEntry
            key={figure.id}
            dataset={dataset}
            nav={nav}
            figure={figure}
            position={i + 1}
            total={card.history.length}
            focused={focusedId === figure.id}
          />
        ))}
      </ol>
    </>
  );
}

interface HistoryEntryProps {
  dataset: Dataset;
  nav: NavContext;
  figure: Figure;
  position: number;
  total: number;
  focused: boolean;
}

function HistoryEntry({ dataset, nav, figure, position, total, focused }: HistoryEntryProps) {
  const m = useSectionMessages();
  const text = formatFigure(figure, m);
  const report = reportOf(dataset, figure);
  return (
    <li
      id={`history-${figure.id}`}
      tabIndex={-1}
      aria-current={focused ? 'true' : undefined}
      {...(focused ? DIALOG_AUTOFOCUS : {})}
      className={`space-y-1.5 rounded-lg border p-3 ${
        figure.support === 'disputed'
          ? 'border-amber-400 dark:border-amber-600'
          : 'border-slate-200 dark:border-slate-700'
      } ${focused ? FOCUSED_ITEM_CLASS : ''}`}
    >
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {m.kpiHistory.reportNumber(position, total)}
      </p>
      <p className="text-lg font-semibold tabular-nums">{text.full}</p>
      <Caveat text={figure.caveat} className="text-sm" />
      <p className="text-sm">
        <span className="font-medium">{m.figureDetail.statedAs}:</span> “
        <span lang={figure.quote.language}>{figure.statedAs}</span>”
      </p>
      <p className="text-sm">{attributionLine(dataset, figure, m)}</p>
      {report.dateNote ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {m.figureDetail.dateNote}: {report.dateNote}
        </p>
      ) : null}
      <div>
        <SupportBadge level={figure.support} />
      </div>
      <Quote text={figure.quote.text} verbatim={figure.quote.verbatim} lang={figure.quote.language} />
      {figure.note ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <span className="font-medium">{m.figureDetail.note}:</span> {figure.note}
        </p>
      ) : null}
      <FigureSources dataset={dataset} nav={nav} figure={figure} />
    </li>
  );
}
