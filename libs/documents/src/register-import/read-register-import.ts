import { createHash } from 'node:crypto';
import { readSpreadsheetGrid } from './read-grid';
import { columnsOf } from './register-headers';
import { planRegisterRow } from './plan-register-row';
import type { RowError, RowPlan } from './register-row-plan';
import { RegisterFileRefused } from './register-file-refused';

/** A register file read: every row planned or faulted, and the file's hash for the keys. */
export interface RegisterImportReading {
  /** SHA-256 of the file's bytes, hex: the same file gives the same keys, so nothing twice. */
  readonly fileHash: string;
  readonly format: 'xlsx' | 'csv';
  readonly rows: number;
  readonly plans: readonly RowPlan[];
  readonly errors: readonly RowError[];
}

/**
 * Reads a register in the export's format — XLSX or UTF-8 CSV — into a plan per row and the
 * faults of the rows that have any. A file that cannot be a register is refused whole with a
 * `RegisterFileRefused`; a recommendation id given twice faults its second row.
 */
export const readRegisterImport = async (bytes: Buffer): Promise<RegisterImportReading> => {
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  const { grid, format } = await readSpreadsheetGrid(bytes);
  if (grid.headers.every((h) => h.trim() === ''))
    throw new RegisterFileRefused('import.empty', 'The file has no header row.');
  const columns = columnsOf(grid.headers);
  const plans: RowPlan[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const row of grid.rows) {
    const result = planRegisterRow(row, columns);
    if (result.errors) {
      errors.push(...result.errors);
      continue;
    }
    const id = result.plan.recommendationId;
    const first = id === null ? undefined : seen.get(id);
    if (first !== undefined) {
      errors.push({
        row: row.row,
        column: 'Mã kiến nghị',
        code: 'import.id-repeated',
        message: `Mã kiến nghị trùng với dòng ${first}.`,
      });
      continue;
    }
    if (id !== null) seen.set(id, row.row);
    plans.push(result.plan);
  }
  return { fileHash, format, rows: grid.rows.length, plans, errors };
};
