import { useId, useState } from 'react';

import { FigureAmount } from '../../components/figure-amount';
import { Quote } from '../../components/quote';
import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { formatDateWithPrecision, formatFigure } from '../../data/figure-format';
import { agencyOf, focusedItem, machineDate, metricLabel, reportDateText } from '../../data/selectors';
import type { NamedGroup, Person } from '../../data/schema';
import { SectionFrame } from '../../components/section-frame';
import { useMessages } from '../../i18n/i18n';
import { formatDay } from '../../lib/format';
import type { SectionProps } from '../../view-state/section-props';
import { FocusLink } from '../shared/focus-link';
import { SourceRefs } from '../shared/source-refs';
import { clearFilters } from '../../view-state/view-state';
import { figuresAnnouncedBy, isSingleSource, visibleGroups, visiblePeople } from './people';

const BUTTON_CLASS =
  'rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-slate-500 dark:bg-slate-800 dark:hover:bg-slate-700 dark:focus-visible:outline-sky-300';

export function PeopleSection(section: SectionProps) {
  const { dataset, view, onViewChange } = section;
  const m = useMessages();
  const { officials, associations, total } = visiblePeople(dataset, view);
  const shown = officials.length + associations.length;
  const groups = visibleGroups(dataset, view.q);
  const focusedPerson = focusedItem(dataset, view.focus).person ?? null;
  const focusHidden =
    focusedPerson !== null && !officials.includes(focusedPerson) && !associations.includes(focusedPerson);
  const clearFocus = () => onViewChange((state) => ({ ...state, focus: null }));
  const cardProps = { section, focusedId: view.focus, clearFocus };

  return (
    <SectionFrame id="people" heading={m.people.heading} intro={m.people.intro}>
      <p aria-live="polite" className="mt-2 text-sm font-medium">
        {m.people.count(shown, total)}
      </p>
      {focusHidden ? (
        <div className="mt-3 flex flex-wrap items-center gap-3 rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
          <p>{m.people.focusHidden}</p>
          <button
            type="button"
            className={BUTTON_CLASS}
            onClick={() => onViewChange((state) => ({ ...clearFilters(state), focus: state.focus }))}
          >
            {m.people.showAll}
          </button>
        </div>
      ) : null}
      {shown === 0 ? (
        <div className="mt-4 flex flex-wrap items-center gap-3 rounded border border-dashed border-slate-400 p-4 text-sm dark:border-slate-500">
          <p>{m.people.empty}</p>
          <button type="button" className={BUTTON_CLASS} onClick={() => onViewChange(clearFilters)}>
            {m.people.clearFilters}
          </button>
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
      <GroupList section={section} groups={groups} />
    </SectionFrame>
  );
}

/** A titled grid of person cards; nothing when the filters leave no one in it. */
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
  cardProps: Omit<PersonCardProps, 'person'>;
}) {
  if (people.length === 0) return null;
  return (
    <>
      <h3 id={id} className="mt-6 text-lg font-semibold">
        {heading}
      </h3>
      {intro ? <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{intro}</p> : null}
      <ul aria-labelledby={id} className="mt-2 grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {people.map((person) => (
          <li key={person.id}>
            <PersonCard person={person} {...cardProps} />
          </li>
        ))}
      </ul>
    </>
  );
}

interface PersonCardProps {
  section: SectionProps;
  person: Person;
  focusedId: string | null;
  clearFocus: () => void;
}

