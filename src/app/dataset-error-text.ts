import { DatasetError } from '../data/dataset-error';
import type { CoreMessages } from '../i18n/messages';
import type { ProblemText } from '../i18n/problems';

const MAX_LISTED_PATHS = 5;

/** Whether the error lists invalid paths, whose wording (`problemText`) is fetched when needed. */
export function listsInvalidPaths(error: unknown): boolean {
  return error instanceof DatasetError && error.detail.kind === 'invalid';
}

/**
 * Words for a failed load: what failed, and for invalid data the first invalid paths, each
 * with what is wrong there once the language's `problemText` has arrived (the path alone before).
 */
export function datasetErrorText(
  error: unknown,
  m: CoreMessages,
  problemText?: ProblemText,
): { message: string; details: string[] } {
  if (!(error instanceof DatasetError)) {
    return { message: m.errors.unexpected, details: error instanceof Error ? [error.message] : [] };
  }
  const { detail, url } = error;
  switch (detail.kind) {
    case 'network':
      return { message: m.errors.network(url), details: [] };
    case 'http':
      return { message: m.errors.http(url, detail.status, detail.statusText), details: [] };
    case 'empty':
      return { message: m.errors.empty(url), details: [] };
    case 'malformed':
      return { message: m.errors.malformed(url, detail.detail), details: [] };
    case 'invalid':
      return {
        message: m.errors.invalid(url, detail.issues.length),
        details: detail.issues
          .slice(0, MAX_LISTED_PATHS)
          .map(({ path, problem }) => (problemText ? `${path}: ${problemText(problem)}` : path)),
      };
  }
}
