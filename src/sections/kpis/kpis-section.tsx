import { useId, useRef, useState } from 'react';

import { Badge } from '../../components/badge';
import { Dialog, DIALOG_AUTOFOCUS } from '../../components/dialog';
import { DISCLOSURE_PANEL, DisclosureButton } from '../../components/disclosure';
import { FigureAmount } from '../../components/figure-amount';
import { Quote } from '../../components/quote';
import { SectionFrame } from '../../components/section-frame';
import { Sparkline } from '../../components/sparkline';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { formatFigure, formatValue } from '../../data/figure-format';
import { focusTargetOf } from '../../data/focus-target';
import type { Dataset, Figure } from '../../data/schema';
import { mainPeriod, metricLabel, reportDateText, reportOf, sourcesOf } from '../../data/selectors';
import { useMessages } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import type { NavContext, SectionProps } from '../shared/section-props';
import { NoFiguresState } from '../shared/section-states';
import { SourceRefs } from '../shared/source-refs';
import {
  cardOfFigure,
  headlineCards,
  otherPeriodGroups,
  sparkPoints,
  type KpiCard,
  type OtherPeriodGroup,
} from './kpis';

/**
 * The headline figures at a glance: one compact card per measure (value as stated, who
 * said it and when, support, a sparkline of its reports). Quotes, notes and sources are
 * one click away, in each card's history dialog.
 */
export function KpisSection({ dataset, view, nav }: SectionProps) {
  const m = useMessages();
  const period = mainPeriod(dataset);
  const cards = headlineCards(dataset, period, view);
  const others = otherPeriodGroups(dataset, period, view);
  const target = focusTargetOf(dataset, view.focus);
  const openCard =
    target?.kind === 'figure' && target.place === 'headline' ? cardOfFigure(cards, target.id) : undefined;
  const triggers = useRef(new Map<string, HTMLButtonElement>());

  const closeHistory = () => {
    // Only clear `focus` while it still points into this history: following a link out of
    // the dialog (to a source) closes it too, and must keep that link's focus.
    nav.onViewChange((state) => (cardOfFigure(cards, state.focus) ? { ...state, focus: null } : state));
    if (openCard) {
      const trigger = triggers.current.get(openCard.metric.id);
      if (trigger && document.activeElement === document.body) trigger.focus();
    }
  };

  return (
    <SectionFrame id="kpis" heading={m.kpis.heading} intro={m.kpis.intro(period.label)}>
      {cards.length === 0 ? (
        <NoFiguresState view={view} nav={nav} message={m.kpis.empty} />
      ) : (
        <ul
          className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3 lg:grid-cols-5"
          aria-label={m.kpis.heading}
        >
          {cards.map((card) => (
            <li key={card.metric.id} className="min-w-0">
              <KpiCardView
                dataset={dataset}
                card={card}
                triggerRef={(element) => {
                  if (element) triggers.current.set(card.metric.id, element);
                  else triggers.current.delete(card.metric.id);
                }}
                onOpen={() => nav.onViewChange((state) => ({ ...state, focus: card.latest.id }))}
              />
            </li>
          ))}
        </ul>
      )}
      {others.map((group) => (
        <OtherPeriodView
          key={group.period.id}
          dataset={dataset}
          nav={nav}
          group={group}
          focusedId={target?.kind === 'figure' && target.place === 'other-period' ? target.id : null}
        />
      ))}
      <Dialog
        open={openCard !== undefined}
        onClose={closeHistory}
        labelledBy="kpi-history-heading"
        closeLabel={m.kpis.close}
        focusKey={view.focus}
      >
        {openCard ? (
          <HistoryView
            dataset={dataset}
            nav={nav}
            card={openCard}
            periodLabel={period.label}
            focusedId={view.focus}
          />
        ) : null}
      </Dialog>
    </SectionFrame>
  );
}

