import type { Plugin } from 'vite';

import type { CitationConstants, FeedWords, VersionEntry } from './atom-feed.d.mts';
import type { DataTools } from './data-package.mjs';

export declare const SITE_URL_VARIABLE: string;
export declare const OG_IMAGE: { file: string; width: number; height: number };
export declare class PrerenderError extends Error {}
export declare function beforePaintScript(): string;
export declare function cspHash(code: string): string;
export declare function assertNoStyleAttributes(html: string): void;
export declare function policyOf(headersText: string): Map<string, string[]>;
export declare function assertCspAllowsInline(html: string, headersText: string): void;
export declare function withStyleHashes(headersText: string, hashes: string[]): string;
export declare function siteUrlFrom(value: string | undefined): string | null;
export interface ClaimText {
  value: string;
  attribution: string;
  support: string;
}
export interface HeadlineFigures {
  heading: string;
  reviewed: string;
  period: string;
  claims: { latest: string; best: string };
  figures: (ClaimText & { label: string; best?: ClaimText })[];
}
export interface ServerEntry extends CitationConstants {
  readDataset(text: string): Promise<unknown>;
  renderPage(
    dataset: never,
    item?: { page: unknown; siteUrl: string | null } | null,
  ): Promise<{ html: string }>;
  itemPages?(dataset: never, messages: never, siteUrl: string | null): unknown[];
  headlineFigures(dataset: never, messages: never): HeadlineFigures;
  headlineSummary(figures: HeadlineFigures): string;
  versionHistory(read: (path: string) => string): Promise<VersionEntry[]>;
  messages: {
    app: { heading: string; intro: string };
    prerendered: { noscript: string };
    versions: {
      feed: Omit<FeedWords, 'first' | 'changesSince'>;
      first: string;
      changesSince: (id: string) => string;
    };
  };
  prevalidatedMeta: string;
  dataTools: DataTools;
}
export declare function finishPage(options: {
  distDir: string;
  app: ServerEntry;
  siteUrl: string | null;
  warn?: (text: string) => void;
}): Promise<{ page: string; figures: HeadlineFigures; datasetHash: string | null }>;
export declare function writeBuiltDataPackages(options: {
  distDir: string;
  tools: DataTools;
  siteUrl: string | null;
}): string[];
export declare function ogImageSvg(figures: HeadlineFigures): string;
export declare function ogImagePng(figures: HeadlineFigures): Uint8Array;
export declare function prerenderPlugin(): Plugin;
