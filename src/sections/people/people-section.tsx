import { useId, useState } from 'react';
import { Button } from '../../components/button';
import { Disclosure } from '../../components/disclosure-panel';
import { EmptyState } from '../../components/empty-state';
import { SectionCount, SectionFrame } from '../../components/section-frame';
import { ShowMore } from '../../components/show-more';
import { usePaging, type Paging } from '../../components/use-paging';
import type { Dataset, NamedGroup, Person } from '../../data/schema';
import { focusedItem } from '../../data/selectors';
import { useSectionMessages } from '../../i18n/i18n';
import { clearFilters } from '../../view-state/view-state';
import type { NavContext, SectionProps } from '../shared/section-props';
import { FocusHiddenNotice } from '../shared/focus-hidden-notice';
import { SourceRefs } from '../shared/source-refs';
import { visibleGroups, visiblePeople } from './people';
import { PersonCard, type PersonCardProps } from './person-card';
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
