export declare function escapeHtml(text: unknown): string;
export declare function wrap(text: string, max: number): string[];
