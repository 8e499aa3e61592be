import { useState } from 'react';
import { Button } from '../../components/button';
import { DISCLOSURE_PANEL, DisclosureButton } from '../../components/disclosure';
import { PanelContent } from '../../components/panel-content';
import { FigureAmount } from '../../components/figure-amount';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { formatFigure } from '../../data/figure-format';
import { metricLabel } from '../../data/selectors';
import { machineDate } from '../../data/record-selectors';
import type { Dataset, HstfEvent } from '../../data/schema';
import { useSectionMessages } from '../../i18n/i18n';
import { FocusLink } from '../shared/focus-link';
import type { NavContext } from '../shared/section-props';
import { SourceRefs } from '../shared/source-refs';
import { EventTypeBadge } from './event-type-badge';
import { agencyNames, eventDateText, figuresOfEvent } from './timeline';

/** One event of the timeline list: its date, type, agencies, summary and sources. */

interface EventEntryProps {
  dataset: Dataset;
  nav: NavContext;
  event: HstfEvent;
  focused: boolean;
  tableShown: boolean;
  onSelect: (id: string | null) => void;
  pagingRef: (element: HTMLElement | null) => void;
}

/** One line per event (date, type, title, support); the rest opens under it. `focus=<id>` opens it. */
export function EventEntry({
  dataset,
  nav,
  event,
  focused,
  tableShown,
  onSelect,
  pagingRef,
}: EventEntryProps) {
  const m = useSectionMessages();
  const focusRef = useFocusTarget<HTMLElement>(focused);
  // Whether a row the reader opened by hand stays open is presentation, not view state.
  const [openedByHand, setOpenedByHand] = useState(false);
  const open = focused || openedByHand;
  const figures = figuresOfEvent(dataset, event);
  const titleId = `event-${event.id}-title`;
  const panelId = `event-${event.id}-details`;
  return (
    <article
      ref={(element) => {
        focusRef.current = element;
        pagingRef(element);
      }}
      id={`event-${event.id}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={focused ? 'true' : undefined}
      className={`scroll-mt-24 ${focused ? `relative bg-amber-50/60 dark:bg-amber-950/30 ${FOCUSED_ITEM_CLASS}` : ''}`}
    >
      <h4>
        <DisclosureButton
          open={open}
          onOpenChange={(next) => {
            setOpenedByHand(next);
            if (!next && focused) onSelect(null);
          }}
          controls={panelId}
          className="px-4 py-2.5 hover:bg-slate-50 dark:hover:bg-slate-800/60"
        >
          <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <time
              dateTime={machineDate(event)}
              className="w-28 shrink-0 text-sm text-slate-600 tabular-nums dark:text-slate-400"
            >
              {event.datePrecision === 'month' ? (
                <>
                  <span aria-hidden="true">≈ </span>
                  {eventDateText(event, m)}
                  <span className="sr-only"> ({m.timeline.approximate})</span>
                </>
              ) : (
                eventDateText(event, m)
              )}
            </time>
            <span id={titleId} className="min-w-0 flex-1 basis-48 text-sm font-medium">
              {event.title}
            </span>
            <span className="flex shrink-0 gap-1">
              <EventTypeBadge
                type={event.type}
                label={m.timeline.types[event.type]}
                typeWord={m.timeline.type}
              />
              <SupportBadge level={event.support} />
            </span>
          </span>
        </DisclosureButton>
      </h4>
      <div id={panelId} hidden={!open} {...DISCLOSURE_PANEL} className="space-y-2 px-4 pb-3 pl-10 text-sm">
        <PanelContent open={open}>
          {() => (
            <>
              <p>{event.summary}</p>
              {event.dateNote ? <p className="text-slate-600 dark:text-slate-400">{event.dateNote}</p> : null}
              <p>
                <span className="font-medium">{m.timeline.agencies}: </span>
                {agencyNames(dataset, event, m.timeline.noAgency)}
              </p>
              {figures.length > 0 ? (
                <div>
                  <h5 className="font-medium">{m.timeline.figuresCarried}</h5>
                  <ul className="mt-1 space-y-1">
                    {figures.map((figure) => {
                      const text = formatFigure(figure, m);
                      const label = `${metricLabel(dataset, figure.metricId)}: ${text.full}`;
                      return (
                        <li key={figure.id} className="flex flex-wrap items-center gap-2">
                          <FocusLink nav={nav} target={figure.id} label={m.timeline.showFigure(label)}>
                            {metricLabel(dataset, figure.metricId)}: <FigureAmount text={text} />
                          </FocusLink>
                          {figure.support === 'disputed' ? <SupportBadge level={figure.support} /> : null}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ) : null}
              {event.note ? (
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  <span className="font-medium">{m.figureDetail.note}: </span>
                  {event.note}
                </p>
              ) : null}
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {m.figureDetail.sources}:{' '}
                <SourceRefs dataset={dataset} nav={nav} sourceIds={event.sourceIds} />
              </p>
              <Button
                variant="toggle"
                size="sm"
                aria-pressed={focused}
                onClick={() => onSelect(focused ? null : event.id)}
              >
                {tableShown ? m.timeline.showInTable : m.timeline.showOnChart}
              </Button>
            </>
          )}
        </PanelContent>
      </div>
    </article>
  );
}
