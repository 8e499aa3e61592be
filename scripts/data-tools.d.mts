import type { DataTools } from './data-package.mjs';

export declare function loadDataTools(options?: {
  root?: string;
}): Promise<{ tools: DataTools; built: boolean }>;
