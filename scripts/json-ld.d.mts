import type { CitationConstants } from './atom-feed.d.mts';

export declare const LATEST_PACKAGE_FILES: string[];
export declare const LATEST_PACKAGE_DIR: string;
export declare function temporalCoverage(dataset: unknown): string;
export declare function datasetJsonLd(
  dataset: unknown,
  options: { siteUrl: string | null; description: string; about: CitationConstants; files?: string[] },
): Record<string, unknown>;
export declare function jsonLdScript(data: unknown): string;
