import { createHash } from 'node:crypto';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { columnsOf } from './register-headers';
import { planRegisterRow } from './plan-register-row';
import type { RegisterGrid } from './register-grid';
import type { RowError, RowPlan } from './register-row-plan';
import { looksLikeZip } from './zip-inspection';
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

const OLE_COMPOUND = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The grid of an XLSX (by its ZIP signature) or a CSV (anything that decodes as UTF-8 text). */
const gridOf = async (bytes: Buffer): Promise<{ grid: RegisterGrid; format: 'xlsx' | 'csv' }> => {
  if (looksLikeZip(bytes)) return { grid: await readXlsx(bytes), format: 'xlsx' };
  // An old .xls (or any OLE document) is binary: say so rather than decode it as text.
  if (bytes.subarray(0, 8).equals(OLE_COMPOUND))
    throw new RegisterFileRefused(
      'import.not-a-spreadsheet',
      'Old Excel (.xls) files are not read: save the register as .xlsx or CSV.',
    );
  return { grid: readCsv(bytes), format: 'csv' };
};

/**
 * Reads a register in the export's format — XLSX or UTF-8 CSV — into a plan per row and the
 * faults of the rows that have any. A file that cannot be a register is refused whole with a
 * `RegisterFileRefused`; a recommendation id given twice faults its second row.
 */
export const readRegisterImport = async (bytes: Buffer): Promise<RegisterImportReading> => {
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  const { grid, format } = await gridOf(bytes);
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
