/**
 * Agencies nest (the FBI is part of the DOJ, HSI part of DHS). Selecting a parent selects
 * its components too; selecting only a component selects only it. Pure helpers over an
 * agency → parent map, shared by the URL contract, the filters and the sections.
 */

/** agency id → the id of the agency it is part of, for agencies that are part of another. */
export type AgencyParents = ReadonlyMap<string, string>;

export function agencyParentsOf(
  agencies: readonly { id: string; parentId?: string | undefined }[],
): AgencyParents {
  return new Map(agencies.flatMap((a) => (a.parentId ? [[a.id, a.parentId] as const] : [])));
}

/** The agencies an agency is part of, nearest first. The schema rules out cycles; the guard is for bad input. */
export function ancestorsOf(parents: AgencyParents, id: string): string[] {
  const out: string[] = [];
  for (let p = parents.get(id); p !== undefined && !out.includes(p) && p !== id; p = parents.get(p))
    out.push(p);
  return out;
}

/** Its components, at any depth, in the order of `all`. */
export function componentsOf(parents: AgencyParents, all: readonly string[], id: string): string[] {
  return all.filter((other) => ancestorsOf(parents, other).includes(id));
}

/** Every agency a selection covers: the selected ones and all their components. `null` (all) stays `null`. */
export function coveredAgencies(
  parents: AgencyParents,
  selected: readonly string[] | null,
): ReadonlySet<string> | null {
  if (selected === null) return null;
  const wanted = new Set(selected);
  const covered = new Set(selected);
  for (const [child] of parents) {
    if (ancestorsOf(parents, child).some((a) => wanted.has(a))) covered.add(child);
  }
  return covered;
}

/**
 * The canonical form of a selection: each parent once, without the components it already
 * covers, in the order of `all`; a selection covering every agency is `null` (all); an
 * empty one stays empty (none).
 */
export function canonicalAgencies(
  parents: AgencyParents,
  all: readonly string[],
  selected: readonly string[] | null,
): string[] | null {
  if (selected === null) return null;
  if (selected.length === 0) return [];
  const wanted = new Set(selected);
  const minimal = all.filter((id) => wanted.has(id) && !ancestorsOf(parents, id).some((a) => wanted.has(a)));
  const covered = coveredAgencies(parents, minimal);
  return all.every((id) => covered?.has(id)) ? null : minimal;
}
