import { agencyParentsOf, coveredAgencies } from '../../data/agencies';
import { byReportOrder } from '../../data/selectors';
import { figuresOfPerson, sourcesOf } from '../../data/record-selectors';
import type { Dataset, Figure, NamedGroup, Person } from '../../data/schema';
import { matchesQuery } from '../../lib/text-match';
import type { ViewState } from '../../view-state/view-state';

/** Pure derivations of the people section: which cards and groups a view shows. */

type PeopleFilter = Pick<ViewState, 'agency' | 'q'>;

function personMatches(person: Person, filter: PeopleFilter): boolean {
  // Association representatives belong to no agency, so any agency filter hides them.
  if (filter.agency !== null && (!person.agencyId || !filter.agency.includes(person.agencyId))) return false;
  return matchesQuery(filter.q, [
    person.name,
    person.role,
    person.secondaryTitle?.title,
    person.organisation,
    ...person.quotes.map((quote) => quote.text),
  ]);
}

interface VisiblePeople {
  officials: Person[];
  /** Law-enforcement association representatives, shown apart: reported by one outlet only. */
  associations: Person[];
  total: number;
}

/** The filter with each selected agency standing for itself and its components (DOJ covers the FBI). */
function withComponents<F extends { agency: readonly string[] | null }>(dataset: Dataset, filter: F): F {
  const covered = coveredAgencies(agencyParentsOf(dataset.agencies), filter.agency);
  return covered === null ? filter : { ...filter, agency: [...covered] };
}

export function visiblePeople(dataset: Dataset, filter: PeopleFilter): VisiblePeople {
  const covering = withComponents(dataset, filter);
  const shown = dataset.people.filter((person) => personMatches(person, covering));
  return {
    officials: shown.filter((person) => person.group === 'official'),
    associations: shown.filter((person) => person.group === 'association'),
    total: dataset.people.length,
  };
}

/** The figures a person stated, in the order they were reported. */
export function figuresAnnouncedBy(dataset: Dataset, personId: string): Figure[] {
  return byReportOrder(dataset, figuresOfPerson(dataset, personId));
}

/** Named groups whose name or any alias matches the search. */
export function visibleGroups(dataset: Dataset, q: string): NamedGroup[] {
  return dataset.groups.filter((group) =>
    matchesQuery(q, [group.name, ...group.aliases.map((alias) => alias.text)]),
  );
}

/**
 * True when one outlet alone reports the person present. An organisation's own statement
 * (Laura Cooper's title, from the Major Cities Chiefs Association's page) can confirm who
 * someone is, but not that they attended, so it does not count as a second report.
 */
export function isSingleSource(dataset: Dataset, person: Person): boolean {
  const reports = sourcesOf(dataset, person.sourceIds).filter((s) => s.kind !== 'official-statement');
  return new Set(reports.map((s) => s.publisher)).size === 1;
}
