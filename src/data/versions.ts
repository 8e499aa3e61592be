import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { DatasetError, fetchDataset, fetchDataText, formatIssuePath } from './hstf-query';
import { isoDate, versionId } from './schema';

/**
 * The published data versions (`public/data/versions.json`), oldest first. Each stays
 * unchanged at `data/archive/<id>.json`; the newest is also `data/hstf.json`.
 */
export const VERSIONS_PATH = 'data/versions.json';

export const dataVersionSchema = z.strictObject({
  id: versionId,
  reviewedOn: isoDate,
  /** One line on what changed since the previous version. */
  summary: z.string().check(z.trim(), z.minLength(1)),
});

export const versionListSchema = z.strictObject({
  versions: z.array(dataVersionSchema).check(
    z.minLength(1),
    z.refine((list) => new Set(list.map((v) => v.id)).size === list.length, 'version ids must be unique'),
  ),
});

export type DataVersion = z.infer<typeof dataVersionSchema>;

export function archivePath(id: string): string {
  return `data/archive/${id}.json`;
}

export function parseVersionList(path: string, text: string): DataVersion[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(path, {
      kind: 'malformed',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const result = versionListSchema.safeParse(json);
  if (!result.success) {
    throw new DatasetError(path, {
      kind: 'invalid',
      issues: result.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })),
    });
  }
  return result.data.versions;
}

export function versionsQueryOptions() {
  return queryOptions({
    queryKey: ['hstf-versions'],
    queryFn: async ({ signal }) =>
      parseVersionList(VERSIONS_PATH, await fetchDataText(VERSIONS_PATH, signal)),
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
