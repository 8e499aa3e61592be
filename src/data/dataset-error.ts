import type { DatasetProblem } from '../i18n/problems';

/** One invalid path and what is wrong there; the words come from the reader's language. */
export interface InvalidPath {
  path: string;
  problem: DatasetProblem;
}

type DatasetErrorDetail =
  | { kind: 'network' }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'empty' }
  | { kind: 'malformed'; detail: string }
  | { kind: 'invalid'; issues: InvalidPath[] };

/** Why the dataset could not be used; the view turns it into words from the message module. */
export class DatasetError extends Error {
  readonly detail: DatasetErrorDetail;
  readonly url: string;

  constructor(url: string, detail: DatasetErrorDetail) {
    super(`Dataset ${url}: ${detail.kind}`);
    this.name = 'DatasetError';
    this.url = url;
    this.detail = detail;
  }
}