/** External links to a figure's sources, each with a link to its entry in the source list. */
function FigureSources({ dataset, nav, figure }: { dataset: Dataset; nav: NavContext; figure: Figure }) {
  const m = useMessages();
  const sources = sourcesOf(dataset, figure.sourceIds);
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400">
      {sources.length === 1 ? m.figure.source : m.figure.sources}:{' '}
      <SourceRefs dataset={dataset} nav={nav} sourceIds={figure.sourceIds} />
    </p>
  );
}

/** The value as stated, split for reading: qualifier words, large number, unit. */
function HeadlineValue({ figure, m }: { figure: Figure; m: Messages }) {
  const text = formatFigure(figure, m);
  const bare = formatValue(figure.value, figure.unit, 'exact', m);
  const qualifier = m.qualifier[figure.qualifier];
  const number = bare.unitText
    ? bare.short.slice(0, bare.short.length - bare.unitText.length - 1)
    : bare.short;
  return (
    <p className="mt-1">
      <span aria-hidden="true" className="block h-4 text-xs text-slate-600 dark:text-slate-400">
        {qualifier}
      </span>
      {qualifier ? ' ' : null}
      <span aria-hidden="true" className="text-2xl leading-8 font-semibold tracking-tight tabular-nums">
        {number}
      </span>
      {bare.unitText ? (
        <span aria-hidden="true" className="text-sm text-slate-600 dark:text-slate-400">
          {' '}
          {bare.unitText}
        </span>
      ) : null}
      <span className="sr-only">{text.full}</span>
    </p>
  );
}

interface KpiCardViewProps {
  dataset: Dataset;
  card: KpiCard;
  onOpen: () => void;
  triggerRef: (element: HTMLButtonElement | null) => void;
}

function KpiCardView({ dataset, card, onOpen, triggerRef }: KpiCardViewProps) {
  const m = useMessages();
  const figure = card.latest;
  return (
    <article
      id={`figure-${figure.id}`}
      aria-labelledby={`kpi-${card.metric.id}`}
      className={`flex h-full flex-col rounded-lg border bg-white p-3 shadow-xs sm:p-4 dark:bg-slate-900 ${
        card.disputed ? 'border-amber-400 dark:border-amber-600' : 'border-slate-200 dark:border-slate-800'
      }`}
    >
      <h3
        id={`kpi-${card.metric.id}`}
        className="min-h-8 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        {card.metric.label}
      </h3>
      <HeadlineValue figure={figure} m={m} />
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
        {m.figure.attribution(figure.saidBy, reportDateText(dataset, figure, m.locale))}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-1">
        <SupportBadge level={figure.support} />
        {card.disputed ? (
          <Badge tone="amber" title={m.kpis.disputedClaimDetail}>
            <span aria-hidden="true">⚠</span>
            {m.kpis.disputedShort}
            <span className="sr-only">: {m.kpis.disputedClaim}</span>
          </Badge>
        ) : null}
      </div>
      <p className="sr-only">{m.kpis.latestOf(card.history.length)}</p>
      <div className="mt-auto pt-2">
        <button
          ref={triggerRef}
          type="button"
          onClick={onOpen}
          aria-haspopup="dialog"
          className="-mx-1 flex w-[calc(100%+0.5rem)] flex-wrap items-center gap-x-2 gap-y-1 rounded-md px-1 py-1 text-left text-xs font-medium text-sky-800 hover:bg-sky-50 active:translate-y-px dark:text-sky-300 dark:hover:bg-slate-800"
        >
          <Sparkline points={sparkPoints(card)} />
          <span>
            <span className="sr-only">{card.metric.label}:</span> {m.kpis.openHistory(card.history.length)}
          </span>
        </button>
      </div>
    </article>
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
  const m = useMessages();
  return (
    <>
      <h2 id="kpi-history-heading" className="pr-20 text-lg font-semibold">
        {m.kpis.historyHeading(card.metric.label)}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{m.kpis.historyIntro(periodLabel)}</p>
      {card.metric.note ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          <span className="font-medium">{m.figure.note}:</span> {card.metric.note}
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
  const m = useMessages();
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
      <p className="text-xs text-slate-600 dark:text-slate-400">{m.kpis.reportNumber(position, total)}</p>
      <p className="text-lg font-semibold tabular-nums">{text.full}</p>
      <p className="text-sm">
        <span className="font-medium">{m.figure.statedAs}:</span> “
        <span lang={figure.quote.language}>{figure.statedAs}</span>”
      </p>
      <p className="text-sm">
        {m.figure.attribution(figure.saidBy, reportDateText(dataset, figure, m.locale))}
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
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <span className="font-medium">{m.figure.note}:</span> {figure.note}
        </p>
      ) : null}
      <FigureSources dataset={dataset} nav={nav} figure={figure} />
    </li>
  );
}

