import ExcelJS from 'exceljs';
import { REGISTER_SHEET } from '../register/register-xlsx';
import { REGISTER_LIMITS } from './register-limits';
import { RegisterFileRefused } from './register-file-refused';
import { EMPTY, type GridCell, type GridRow, type RegisterGrid } from './register-grid';
import { inspectXlsx } from './zip-inspection';

const textOf = (value: ExcelJS.CellValue): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value && 'text' in value) return String(value.text);
  }
  return undefined;
};

const cellOf = (cell: ExcelJS.Cell): GridCell => {
  const value = cell.value;
  if (
    cell.type === ExcelJS.ValueType.Formula ||
    cell.formula ||
    (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value))
  )
    return { kind: 'formula' };
  if (value === null || value === undefined || cell.type === ExcelJS.ValueType.Merge) return EMPTY;
  if (value instanceof Date) return { kind: 'date', date: value };
  if (typeof value === 'number') return { kind: 'number', number: value };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  const text = textOf(value);
  if (text !== undefined) return text.trim() === '' ? EMPTY : { kind: 'text', text };
  // An error cell (#N/A…) holds nothing the register can use.
  return { kind: 'text', text: '#ERROR' };
};

/**
 * An XLSX register: inspected first (macros, sizes, rows, columns), then read with exceljs. The
 * sheet is the export's (`Theo dõi kiến nghị`) when there is one, else the first.
 */
export const readXlsx = async (bytes: Buffer): Promise<RegisterGrid> => {
  inspectXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new RegisterFileRefused(
      'import.not-a-spreadsheet',
      'The file is not a readable XLSX workbook.',
    );
  }
  const sheet = workbook.getWorksheet(REGISTER_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new RegisterFileRefused('import.empty', 'The workbook has no sheet.');
  if (sheet.columnCount > REGISTER_LIMITS.columns)
    throw new RegisterFileRefused(
      'import.too-many-columns',
      `A row has more than ${REGISTER_LIMITS.columns} columns.`,
    );
  const width = sheet.columnCount;
  const headerRow = sheet.getRow(1);
  const headers = Array.from({ length: width }, (_, i) => {
    const cell = cellOf(headerRow.getCell(i + 1));
    return cell.kind === 'text' ? cell.text : cell.kind === 'number' ? String(cell.number) : '';
  });
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells = Array.from({ length: width }, (_, i) => cellOf(row.getCell(i + 1)));
    if (cells.every((c) => c.kind === 'empty')) return;
    rows.push({ row: number, cells });
  });
  if (rows.length > REGISTER_LIMITS.rows)
    throw new RegisterFileRefused(
      'import.too-many-rows',
      `The register has more than ${REGISTER_LIMITS.rows} rows.`,
    );
  return { headers, rows };
};
