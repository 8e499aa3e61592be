import type { CitationConstants } from './atom-feed.d.mts';

export declare function temporalCoverage(dataset: unknown): string;
export declare function datasetJsonLd(
  dataset: unknown,
  options: { siteUrl: string | null; description: string; about: CitationConstants },
): Record<string, unknown>;
export declare function jsonLdScript(data: unknown): string;
