import type * as z from 'zod/mini';

import type { DatasetProblem } from '../i18n/problems';
import type { InvalidPath } from './dataset-error';

/** Options for `safeParse` so a type error can say what it received (zod drops the input). */
export const PARSE_OPTIONS = { reportInput: true } as const;

/** Patterns whose failure has a problem of its own (the schema's `slug` and `versionId`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const VERSION_ID_PATTERN = /^\d{4}-\d{2}-\d{2}(?:-\d+)?$/;

/** `figures[3].value` rather than zod's array of keys. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || '(root)';
}

/** zod's name for a value's type. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/** What the integrity check (`integrity.ts`) attaches to the issues it adds. */
export interface ProblemParams {
  problem: DatasetProblem;
}

function problemOf(issue: z.core.$ZodIssue): DatasetProblem {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'type', expected: issue.expected, received: typeOf(issue.input) };
    case 'invalid_value':
      return { kind: 'one-of', values: issue.values.map(String) };
    case 'too_small':
      if (issue.origin === 'string') return { kind: 'empty-text' };
      if (issue.origin === 'array') return { kind: 'empty-list' };
      return { kind: 'at-least', minimum: Number(issue.minimum) };
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue) {
        if (issue.pattern === String(SLUG_PATTERN)) return { kind: 'slug' };
        if (issue.pattern === String(VERSION_ID_PATTERN)) return { kind: 'version-id' };
      }
      return { kind: 'format', format: issue.format };
    case 'unrecognized_keys':
      return { kind: 'unknown-keys', keys: issue.keys };
    case 'invalid_key':
      return { kind: 'bad-key' };
    case 'custom': {
      const params = issue.params as Partial<ProblemParams> | undefined;
      return params?.problem ?? { kind: 'other' };
    }
    default:
      return { kind: 'other' };
  }
}

/** A zod issue as the error panel lists it: where, and what is wrong (worded by the i18n modules). */
export function describeIssue(issue: z.core.$ZodIssue): InvalidPath {
  return { path: formatIssuePath(issue.path), problem: problemOf(issue) };
}
