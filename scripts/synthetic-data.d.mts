/** See synthetic-data.mjs. */
export function synthetic<T extends { title: string }>(real: T, scale: number): T;
