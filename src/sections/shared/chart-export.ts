import type { Figure, HstfEvent } from '../../data/schema';

/**
 * What a chart's Download menu saves, described by the section that draws the chart.
 * Built only when the reader asks for a file, from the same rows as the chart's table,
 * so the file and the table cannot disagree.
 */
export interface ChartExport {
  /** The chart's id, used in file names: `hstf-<what>-<data version>.<ext>`. */
  what: string;
  title: string;
  /** What is measured and how: the frame's description and caption. */
  intro: readonly string[];
  /** Lines the drawing does not show but the frame does (e.g. a count kept off the weight axis). */
  notes?: readonly string[];
  /** The table's column headings, in order. */
  columns: readonly string[];
  /** The table's rows as text, each with the record it shows (for its provenance columns). */
  rows: readonly ChartExportRow[];
}

export type ChartExportRow =
  { cells: readonly string[]; figure: Figure } | { cells: readonly string[]; event: HstfEvent };
