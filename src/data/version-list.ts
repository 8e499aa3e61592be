import * as z from 'zod/mini';

import { DatasetError } from './dataset-error';
import { describeIssue, PARSE_OPTIONS, type ProblemParams } from './describe-issue';
import { isoDate, versionId } from './schema';
import type { DataVersion } from './versions';

/** The schema of `data/versions.json`; loaded with the validator, only for a pinned link or the versions panel. */
const dataVersionSchema = z.strictObject({
  id: versionId,
  reviewedOn: isoDate,
  /** One line on what changed since the previous version. */
  summary: z.string().check(z.trim(), z.minLength(1)),
});

const versionListSchema = z.strictObject({
  versions: z.array(dataVersionSchema).check(
    z.minLength(1),
    z.refine((list) => new Set(list.map((v) => v.id)).size === list.length, {
      params: { problem: { kind: 'repeated-version' } } satisfies ProblemParams,
    }),
  ),
});

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
  const result = versionListSchema.safeParse(json, PARSE_OPTIONS);
  if (!result.success) {
    throw new DatasetError(path, {
      kind: 'invalid',
      issues: result.error.issues.map(describeIssue),
    });
  }
  return result.data.versions;
}
