import { DatasetError } from '../data/dataset-error';
import type { CoreMessages } from '../i18n/messages';

const MAX_LISTED_PATHS = 5;

/** Words for a failed load: what failed, and for invalid data the first invalid paths. */
export function datasetErrorText(error: unknown, m: CoreMessages): { message: string; details: string[] } {
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
        details: detail.issues.slice(0, MAX_LISTED_PATHS).map((issue) => `${issue.path}: ${issue.message}`),
      };
  }
}
