import { useId, useState } from 'react';

import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { DISCLOSURE_PANEL, DisclosureButton } from '../../components/disclosure';
import { PanelContent } from '../../components/panel-content';
import { Disclosure } from '../../components/disclosure-panel';
import { EmptyState } from '../../components/empty-state';
import { FigureAmount } from '../../components/figure-amount';
import { Quote } from '../../components/quote';
import { SectionCount, SectionFrame } from '../../components/section-frame';
import { ShowMore } from '../../components/show-more';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { usePaging, type Paging } from '../../components/use-paging';
import { formatDateWithPrecision, formatFigure } from '../../data/figure-format';
import type { Dataset, NamedGroup, Person } from '../../data/schema';
import { focusedItem, metricLabel, reportDateText } from '../../data/selectors';
import { agencyOf, machineDate } from '../../data/record-selectors';
import { useSectionMessages } from '../../i18n/i18n';
import { formatDay } from '../../lib/format';
import { clearFilters } from '../../view-state/view-state';
import { FocusLink } from '../shared/focus-link';
import type { NavContext, SectionProps } from '../shared/section-props';
import { FocusHiddenNotice } from '../shared/focus-hidden-notice';
import { SourceRefs } from '../shared/source-refs';
import { figuresAnnouncedBy, isSingleSource, visibleGroups, visiblePeople } from './people';

/** Cards shown per group before "Show more": one row on a wide screen. */
const PAGE_SIZE = 5;

export function PeopleSection({ dataset, view, nav }: SectionProps) {
  const m = useSectionMessages();
  const { officials, associations, total } = visiblePeople(dataset, view);
  const shown = officials.length + associations.length;
  const groups = visibleGroups(dataset, view.q);
  const focusedPerson = focusedItem(dataset, view.focus).person ?? null;
  const focusHidden =
    focusedPerson !== null && !officials.includes(focusedPerson) && !associations.includes(focusedPerson);
  const clearFocus = () => nav.onViewChange((state) => ({ ...state, focus: null }));
  const cardProps = { dataset, nav, focusedId: view.focus, clearFocus };

  return (
    <SectionFrame
      id="people"
      heading={m.sectionHeadings.people}
      intro={m.people.intro}
      aside={<SectionCount>{m.people.count(shown, total)}</SectionCount>}
    >
      {focusHidden ? (
        <FocusHiddenNotice nav={nav} message={m.people.focusHidden} actionLabel={m.people.showAll} />
      ) : null}
      {shown === 0 ? (
        <div className="mt-3">
          <EmptyState
            message={m.people.empty}
            action={
              <Button size="sm" onClick={() => nav.onViewChange(clearFilters)}>
                {m.people.clearFilters}
              </Button>
            }
          />
        </div>
      ) : null}
      <PeopleGroup
        id="people-officials"
        heading={m.people.officials}
        people={officials}
        cardProps={cardProps}
      />
      <PeopleGroup
        id="people-associations"
        heading={m.people.associations}
        intro={m.people.associationsIntro}
        people={associations}
        cardProps={cardProps}
      />
      <GroupList dataset={dataset} nav={nav} groups={groups} />
    </SectionFrame>
  );
}