/**
 * Figures about another period (the January 2026 surge), apart and closed by default:
 * they are never part of the headline figures. A link to one of them opens the group.
 */
function OtherPeriodView({
  dataset,
  nav,
  group,
  focusedId,
}: {
  dataset: Dataset;
  nav: NavContext;
  group: OtherPeriodGroup;
  focusedId: string | null;
}) {
  const m = useMessages();
  const holdsFocus = focusedId !== null && group.figures.some((f) => f.id === focusedId);
  const [openedByHand, setOpenedByHand] = useState(false);
  const open = holdsFocus || openedByHand;
  const headingId = `kpis-period-${group.period.id}`;
  const panelId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white/60 dark:border-slate-700 dark:bg-slate-900/60"
    >
      <h3 className="text-sm font-semibold">
        <DisclosureButton
          controls={panelId}
          open={open}
          onOpenChange={(next) => {
            setOpenedByHand(next);
            if (!next && holdsFocus) nav.onViewChange((state) => ({ ...state, focus: null }));
          }}
          className="rounded-lg px-3 py-2.5 hover:bg-slate-50 dark:hover:bg-slate-800/60"
        >
          <span className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span id={headingId}>{m.kpis.otherPeriodHeading(group.period.label)}</span>
            <span className="text-xs font-normal text-slate-600 dark:text-slate-400">
              {m.kpis.otherPeriodCount(group.figures.length)}
            </span>
          </span>
        </DisclosureButton>
      </h3>
      <div id={panelId} hidden={!open} {...DISCLOSURE_PANEL} className="px-3 pb-3">
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{m.kpis.otherPeriodIntro}</p>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label={group.period.label}>
          {group.figures.map((figure) => (
            <OtherPeriodFigure
              key={figure.id}
              dataset={dataset}
              nav={nav}
              figure={figure}
              focused={figure.id === focusedId}
            />
          ))}
        </ul>
      </div>
    </section>
  );
}

function OtherPeriodFigure({
  dataset,
  nav,
  figure,
  focused,
}: {
  dataset: Dataset;
  nav: NavContext;
  figure: Figure;
  focused: boolean;
}) {
  const m = useMessages();
  const ref = useFocusTarget<HTMLLIElement>(focused);
  const text = formatFigure(figure, m);
  return (
    <li
      ref={ref}
      id={`figure-${figure.id}`}
      tabIndex={-1}
      aria-current={focused ? 'true' : undefined}
      className={`flex flex-col gap-1.5 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 ${
        focused ? FOCUSED_ITEM_CLASS : ''
      }`}
    >
      <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {metricLabel(dataset, figure.metricId)}
      </h4>
      <p className="text-xl font-semibold tabular-nums">
        <FigureAmount text={text} />
      </p>
      <p className="text-xs">
        {m.figure.attribution(figure.saidBy, reportDateText(dataset, figure, m.locale))}
      </p>
      <div>
        <SupportBadge level={figure.support} />
      </div>
      <Quote text={figure.quote.text} verbatim={figure.quote.verbatim} lang={figure.quote.language} />
      <FigureSources dataset={dataset} nav={nav} figure={figure} />
    </li>
  );
}
