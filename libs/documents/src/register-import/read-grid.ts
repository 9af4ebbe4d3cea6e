import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { RegisterFileRefused } from './register-file-refused';
import type { RegisterGrid } from './register-grid';
import { looksLikeZip } from './zip-inspection';

const OLE_COMPOUND = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The grid of an XLSX (by its ZIP signature) or a CSV (anything that decodes as UTF-8 text). */
export const readSpreadsheetGrid = async (
  bytes: Buffer,
): Promise<{ grid: RegisterGrid; format: 'xlsx' | 'csv' }> => {
  if (looksLikeZip(bytes)) return { grid: await readXlsx(bytes), format: 'xlsx' };
  // An old .xls (or any OLE document) is binary: say so rather than decode it as text.
  if (bytes.subarray(0, 8).equals(OLE_COMPOUND))
    throw new RegisterFileRefused(
      'import.not-a-spreadsheet',
      'Old Excel (.xls) files are not read: save the register as .xlsx or CSV.',
    );
  return { grid: readCsv(bytes), format: 'csv' };
};
