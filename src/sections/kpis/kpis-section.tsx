import { lazy, memo, Suspense, useId, useRef, useState } from 'react';

import { Badge } from '../../components/badge';
import { Caveat } from '../../components/caveat';
import { DISCLOSURE_PANEL, DisclosureButton } from '../../components/disclosure';
import { SectionFrame } from '../../components/section-frame';
import { Sparkline } from '../../components/sparkline';
import { SupportBadge } from '../../components/support-badge';
import { formatFigure, formatValue } from '../../data/figure-format';
import { focusTargetOf } from '../../data/focus-target';
import type { Dataset, Figure } from '../../data/schema';
import { attributionLine, mainPeriod } from '../../data/selectors';
import { useMessages } from '../../i18n/i18n';
import type { CoreMessages } from '../../i18n/messages';
import type { NavContext, SectionProps } from '../shared/section-props';
import { NoFiguresState } from '../shared/section-states';
import {
  cardOfFigure,
  headlineCards,
  inCategories,
  otherPeriodGroups,
  sparkPoints,
  type KpiCard,
  type OtherPeriodGroup,
} from './kpis';

const KpiHistory = lazy(() => import('./kpi-history'));
const OtherPeriodFigures = lazy(() => import('./other-period-figures'));

/**
 * The headline figures at a glance: one compact card per measure (value as stated, who
 * said it and when, support, a sparkline of its reports). Quotes, notes and sources are
 * one click away, in each card's history dialog.
 */
