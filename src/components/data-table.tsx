import type { ReactNode } from 'react';

import { FOCUSED_ITEM_CLASS } from './use-focus-target';

export interface DataTableRow {
  key: string;
  /** The first cell is the row's header. */
  cells: readonly ReactNode[];
  /** The row a link points to (`focus=<id>`): marked and given an id to scroll to. */
  highlighted?: boolean;
  id?: string;
}

interface DataTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly DataTableRow[];
}

/** A plain HTML table: the accessible alternative to a chart, with the same numbers. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400 dark:border-slate-500">
            {columns.map((column) => (
              <th key={column} scope="col" className="px-2 py-1.5 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              id={row.id}
              tabIndex={row.highlighted ? -1 : undefined}
              aria-current={row.highlighted ? 'true' : undefined}
              className={`border-b border-slate-200 align-top dark:border-slate-700 ${
                row.highlighted ? `${FOCUSED_ITEM_CLASS} bg-amber-50 dark:bg-amber-950` : ''
              }`}
            >
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-2 py-1.5 font-medium">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="px-2 py-1.5">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
