/** `all`, in its order, keeping those in `chosen` with `id` switched: added if absent, else removed. */
export function toggled<T>(all: readonly T[], chosen: Iterable<T>, id: T): T[] {
  const set = new Set(chosen);
  if (set.has(id)) set.delete(id);
  else set.add(id);
  return all.filter((x) => set.has(x));
}
