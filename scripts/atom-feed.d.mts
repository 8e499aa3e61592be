export declare const FEED_FILE: string;

/** The app's citation constants (src/data/citation.ts), as the server entry exports them. */
export interface CitationConstants {
  CITATION_AUTHOR: string;
  CITATION_TITLE: string;
  DATA_LICENSE: { spdx: string; name: string; url: string };
  CODE_LICENSE: { spdx: string; name: string; url: string };
}

/** A published version and what changed since the one before (src/app/prerender.tsx). */
export interface VersionEntry {
  id: string;
  reviewedOn: string;
  summary: string;
  changes: {
    since: string;
    summary: string;
    groups: { collection: string; heading: string; items: string[] }[];
  } | null;
}

export interface FeedWords {
  title: string;
  subtitle: string;
  entryTitle: (id: string) => string;
  dataFolder: (id: string) => string;
  rights: (name: string, url: string) => string;
  first: string;
  changesSince: (id: string) => string;
}

export declare function versionUuid(name: string): string;
export declare function atomFeed(options: {
  history: VersionEntry[];
  siteUrl: string | null;
  words: FeedWords;
  about: CitationConstants;
}): string;