/** A titled grid of person cards, a page at a time; nothing when the filters leave no one in it. */
function PeopleGroup({
  id,
  heading,
  intro,
  people,
  cardProps,
}: {
  id: string;
  heading: string;
  intro?: string;
  people: readonly Person[];
  cardProps: Omit<PersonCardProps, 'person' | 'pagingRef'>;
}) {
  const focusIndex = people.findIndex((person) => person.id === cardProps.focusedId);
  const paging = usePaging(people.length, PAGE_SIZE, focusIndex);
  if (people.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 id={id} className="text-sm font-semibold">
        {heading}
      </h3>
      {intro ? <p className="mt-0.5 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{intro}</p> : null}
      <ul
        aria-labelledby={id}
        className="mt-2 grid items-start gap-2 sm:grid-cols-2 sm:gap-3 lg:grid-cols-4 xl:grid-cols-5"
      >
        {people.slice(0, paging.rendered).map((person, index) => (
          <li key={person.id} {...paging.pagedOut(index)}>
            <PersonCard person={person} pagingRef={paging.itemRef(index)} {...cardProps} />
          </li>
        ))}
      </ul>
      <ShowMore paging={paging} />
    </div>
  );
}

interface PersonCardProps {
  dataset: Dataset;
  nav: NavContext;
  person: Person;
  focusedId: string | null;
  clearFocus: () => void;
  pagingRef: (element: HTMLElement | null) => void;
}

function PersonCard({ dataset, nav, person, focusedId, clearFocus, pagingRef }: PersonCardProps) {
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

function GroupList({
  dataset,
  nav,
  groups,
}: {
  dataset: Dataset;
  nav: NavContext;
  groups: readonly NamedGroup[];
}) {
  const m = useSectionMessages();
  const headingId = useId();
  const paging = usePaging(groups.length, GROUP_PAGE_SIZE);
  return (
    <div className="mt-6">
      <h3 id={headingId} className="text-sm font-semibold">
        {m.people.groups.heading}
      </h3>
      <p className="mt-0.5 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{m.people.groups.intro}</p>
      {groups.length === 0 ? (
        <p className="mt-2 text-sm">{m.people.groups.empty}</p>
      ) : (
        <ul
          aria-labelledby={headingId}
          className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
        >
          {groups.slice(0, paging.rendered).map((group, index) => (
            <GroupItem
              key={group.id}
              dataset={dataset}
              nav={nav}
              group={group}
              pagedOut={paging.pagedOut(index)}
              pagingRef={paging.itemRef(index)}
            />
          ))}
        </ul>
      )}
      <ShowMore paging={paging} />
    </div>
  );
}

/** A page of named groups: today's five show whole. */
const GROUP_PAGE_SIZE = 8;

function GroupItem({
  dataset,
  nav,
  group,
  pagedOut,
  pagingRef,
}: {
  dataset: Dataset;
  nav: NavContext;
  group: NamedGroup;
  pagedOut: ReturnType<Paging['pagedOut']>;
  pagingRef: (element: HTMLElement | null) => void;
}) {
  const m = useSectionMessages();
  const [open, setOpen] = useState(false);
  return (
    <li id={`group-${group.id}`} ref={pagingRef} tabIndex={-1} {...pagedOut}>
      <Disclosure
        open={open}
        onOpenChange={setOpen}
        buttonClassName="px-3 py-2 hover:bg-slate-50 dark:hover:bg-slate-800/60"
        className="space-y-1 px-3 pb-3 pl-9"
        summary={
          <span className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="font-medium">{group.name}</span>
            <span className="text-xs text-slate-600 dark:text-slate-400">
              {m.people.groups.mentionCount(group.mentions.length)}
            </span>
          </span>
        }
      >
        {() => (
          <>
            {group.aliases.length > 0 ? (
              <p>
                <span className="font-medium">{m.people.groups.aliases}: </span>
                {group.aliases.map((alias, i) => (
                  <span key={alias.text}>
                    {i > 0 ? '; ' : null}“{alias.text}”{alias.note ? ` (${alias.note})` : null}
                  </span>
                ))}
              </p>
            ) : null}
            <p className="font-medium">{m.people.groups.mentions}:</p>
            <ul className="list-disc pl-5">
              {group.mentions.map((mention, i) => (
                <li key={i}>
                  {mention.context} (
                  <SourceRefs dataset={dataset} nav={nav} sourceIds={mention.sourceIds} />)
                </li>
              ))}
            </ul>
            {group.note ? (
              <p className="text-xs text-slate-600 dark:text-slate-400">
                <span className="font-medium">{m.people.note}: </span>
                {group.note}
              </p>
            ) : null}
          </>
        )}
      </Disclosure>
    </li>
  );
}
