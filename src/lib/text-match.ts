/** Lower-case, accent-free text, so "cartel jalisco" finds "Cártel de Jalisco". */
function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Case- and accent-insensitive substring match of a search query against any of the texts. */
export function matchesQuery(query: string, texts: readonly (string | undefined)[]): boolean {
  const needle = normaliseText(query.trim());
  if (needle === '') return true;
  return texts.some((text) => text !== undefined && normaliseText(text).includes(needle));
}
