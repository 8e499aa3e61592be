export interface ItemImage {
  kicker: string;
  headline: string;
  lines: string[];
}
export interface ItemMetaLike {
  page: { kind: 'figure' | 'person' | 'event'; id: string; path: string };
  title: string;
  description: string;
  image: ItemImage;
  imageAlt: string;
  jsonLd: Record<string, unknown>;
  citation: string;
}
export declare function itemPageHtml(
  template: string,
  meta: ItemMetaLike,
  body: string,
  siteUrl: string | null,
  lines?: [string, string][],
): string;
export declare function redirectHtml(options: {
  target: string;
  title: string;
  siteUrl: string | null;
  message: string;
}): string;
export declare function itemImageSvg(image: ItemImage, footer: string): string;
export declare function sitemapXml(siteUrl: string, paths: string[], lastmod: string): string;
export declare function writeItemPages(options: {
  distDir: string;
  app: unknown;
  siteUrl: string | null;
  warn?: (text: string) => void;
}): Promise<{ pages: string[]; redirects: string[] }>;
