export declare const BUDGET: { js: number };
export declare function initialAssets(dir?: string): {
  js: number;
  css: number;
  files: { file: string; gzip: number }[];
};
export declare function appChunkHints(dir?: string): { file: string; hinted: boolean }[];
