import {
  ancestorsOf,
  canonicalAgencies,
  componentsOf,
  coveredAgencies,
  type AgencyParents,
} from '../data/agencies';

/**
 * Toggles an agency in the agency filter, where a parent covers its components
 * (DOJ covers the FBI): turning a parent on or off turns its components with it. The
 * result is in canonical form, so a parent with all its components is written once.
 */
export function toggleAgency(
  parents: AgencyParents,
  all: readonly string[],
  selected: readonly string[] | null,
  id: string,
): string[] | null {
  const covered = new Set(coveredAgencies(parents, selected ?? all));
  const family = [id, ...componentsOf(parents, all, id)];
  if (covered.has(id)) {
    for (const x of family) covered.delete(x);
    // An agency cannot be off while a parent covering it is on.
    for (const x of ancestorsOf(parents, id)) covered.delete(x);
  } else {
    for (const x of family) covered.add(x);
  }
  return canonicalAgencies(
    parents,
    all,
    all.filter((x) => covered.has(x)),
  );
}
