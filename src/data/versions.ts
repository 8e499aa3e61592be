import { queryOptions } from '@tanstack/react-query';
import { fetchDataset, fetchDataText } from './hstf-query';

/**
 * The published data versions (`public/data/versions.json`), oldest first. Each stays
 * unchanged at `data/archive/<id>.json`; the newest is also `data/hstf.json`.
 */
const VERSIONS_PATH = 'data/versions.json';

/** One published version, as listed in `data/versions.json` (validated by `version-list.ts`). */
export interface DataVersion {
  id: string;
  reviewedOn: string;
  /** One line on what changed since the previous version. */
  summary: string;
}

export function archivePath(id: string): string {
  return `data/archive/${id}.json`;
}

export function versionsQueryOptions() {
  return queryOptions({
    queryKey: ['hstf-versions'],
    queryFn: async ({ signal }) => {
      const [text, { parseVersionList }] = await Promise.all([
        fetchDataText(VERSIONS_PATH, signal),
        import('./version-list'),
      ]);
      return parseVersionList(VERSIONS_PATH, text);
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** An archived version; the newest is read from `hstf.json`, which the tests keep identical to its archive. */
export function archiveQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['hstf-dataset', id],
    queryFn: ({ signal }) => fetchDataset(signal, archivePath(id)),
    staleTime: Infinity,
    retry: false,
  });
}

/** Which file holds the data a link asks for: `null` (no `v`, or an unknown one) means the newest. */
export function requestedArchive(requested: string | null, versions: readonly DataVersion[]): string | null {
  if (requested === null) return null;
  const index = versions.findIndex((v) => v.id === requested);
  if (index === -1 || index === versions.length - 1) return null;
  return requested;
}