export function KpisSection({ dataset, view, nav }: SectionProps) {
  const m = useMessages();
  const period = mainPeriod(dataset);
  // Every card the other filters allow, whatever the categories; those of categories not
  // chosen are hidden. A category toggle then hides and shows cards instead of making them
  // again: at 100× the data, bringing the cards back was the slower half of such toggles.
  const allCards = headlineCards(dataset, period, { ...view, category: null });
  const chosen = (card: KpiCard) => inCategories(view, card.metric.category);
  const cards = allCards.filter(chosen);
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
    <SectionFrame
      id="kpis"
      heading={m.kpis.heading}
      intro={m.kpis.intro(period.label)}
      aside={
        cards.some((card) => card.best !== card.latest) ? (
          <p className="hidden text-sm text-slate-600 lg:block dark:text-slate-400">{m.kpis.bothShown}</p>
        ) : null
      }
    >
      {cards.length === 0 ? <NoFiguresState view={view} nav={nav} message={m.kpis.empty} /> : null}
      {allCards.length === 0 ? null : (
        <ul
          hidden={cards.length === 0}
          className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3 lg:grid-cols-5"
          aria-label={m.kpis.heading}
        >
          {allCards.map((card) => (
            <li key={card.metric.id} hidden={!chosen(card)} className="min-w-0">
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
      {openCard ? (
        // The history arrives in a chunk of its own: it is one click away, never on the first screen.
        <Suspense fallback={null}>
          <KpiHistory
            dataset={dataset}
            nav={nav}
            card={openCard}
            periodLabel={period.label}
            focusedId={view.focus}
            onClose={closeHistory}
          />
        </Suspense>
      ) : null}
    </SectionFrame>
  );
}

interface ClaimProps {
  dataset: Dataset;
  figure: Figure;
  m: CoreMessages;
  /** "Latest", "Best-supported": only when the card shows both. */
  label?: string;
  /** The best-supported claim, below the latest: its number smaller. */
  second?: boolean;
}

/**
 * One claim on a card: its label (when the card shows two) and support level, then the value
 * as stated, split for reading (qualifier words, number, unit), who said it and when, and its
 * caveat if it has one.
 */
function Claim({ dataset, figure, m, label, second }: ClaimProps) {
  const text = formatFigure(figure, m);
  const bare = formatValue(figure.value, figure.unit, 'none', m);
  const qualifier = m.qualifier[figure.qualifier];
  const number = bare.unitText
    ? bare.short.slice(0, bare.short.length - bare.unitText.length - 1)
    : bare.short;
  // Labelled, a claim is a group named by its label: a screen reader says which claim it reads.
  const labelId = `claim-${figure.id}`;
  return (
    <div role={label ? 'group' : undefined} aria-labelledby={label ? labelId : undefined}>
      <p className={`flex flex-wrap items-center gap-x-1.5 gap-y-1 ${second ? 'mt-1.5' : 'mt-1'}`}>
        {label ? (
          <span
            id={labelId}
            className="text-xs font-semibold tracking-wide text-slate-800 uppercase dark:text-slate-200"
          >
            {label}
          </span>
        ) : null}
        <SupportBadge level={figure.support} />
      </p>
      <p className="mt-0.5">
        <span aria-hidden="true" className="text-xs text-slate-600 dark:text-slate-400">
          {qualifier}
        </span>
        {qualifier ? ' ' : null}
        <span
          aria-hidden="true"
          className={`font-semibold tracking-tight tabular-nums ${second ? 'text-base leading-5' : 'text-2xl leading-7'}`}
        >
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
      <p className="text-xs text-slate-700 dark:text-slate-300">{attributionLine(dataset, figure, m)}</p>
      {/* Clamped on a desk, where five cards share a row: whole on hover, to a screen reader and in the history. */}
      <Caveat text={figure.caveat} clamp />
    </div>
  );
}

interface KpiCardViewProps {
  dataset: Dataset;
  card: KpiCard;
  onOpen: () => void;
  triggerRef: (element: HTMLButtonElement | null) => void;
}

/**
 * A card is drawn again only when what it shows changes. Its report list is kept per dataset
 * (kpis.ts), so a category toggle, which only hides and shows cards, draws none of them.
 * The handlers it gets anew are not compared: they use the card's own metric and the view's
 * `update`, which is a new function only when the link vocabulary changes. That follows the
 * dataset, which is compared, except when a link pins the latest version and the list of
 * versions arrives; the dataset is then the same, and so is the latest version's id, the only
 * one such a link can carry, so the card's old `update` reads that link the same way.
 */
const KpiCardView = memo(
  KpiCardBody,
  (before, after) =>
    before.dataset === after.dataset &&
    before.card.metric === after.card.metric &&
    before.card.latest === after.card.latest &&
    // The best-supported claim, like the latest, follows from the history.
    before.card.history === after.card.history &&
    before.card.disputed === after.card.disputed,
);

function KpiCardBody({ dataset, card, onOpen, triggerRef }: KpiCardViewProps) {
  const m = useMessages();
  const { latest, best } = card;
  // The latest claim is not the best-supported: both are shown, each labelled (kpis.ts).
  const both = best !== latest;
  return (
    <article
      id={`figure-${latest.id}`}
      aria-labelledby={`kpi-${card.metric.id}`}
      className={`flex h-full flex-col rounded-lg border bg-white p-3 shadow-xs sm:p-4 lg:p-3 dark:bg-slate-900 ${
        card.disputed ? 'border-amber-400 dark:border-amber-600' : 'border-slate-200 dark:border-slate-800'
      }`}
    >
      <h3
        id={`kpi-${card.metric.id}`}
        className="min-h-8 text-xs font-semibold tracking-wide text-slate-600 uppercase lg:min-h-0 dark:text-slate-400"
      >
        {card.metric.label}
      </h3>
      <Claim dataset={dataset} figure={latest} m={m} label={both ? m.kpis.latest : undefined} />
      {both ? (
        <>
          <Claim dataset={dataset} figure={best} m={m} label={m.kpis.best} second />
          {/* On a desk the five cards share a row and this line is said once, beside the heading. */}
          <p className="mt-1.5 text-xs text-slate-600 lg:sr-only dark:text-slate-400">{m.kpis.bothShown}</p>
        </>
      ) : null}
      <p className="sr-only">{m.kpis.latestOf(card.history.length)}</p>
      <div className="mt-auto pt-1.5">
        {card.disputed ? (
          <Badge tone="amber" title={m.kpis.disputedClaimDetail}>
            <span aria-hidden="true">⚠</span>
            {m.kpis.disputedShort}
            <span className="sr-only">: {m.kpis.disputedClaim}</span>
          </Badge>
        ) : null}
        <button
          ref={triggerRef}
          type="button"
          onClick={onOpen}
          aria-haspopup="dialog"
          className="-mx-1 flex w-[calc(100%+0.5rem)] flex-wrap items-center gap-x-2 gap-y-1 rounded-md px-1 py-0.5 text-left text-xs font-medium text-sky-800 hover:bg-sky-50 active:translate-y-px dark:text-sky-300 dark:hover:bg-slate-800"
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
        {/* The figures arrive in a chunk of their own: closed by default, never on the first screen. */}
        <Suspense fallback={null}>
          <OtherPeriodFigures open={open} dataset={dataset} nav={nav} group={group} focusedId={focusedId} />
        </Suspense>
      </div>
    </section>
  );
}
