/**
 * Shared by `npm run bench:scale` and the unit tests of lists that grow with the data
 * (tests/scale.test.tsx). Generated on the fly, never written into the repository.
 */

/**
 * SYNTHETIC data for measuring and testing at scale, never shipped: `real` (the dataset)
 * with every source, report, figure, event, person and group copied `scale` times. Copy k > 0 gets ids suffixed `-synthetic-k` and points at copy k of whatever
 * it references, so the integrity check passes and the app does the work it would do on a real
 * dataset of that size. Vocabularies (categories, agencies, metrics, periods) stay as they are:
 * links and filters keep their meaning.
 */
export function synthetic(real, scale) {
  if (scale === 1) return real;
  const kinds = ['sources', 'reports', 'figures', 'events', 'people', 'groups'];
  const copied = new Set(kinds.flatMap((kind) => real[kind].map((item) => item.id)));
  const idOf = (id, k) => (k === 0 || !copied.has(id) ? id : `${id}-synthetic-${k}`);
  const remap = (value, k) => {
    if (Array.isArray(value)) return value.map((v) => remap(v, k));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => {
          if (typeof v === 'string' && (key === 'id' || key.endsWith('Id'))) return [key, idOf(v, k)];
          if (Array.isArray(v) && key.endsWith('Ids')) return [key, v.map((id) => idOf(id, k))];
          return [key, remap(v, k)];
        }),
      );
    }
    return value;
  };
  const data = {
    ...real,
    title: `SYNTHETIC benchmark data (${scale}× ${real.title}); not real figures`,
  };
  for (const kind of kinds) {
    data[kind] = Array.from({ length: scale }, (_, k) => remap(real[kind], k)).flat();
  }
  return data;
}
