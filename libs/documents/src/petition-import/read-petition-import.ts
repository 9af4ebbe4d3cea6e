import { createHash } from 'node:crypto';
import { readSpreadsheetGrid } from '../register-import/read-grid';
import { RegisterFileRefused } from '../register-import/register-file-refused';
import type { GridCell, GridRow } from '../register-import/register-grid';
import type { RowError } from '../register-import/register-row-plan';
import {
  PETITION_HEADERS as H,
  petitionColumnsOf,
  type PetitionHeaderName,
} from './petition-headers';

/** The longest petition and place the API takes (its DTO's bounds). */
const MAX_TEXT = 5000;
const MAX_VOTERS = 300;

/** One row read: the petition as the table says it; the agency is still a name. */
export interface PetitionRowPlan {
  readonly row: number;
  /** The table's own number (STT), as written; empty when it has none. */
  readonly number: string;
  readonly text: string;
  readonly voters: string;
  readonly agency: string;
}

export interface PetitionImportReading {
  /** SHA-256 of the file's bytes, hex. */
  readonly fileHash: string;
  readonly format: 'xlsx' | 'csv';
  readonly rows: number;
  readonly plans: readonly PetitionRowPlan[];
  readonly errors: readonly RowError[];
}

const textOf = (cell: GridCell | undefined): string | 'formula' => {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text.normalize('NFC').trim();
    case 'number':
      return String(cell.number);
    case 'formula':
      return 'formula';
    default:
      return '';
  }
};

/** A row's petition, or every fault of its cells (a clerk corrects them all in one pass). */
const planRow = (
  row: GridRow,
  columns: Partial<Record<PetitionHeaderName, number>>,
): { plan: PetitionRowPlan } | { errors: RowError[] } => {
  const errors: RowError[] = [];
  const read = (name: PetitionHeaderName, max?: number): string => {
    const index = columns[name];
    const value = textOf(index === undefined ? undefined : row.cells[index]);
    const column = H[name];
    if (value === 'formula') {
      errors.push({
        row: row.row,
        column,
        code: 'import.formula',
        message: 'Ô có công thức; vui lòng nhập giá trị, không dùng công thức.',
      });
      return '';
    }
    if (max !== undefined && value === '')
      errors.push({
        row: row.row,
        column,
        code: 'import.required',
        message: 'Chưa có nội dung; cột này bắt buộc.',
      });
    if (max !== undefined && value.length > max)
      errors.push({
        row: row.row,
        column,
        code: 'import.too-long',
        message: `Nội dung dài quá ${max} ký tự.`,
      });
    return value;
  };
  const plan = {
    row: row.row,
    number: read('number'),
    text: read('text', MAX_TEXT),
    voters: read('voters', MAX_VOTERS),
    agency: read('agency', MAX_VOTERS),
  };
  return errors.length > 0 ? { errors } : { plan };
};

/**
 * Reads a table of voters' petitions (XLSX or UTF-8 CSV) into a petition per row and the faults
 * of the rows that have any. A file that cannot be such a table is refused whole with a
 * `RegisterFileRefused`, as a register is.
 */
export const readPetitionImport = async (bytes: Buffer): Promise<PetitionImportReading> => {
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  const { grid, format } = await readSpreadsheetGrid(bytes);
  if (grid.headers.every((h) => h.trim() === ''))
    throw new RegisterFileRefused('import.empty', 'The file has no header row.');
  const columns = petitionColumnsOf(grid.headers);
  const plans: PetitionRowPlan[] = [];
  const errors: RowError[] = [];
  for (const row of grid.rows) {
    const result = planRow(row, columns);
    if ('errors' in result) errors.push(...result.errors);
    else plans.push(result.plan);
  }
  return { fileHash, format, rows: grid.rows.length, plans, errors };
};
