import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { REGISTER_COLUMNS, type RegisterLine, type RegisterValue } from './register-columns';

/** The sheet's name, as the office's workbook calls it. */
export const REGISTER_SHEET = 'Theo dõi kiến nghị';

const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * A local date as the date cell Excel shows as that day: exceljs counts days from the instant's
 * UTC date, so the date is given at UTC midnight, whatever the server's time zone.
 */
const dateCell = (localDate: string): Date => {
  const [year, month, day] = localDate.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
};

const cellOf = (value: RegisterValue): ExcelJS.CellValue => {
  switch (value.kind) {
    case 'text':
      return value.text === '' ? null : value.text;
    case 'number':
      return value.number;
    case 'date':
      return value.date === null ? null : dateCell(value.date);
  }
};

/**
 * Writes the register as an XLSX workbook to `out`, a row at a time with exceljs' streaming
 * writer: what is written is flushed, so 100 000 rows take no more memory than a hundred. The
 * header is frozen and carries filters; dates are date cells; long text wraps. Resolves with
 * the number of recommendations written.
 */
export const writeRegisterXlsx = async (
  lines: AsyncIterable<readonly RegisterLine[]>,
  out: Writable,
): Promise<number> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    // Shared strings would hold every text in memory until the end: inline strings stream.
    useSharedStrings: false,
  });
  workbook.creator = 'Hệ thống theo dõi kiến nghị sau giám sát';
  const sheet = workbook.addWorksheet(REGISTER_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = REGISTER_COLUMNS.map((column) => ({
    header: column.header,
    width: column.width,
    style: {
      font: { name: 'Times New Roman', size: 12 },
      alignment: { vertical: 'top', wrapText: true },
      ...(column.kind === 'date' && { numFmt: DATE_FORMAT }),
    },
  }));
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: REGISTER_COLUMNS.length },
  };
  const header = sheet.getRow(1);
  header.font = { name: 'Times New Roman', size: 12, bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.commit();
  let count = 0;
  for await (const batch of lines)
    for (const line of batch) {
      sheet.addRow(REGISTER_COLUMNS.map((column) => cellOf(column.value(line)))).commit();
      count += 1;
    }
  sheet.commit();
  await workbook.commit();
  return count;
};
