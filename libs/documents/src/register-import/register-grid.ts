/**
 * A register file read into what a row needs, whatever the file was: a cell is text, a number,
 * a date (a date cell), a formula (refused row by row), or empty.
 */
export type GridCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly number: number }
  | { readonly kind: 'date'; readonly date: Date }
  | { readonly kind: 'formula' };

export interface GridRow {
  /** The row's number as the spreadsheet shows it (the header is 1). */
  readonly row: number;
  readonly cells: readonly GridCell[];
}

export interface RegisterGrid {
  readonly headers: readonly string[];
  readonly rows: readonly GridRow[];
}

export const EMPTY: GridCell = { kind: 'empty' };
