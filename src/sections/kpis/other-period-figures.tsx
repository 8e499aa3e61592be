import { Caveat } from '../../components/caveat';
import { FigureAmount } from '../../components/figure-amount';
import { PanelContent } from '../../components/panel-content';
import { ShowMore } from '../../components/show-more';
import { usePaging, type Paging } from '../../components/use-paging';
import { Quote } from '../../components/quote';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { formatFigure } from '../../data/figure-format';
import type { Dataset, Figure } from '../../data/schema';
import { attributionLine, metricLabel } from '../../data/selectors';
import { useSectionMessages } from '../../i18n/i18n';
import type { NavContext } from '../shared/section-props';
import { FigureSources } from './figure-sources';
import type { OtherPeriodGroup } from './kpis';

/**
 * The figures of another period, each on its own card with its quote and sources: drawn
 * only while their panel is open, or for a printout (PanelContent).
 */
export default function OtherPeriodFigures({
  open,
  ...props
}: {
  open: boolean;
  dataset: Dataset;
  nav: NavContext;
  group: OtherPeriodGroup;
  focusedId: string | null;
}) {
  return <PanelContent open={open}>{() => <OtherPeriodList {...props} />}</PanelContent>;
}

function OtherPeriodList({
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
  const m = useSectionMessages();
  const paging = usePaging(
    group.figures.length,
    PAGE_SIZE,
    group.figures.findIndex((figure) => figure.id === focusedId),
  );
  return (
    <>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{m.kpiHistory.otherPeriodIntro}</p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label={group.period.label}>
        {group.figures.slice(0, paging.rendered).map((figure, index) => (
          <OtherPeriodFigure
            key={figure.id}
            dataset={dataset}
            nav={nav}
            figure={figure}
            focused={figure.id === focusedId}
            pagedOut={paging.pagedOut(index)}
            pagingRef={paging.itemRef(index)}
          />
        ))}
      </ul>
      <ShowMore paging={paging} />
    </>
  );
}

/** A page of another period's figures: today's January 2026 surge (11) shows whole. */
const PAGE_SIZE = 12;

function OtherPeriodFigure({
  dataset,
  nav,
  figure,
  focused,
  pagedOut,
  pagingRef,
}: {
  dataset: Dataset;
  nav: NavContext;
  figure: Figure;
  focused: boolean;
  pagedOut: ReturnType<Paging['pagedOut']>;
  pagingRef: (element: HTMLElement | null) => void;
}) {
  const m = useSectionMessages();
  const ref = useFocusTarget<HTMLLIElement>(focused);
  const text = formatFigure(figure, m);
  return (
    <li
      {...pagedOut}
      ref={(element) => {
        ref.current = element;
        pagingRef(element);
      }}
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
      <Caveat text={figure.caveat} />
      <p className="text-xs">{attributionLine(dataset, figure, m)}</p>
      <div>
        <SupportBadge level={figure.support} />
      </div>
      <Quote text={figure.quote.text} verbatim={figure.quote.verbatim} lang={figure.quote.language} />
      <FigureSources dataset={dataset} nav={nav} figure={figure} />
    </li>
  );
}