function PersonCard({ section, person, focusedId, clearFocus }: PersonCardProps) {
  const { dataset } = section;
  const m = useMessages();
  const focused = focusedId === person.id;
  // Whether a card the reader opened by hand stays open is presentation, not view state;
  // `focus=<person id>` (the shareable form) opens it from the URL.
  const [openedByHand, setOpenedByHand] = useState(false);
  const expanded = focused || openedByHand;
  const ref = useFocusTarget<HTMLElement>(focused);
  const detailsId = useId();
  const titleId = `person-${person.id}-name`;
  const agency = agencyOf(dataset, person.agencyId);
  const figures = figuresAnnouncedBy(dataset, person.id);
  const toggle = () => {
    if (expanded) {
      setOpenedByHand(false);
      if (focused) clearFocus();
    } else {
      setOpenedByHand(true);
    }
  };

  return (
    <article
      ref={ref}
      id={`person-${person.id}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={focused ? 'true' : undefined}
      className={`scroll-mt-4 rounded-lg border bg-white p-4 dark:bg-slate-900 ${
        focused
          ? `border-amber-600 dark:border-amber-300 ${FOCUSED_ITEM_CLASS}`
          : 'border-slate-300 dark:border-slate-700'
      }`}
    >
      <h4 id={titleId} className="text-base font-semibold">
        {person.name}
      </h4>
      <dl className="mt-1 space-y-1 text-sm">
        <div>
          <dt className="sr-only">{m.people.roleAsOf}</dt>
          <dd>
            {person.role}
            {person.secondaryTitle ? (
              <span className="block">
                {m.people.secondaryTitle(
                  person.secondaryTitle.title,
                  formatDay(person.secondaryTitle.since, m.locale),
                )}
                , {m.people.secondaryTitleOrder} (
                <SourceRefs section={section} sourceIds={person.secondaryTitle.sourceIds} />)
              </span>
            ) : null}
          </dd>
        </div>
        {person.changes.length > 0 ? (
          <div>
            <dt className="font-medium">{m.people.changes}</dt>
            {person.changes.map((change, i) => (
              <dd key={i}>
                <time dateTime={machineDate(change)}>
                  {formatDateWithPrecision(change.date, change.datePrecision, m.locale)}
                </time>
                : {change.description} (
                <SourceRefs section={section} sourceIds={change.sourceIds} />)
              </dd>
            ))}
          </div>
        ) : null}
        <div>
          <dt className="sr-only">{agency ? m.people.agency : m.people.organisation}</dt>
          <dd className="text-slate-700 dark:text-slate-300">{agency ? agency.name : person.organisation}</dd>
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          <dt className="sr-only">{m.people.appearance}</dt>
          {person.appearance.map((appearance) => (
            <dd
              key={appearance}
              className="rounded border border-slate-500 px-1.5 py-0.5 text-xs font-medium dark:border-slate-400"
            >
              {m.people.appearances[appearance]}
            </dd>
          ))}
          <dd>
            <SupportBadge level={person.support} />
          </dd>
          {person.group === 'association' && isSingleSource(dataset, person) ? (
            <dd
              className="rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
              title={m.people.singleSourceDescription}
            >
              {m.people.singleSource}
            </dd>
          ) : null}
        </div>
      </dl>
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={detailsId}
        aria-label={m.people.detailsLabel(person.name)}
        onClick={toggle}
        className={`mt-3 ${BUTTON_CLASS}`}
      >
        <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
        {m.people.details}
      </button>
      <div id={detailsId} hidden={!expanded} className="mt-3 space-y-3 text-sm">
        {person.appearanceNote ? <p>{person.appearanceNote}</p> : null}
        <div>
          <h5 className="font-medium">{m.people.quotes}</h5>
          {person.quotes.length === 0 ? (
            <p className="text-slate-700 dark:text-slate-300">{m.people.noQuotes}</p>
          ) : (
            <ul className="mt-1 space-y-2">
              {person.quotes.map((quote, i) => (
                <li key={i}>
                  <Quote text={quote.text} verbatim lang={quote.language} />
                  <p className="mt-0.5 text-xs text-slate-700 dark:text-slate-300">
                    <time dateTime={machineDate(quote)}>
                      {formatDateWithPrecision(quote.date, quote.datePrecision, m.locale)}
                    </time>
                    {quote.context ? ` · ${quote.context}` : null} · {m.people.sources}:{' '}
                    <SourceRefs section={section} sourceIds={quote.sourceIds} />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h5 id={`${detailsId}-figures`} className="font-medium">
            {m.people.figuresAnnounced}
          </h5>
          {figures.length === 0 ? (
            <p className="text-slate-700 dark:text-slate-300">{m.people.noFigures}</p>
          ) : (
            <ul aria-labelledby={`${detailsId}-figures`} className="mt-1 space-y-1">
              {figures.map((figure) => {
                const text = formatFigure(figure, m);
                const metric = metricLabel(dataset, figure.metricId);
                const date = reportDateText(dataset, figure, m.locale);
                const content = (
                  <>
                    {metric}: <FigureAmount text={text} />
                  </>
                );
                return (
                  <li key={figure.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <FocusLink
                      {...section}
                      target={figure.id}
                      label={m.people.showFigure(`${metric}: ${text.full}`)}
                    >
                      {content}
                    </FocusLink>
                    <span className="text-xs text-slate-700 dark:text-slate-300">{date}</span>
                    <SupportBadge level={figure.support} />
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        {person.note ? (
          <p className="text-xs text-slate-700 dark:text-slate-300">
            <span className="font-medium">{m.people.note}: </span>
            {person.note}
          </p>
        ) : null}
        <p className="text-xs text-slate-700 dark:text-slate-300">
          {m.people.sources}: <SourceRefs section={section} sourceIds={person.sourceIds} />
        </p>
      </div>
    </article>
  );
}

function GroupList({ section, groups }: { section: SectionProps; groups: readonly NamedGroup[] }) {
  const m = useMessages();
  return (
    <div className="mt-8">
      <h3 id="people-groups" className="text-lg font-semibold">
        {m.people.groups.heading}
      </h3>
      <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{m.people.groups.intro}</p>
      {groups.length === 0 ? (
        <p className="mt-2 text-sm">{m.people.groups.empty}</p>
      ) : (
        <ul
          aria-labelledby="people-groups"
          className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-700"
        >
          {groups.map((group) => (
            <li key={group.id} id={`group-${group.id}`} className="py-2">
              <p className="font-semibold">{group.name}</p>
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
                    <SourceRefs section={section} sourceIds={mention.sourceIds} />)
                  </li>
                ))}
              </ul>
              {group.note ? (
                <p className="text-xs text-slate-700 dark:text-slate-300">
                  <span className="font-medium">{m.people.note}: </span>
                  {group.note}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
