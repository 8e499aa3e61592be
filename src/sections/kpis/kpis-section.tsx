import { useRef } from 'react';

import { Dialog, DIALOG_AUTOFOCUS } from '../../components/dialog';
import { FigureAmount } from '../../components/figure-amount';
import { Quote } from '../../components/quote';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { formatFigure } from '../../data/figure-format';
import { mainPeriod, metricLabel, reportDateText, reportOf, sourcesOf } from '../../data/selectors';
import type { Figure } from '../../data/schema';
import { SectionFrame } from '../../components/section-frame';
import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';
import { SourceRefs } from '../shared/source-refs';
import { cardOfFigure, headlineCards, otherPeriodGroups, type KpiCard, type OtherPeriodGroup } from './kpis';

const BUTTON_CLASS =
  'rounded border border-slate-500 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-slate-400 dark:hover:bg-slate-800 dark:focus-visible:outline-sky-300';

export function KpisSection(props: SectionProps) {
  const { dataset, view, onViewChange } = props;
  const m = useMessages();
  const period = mainPeriod(dataset);
  const cards = headlineCards(dataset, period, view);
  const others = otherPeriodGroups(dataset, period, view);
  const openCard = cardOfFigure(cards, view.focus);
  const triggers = useRef(new Map<string, HTMLButtonElement>());

  const closeHistory = () => {
    // Only clear `focus` while it still points into this history: following a link out of
    // the dialog (to a source) closes it too, and must keep that link's focus.
    onViewChange((state) => (cardOfFigure(cards, state.focus) ? { ...state, focus: null } : state));
    if (openCard) {
      const trigger = triggers.current.get(openCard.metric.id);
      if (trigger && document.activeElement === document.body) trigger.focus();
    }
  };

  return (
    <SectionFrame id="kpis" heading={m.kpis.heading} intro={m.kpis.intro(period.label)}>
      {cards.length === 0 ? (
        <EmptyState {...props} />
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={m.kpis.heading}>
          {cards.map((card) => (
            <li key={card.metric.id}>
              <KpiCardView
                {...props}
                card={card}
                triggerRef={(element) => {
                  if (element) triggers.current.set(card.metric.id, element);
                  else triggers.current.delete(card.metric.id);
                }}
                onOpen={() => onViewChange((state) => ({ ...state, focus: card.latest.id }))}
              />
            </li>
          ))}
        </ul>
      )}
      {others.map((group) => (
        <OtherPeriodView key={group.period.id} {...props} group={group} />
      ))}
      <Dialog
        open={openCard !== undefined}
        onClose={closeHistory}
        labelledBy="kpi-history-heading"
        closeLabel={m.kpis.close}
        focusKey={view.focus}
      >
        {openCard ? <HistoryView {...props} card={openCard} periodLabel={period.label} /> : null}
      </Dialog>
    </SectionFrame>
  );
}

function EmptyState({ view, onViewChange }: SectionProps) {
  const m = useMessages();
  const noneSelected = view.category !== null && view.category.length === 0;
  return (
    <div className="mt-4 rounded border border-dashed border-slate-400 p-4 text-sm dark:border-slate-500">
      <p>{noneSelected ? m.figure.noCategories : m.kpis.empty}</p>
      {view.category !== null ? (
        <button
          type="button"
          className={`${BUTTON_CLASS} mt-2`}
          onClick={() => onViewChange((state) => ({ ...state, category: null }))}
        >
          {m.figure.showAllCategories}
        </button>
      ) : null}
    </div>
  );
}

/** External links to a figure's sources, each with a link to its entry in the source list. */
function FigureSources(props: SectionProps & { figure: Figure }) {
  const m = useMessages();
  const sources = sourcesOf(props.dataset, props.figure.sourceIds);
  return (
    <p className="text-xs text-slate-700 dark:text-slate-300">
      {sources.length === 1 ? m.figure.source : m.figure.sources}:{' '}
      <SourceRefs section={props} sourceIds={props.figure.sourceIds} />
    </p>
  );
}

interface KpiCardViewProps extends SectionProps {
  card: KpiCard;
  onOpen: () => void;
  triggerRef: (element: HTMLButtonElement | null) => void;
}

function KpiCardView({ card, onOpen, triggerRef, ...props }: KpiCardViewProps) {
  const m = useMessages();
  const figure = card.latest;
  const text = formatFigure(figure, m);
  return (
    <article
      id={`figure-${figure.id}`}
      aria-labelledby={`kpi-${card.metric.id}`}
      className={`flex h-full flex-col gap-2 rounded-lg border bg-white p-4 shadow-sm dark:bg-slate-900 ${
        card.disputed
          ? 'border-amber-700 border-l-4 dark:border-amber-400'
          : 'border-slate-300 dark:border-slate-700'
      }`}
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
        {m.figure.attribution(figure.saidBy, reportDateText(props.dataset, figure, m.locale))}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <SupportBadge level={figure.support} />
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {m.kpis.latestOf(card.history.length)}
        </span>
      </div>
      {card.disputed ? (
        <p className="flex items-start gap-1 rounded border border-amber-700 bg-amber-50 px-2 py-1 text-xs font-medium text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
          <span aria-hidden="true">⚠</span>
          <span>
            <strong>{m.kpis.disputedClaim}.</strong> {m.kpis.disputedClaimDetail}
          </span>
        </p>
      ) : null}
      <Quote text={figure.quote.text} verbatim={figure.quote.verbatim} lang={figure.quote.language} />
      <FigureSources {...props} figure={figure} />
      <div className="mt-auto pt-1">
        <button
          ref={triggerRef}
          type="button"
          onClick={onOpen}
          aria-haspopup="dialog"
          className={BUTTON_CLASS}
        >
          <span className="sr-only">{card.metric.label}:</span> {m.kpis.openHistory(card.history.length)}
        </button>
      </div>
    </article>
  );
}

