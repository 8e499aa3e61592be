import type { DataTools } from './data-package.mjs';

export declare const SUMS_FILE: string;
export declare function parseSums(text: string): Map<string, string>;
export declare function runCheck(options: {
  dir: string;
  tools: DataTools;
  log?: (line: string) => void;
}): number;
export declare function runPublish(options: {
  dir: string;
  tools: DataTools;
  summary: string | undefined;
  summaryEs: string | undefined;
  log?: (line: string) => void;
}): number;
