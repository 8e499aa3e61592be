/** What the data scripts need of src/app/data-tools.ts (its bundle, or the server entry's copy). */
export interface DataTools {
  SCHEMA_VERSION: number;
  checkDataset(
    path: string,
    text: string,
  ): { ok: true; dataset: DatasetLike } | { ok: false; message: string; details: string[] };
  normalisedText(dataset: never): string;
  datasetJsonSchema(): Record<string, unknown>;
  changelogLines(older: never, newer: never): string[];
  parseVersionList(path: string, text: string): { id: string; reviewedOn: string; summary: string }[];
  versionSummaryKey(id: string): string;
  textFields(dataset: never): { key: string; english: string }[];
  parseDatasetTexts(json: unknown): { language: 'es'; texts: Record<string, { en: string; es: string }> };
  citeVersion(version: string, address: string): string;
}

/** The parsed dataset, as far as the package writer reads it (the full type is src/data/schema.ts). */
export type DatasetLike = Record<string, unknown> & { version: string; reviewedOn: string; title: string };

export interface Column {
  name: string;
  path: string[];
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'list';
  description: string;
  required?: boolean;
  id?: boolean;
  enum?: string | string[];
  format?: string;
}

export interface Table {
  name: string;
  title: string;
  description: string;
  rows(dataset: never): Record<string, unknown>[];
  columns: Column[];
  nested?: { in: string; key: string };
  primaryKey?: string[];
  foreignKeys: [string, string][];
}

export declare const DATA_LICENSE: { name: string; path: string; title: string };
export declare const LATEST_FOLDER: string;
export declare function packageFolder(id: string): string;
export declare const PACKAGE_FILES: { name: string; description: string; mediaType: string }[];
export declare const TABLES: Table[];
export declare const LIST_DELIMITER: string;
export declare function toCell(column: Column, value: unknown): string;
export declare function fromCell(column: Column, cell: string): unknown;
export declare function tableCsv(table: Table, dataset: unknown): string;
export declare function tableRecords(table: Table, rows: Record<string, string>[]): Record<string, unknown>[];
export declare function enumAt(jsonSchema: Record<string, unknown>, path: string[]): unknown[];
export declare function tableSchema(
  table: Table,
  jsonSchema: Record<string, unknown>,
): Record<string, unknown>;
export declare function versionAddress(id: string, siteUrl: string | null): string;
export declare function indexPage(options: {
  dataset: DatasetLike;
  cite: (version: string, address: string) => string;
  siteUrl?: string | null;
}): string;
export declare function packageFiles(options: {
  archiveText: string;
  dataset: unknown;
  jsonSchema: Record<string, unknown>;
  schemaVersion: number;
  cite: (version: string, address: string) => string;
  siteUrl?: string | null;
}): Record<string, string>;
export declare function writeDataPackages(options: {
  outDir: string;
  versions: { id: string }[];
  readArchive: (id: string) => string;
  tools: DataTools;
  siteUrl?: string | null;
}): string[];