function HistoryView({ card, periodLabel, ...props }: SectionProps & { card: KpiCard; periodLabel: string }) {
  const m = useMessages();
  return (
    <>
      <h2 id="kpi-history-heading" className="pr-20 text-lg font-semibold">
        {m.kpis.historyHeading(card.metric.label)}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{m.kpis.historyIntro(periodLabel)}</p>
      {card.metric.note ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">{m.figure.note}:</span> {card.metric.note}
        </p>
      ) : null}
      <ol className="mt-4 space-y-3">
        {card.history.map((figure, i) => (
          <HistoryEntry
            key={figure.id}
            {...props}
            figure={figure}
            position={i + 1}
            total={card.history.length}
          />
        ))}
      </ol>
    </>
  );
}

interface HistoryEntryProps extends SectionProps {
  figure: Figure;
  position: number;
  total: number;
}

function HistoryEntry({ figure, position, total, ...props }: HistoryEntryProps) {
  const m = useMessages();
  const text = formatFigure(figure, m);
  const report = reportOf(props.dataset, figure);
  const focused = props.view.focus === figure.id;
  return (
    <li
      id={`history-${figure.id}`}
      tabIndex={-1}
      aria-current={focused ? 'true' : undefined}
      {...(focused ? DIALOG_AUTOFOCUS : {})}
      className={`space-y-1.5 rounded border p-3 ${
        figure.support === 'disputed'
          ? 'border-amber-700 dark:border-amber-400'
          : 'border-slate-300 dark:border-slate-700'
      } ${focused ? FOCUSED_ITEM_CLASS : ''}`}
    >
      <p className="text-xs text-slate-600 dark:text-slate-400">{m.kpis.reportNumber(position, total)}</p>
      <p className="text-lg font-semibold">{text.full}</p>
      <p className="text-sm">
        <span className="font-medium">{m.figure.statedAs}:</span> “
        <span lang={figure.quote.language}>{figure.statedAs}</span>”
      </p>
      <p className="text-sm">
        {m.figure.attribution(figure.saidBy, reportDateText(props.dataset, figure, m.locale))}
      </p>
      {report.dateNote ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {m.figure.dateNote}: {report.dateNote}
        </p>
      ) : null}
      <div>
        <SupportBadge level={figure.support} />
      </div>
      <Quote text={figure.quote.text} verbatim={figure.quote.verbatim} lang={figure.quote.language} />
      {figure.note ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">{m.figure.note}:</span> {figure.note}
        </p>
      ) : null}
      <FigureSources {...props} figure={figure} />
    </li>
  );
}

function OtherPeriodView({ group, ...props }: SectionProps & { group: OtherPeriodGroup }) {
  const m = useMessages();
  const headingId = `kpis-period-${group.period.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="mt-8 rounded-lg border-2 border-dashed border-slate-400 p-4 dark:border-slate-500"
    >
      <h3 id={headingId} className="text-lg font-semibold">
        {m.kpis.otherPeriodHeading(group.period.label)}
      </h3>
      <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{m.kpis.otherPeriodIntro}</p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={group.period.label}>
        {group.figures.map((figure) => (
          <OtherPeriodFigure key={figure.id} {...props} figure={figure} />
        ))}
      </ul>
    </section>
  );
}

function OtherPeriodFigure({ figure, ...props }: SectionProps & { figure: Figure }) {
  const m = useMessages();
  const focused = props.view.focus === figure.id;
  const ref = useFocusTarget<HTMLLIElement>(focused);
  const text = formatFigure(figure, m);
  return (
    <li
      ref={ref}
      id={`figure-${figure.id}`}
      tabIndex={-1}
      className={`flex flex-col gap-1.5 rounded border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 ${
        focused ? FOCUSED_ITEM_CLASS : ''
      }`}
    >
      <h4 className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        {metricLabel(props.dataset, figure.metricId)}
      </h4>
      <p className="text-xl font-bold">
        <FigureAmount text={text} />
      </p>
      <p className="text-sm">
        {m.figure.attribution(figure.saidBy, reportDateText(props.dataset, figure, m.locale))}
      </p>
      <div>
        <SupportBadge level={figure.support} />
      </div>
      <Quote text={figure.quote.text} verbatim={figure.quote.verbatim} lang={figure.quote.language} />
      <FigureSources {...props} figure={figure} />
    </li>
  );
}
