import { useState } from 'react';
import { Badge } from '../../components/badge';
import { DISCLOSURE_PANEL, DisclosureButton } from '../../components/disclosure';
import { PanelContent } from '../../components/panel-content';
import { FigureAmount } from '../../components/figure-amount';
import { Quote } from '../../components/quote';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { formatDateWithPrecision, formatFigure } from '../../data/figure-format';
import type { Dataset, Person } from '../../data/schema';
import { metricLabel, reportDateText } from '../../data/selectors';
import { agencyOf, machineDate } from '../../data/record-selectors';
import { useSectionMessages } from '../../i18n/i18n';
import { formatDay } from '../../lib/format';
import { FocusLink } from '../shared/focus-link';
import type { NavContext } from '../shared/section-props';
import { SourceRefs } from '../shared/source-refs';
import { figuresAnnouncedBy, isSingleSource } from './people';

/** One person of the People section: who they are, their roles over time, quotes and figures, each with its sources. */

export interface PersonCardProps {
  dataset: Dataset;
  nav: NavContext;
  person: Person;
  focusedId: string | null;
  clearFocus: () => void;
  pagingRef: (element: HTMLElement | null) => void;
}

export function PersonCard({ dataset, nav, person, focusedId, clearFocus, pagingRef }: PersonCardProps) {
  const m = useSectionMessages();
  const focused = focusedId === person.id;
  // Whether a card the reader opened by hand stays open is presentation, not view state;
  // `focus=<person id>` (the shareable form) opens it from the URL.
  const [openedByHand, setOpenedByHand] = useState(false);
  const expanded = focused || openedByHand;
  const focusRef = useFocusTarget<HTMLElement>(focused);
  const titleId = `person-${person.id}-name`;
  const panelId = `person-${person.id}-details`;
  const agency = agencyOf(dataset, person.agencyId);
  const figures = figuresAnnouncedBy(dataset, person.id);

  return (
    <article
      ref={(element) => {
        focusRef.current = element;
        pagingRef(element);
      }}
      id={`person-${person.id}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={focused ? 'true' : undefined}
      className={`scroll-mt-24 rounded-lg border bg-white p-3 dark:bg-slate-900 ${
        focused
          ? `border-amber-500 dark:border-amber-300 ${FOCUSED_ITEM_CLASS}`
          : 'border-slate-200 dark:border-slate-800'
      }`}
    >
      <h4 id={titleId} className="font-semibold">
        {person.name}
      </h4>
      <dl className="mt-0.5 space-y-1 text-sm">
        <div>
          <dt className="sr-only">{m.people.roleAsOf}</dt>
          <dd>{person.role}</dd>
        </div>
        <div>
          <dt className="sr-only">{agency ? m.people.agency : m.people.organisation}</dt>
          <dd className="text-slate-600 dark:text-slate-400">{agency ? agency.name : person.organisation}</dd>
        </div>
        <div className="flex flex-wrap items-center gap-1 pt-0.5">
          <dt className="sr-only">{m.people.appearance}</dt>
          {person.appearance.map((appearance) => (
            <dd key={appearance}>
              <Badge tone="neutral">{m.people.appearances[appearance]}</Badge>
            </dd>
          ))}
          <dd>
            <SupportBadge level={person.support} />
          </dd>
          {person.group === 'association' && isSingleSource(dataset, person) ? (
            <dd>
              <Badge tone="amber" title={m.people.singleSourceDescription}>
                {m.people.singleSource}
              </Badge>
            </dd>
          ) : null}
        </div>
      </dl>
      <div className="mt-1.5 -ml-1">
        <DisclosureButton
          open={expanded}
          onOpenChange={(next) => {
            setOpenedByHand(next);
            if (!next && focused) clearFocus();
          }}
          controls={panelId}
          label={m.people.detailsLabel(person.name)}
          className="w-auto! rounded-md py-0.5 pr-1.5 pl-1 text-sm font-medium text-sky-800 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-slate-800"
        >
          {m.people.details}
        </DisclosureButton>
      </div>
      <div id={panelId} hidden={!expanded} {...DISCLOSURE_PANEL} className="mt-2 space-y-3 text-sm">
        <PanelContent open={expanded}>
          {() => (
            <>
              {person.secondaryTitle ? (
                <p>
                  {m.people.secondaryTitle(
                    person.secondaryTitle.title,
                    formatDay(person.secondaryTitle.since, m.locale),
                  )}
                  , {m.people.secondaryTitleOrder} (
                  <SourceRefs dataset={dataset} nav={nav} sourceIds={person.secondaryTitle.sourceIds} />)
                </p>
              ) : null}
              {person.changes.length > 0 ? (
                <div>
                  <h5 className="font-medium">{m.people.changes}</h5>
                  <ul className="mt-1 space-y-1">
                    {person.changes.map((change, i) => (
                      <li key={i}>
                        <time dateTime={machineDate(change)}>
                          {formatDateWithPrecision(change.date, change.datePrecision, m.locale)}
                        </time>
                        : {change.description} (
                        <SourceRefs dataset={dataset} nav={nav} sourceIds={change.sourceIds} />)
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {person.appearanceNote ? <p>{person.appearanceNote}</p> : null}
              <div>
                <h5 className="font-medium">{m.people.quotes}</h5>
                {person.quotes.length === 0 ? (
                  <p className="text-slate-600 dark:text-slate-400">{m.people.noQuotes}</p>
                ) : (
                  <ul className="mt-1 space-y-2">
                    {person.quotes.map((quote, i) => (
                      <li key={i}>
                        <Quote text={quote.text} verbatim lang={quote.language} />
                        <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
                          <time dateTime={machineDate(quote)}>
                            {formatDateWithPrecision(quote.date, quote.datePrecision, m.locale)}
                          </time>
                          {quote.context ? ` · ${quote.context}` : null} · {m.people.sources}:{' '}
                          <SourceRefs dataset={dataset} nav={nav} sourceIds={quote.sourceIds} />
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <h5 id={`${panelId}-figures`} className="font-medium">
                  {m.people.figuresAnnounced}
                </h5>
                {figures.length === 0 ? (
                  <p className="text-slate-600 dark:text-slate-400">{m.people.noFigures}</p>
                ) : (
                  <ul aria-labelledby={`${panelId}-figures`} className="mt-1 space-y-1">
                    {figures.map((figure) => {
                      const text = formatFigure(figure, m);
                      const metric = metricLabel(dataset, figure.metricId);
                      const date = reportDateText(dataset, figure, m.locale);
                      return (
                        <li key={figure.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                          <FocusLink
                            nav={nav}
                            target={figure.id}
                            label={m.people.showFigure(`${metric}: ${text.full}`)}
                          >
                            {metric}: <FigureAmount text={text} />
                          </FocusLink>
                          <span className="text-xs text-slate-600 dark:text-slate-400">{date}</span>
                          <SupportBadge level={figure.support} />
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
              {person.note ? (
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  <span className="font-medium">{m.people.note}: </span>
                  {person.note}
                </p>
              ) : null}
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {m.people.sources}: <SourceRefs dataset={dataset} nav={nav} sourceIds={person.sourceIds} />
              </p>
            </>
          )}
        </PanelContent>
      </div>
    </article>
  );
}
