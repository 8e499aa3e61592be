export declare const COMPILE_HINT: string;
export declare function compileHint(chunk: {
  isEntry: boolean;
  modules: Record<string, { renderedLength: number }>;
}): string;
