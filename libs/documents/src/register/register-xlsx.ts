import ExcelJS from 'exceljs';
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { readZip, ZipWriter } from '../docx/zip-archive';
import { REGISTER_COLUMNS, type RegisterLine, type RegisterValue } from './register-columns';

/** The sheet's name, as the office's workbook calls it. */
export const REGISTER_SHEET = 'Theo dõi kiến nghị';

const DATE_FORMAT = 'dd/mm/yyyy';

/** The sheet's part in the package exceljs writes (one sheet: the first). */
const SHEET_PART = 'xl/worksheets/sheet1.xml';

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01, as exceljs counts a date cell. */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 24 * 3600 * 1000;

/**
 * A local date as the date cell Excel shows as that day: exceljs counts days from the instant's
 * UTC date, so the date is given at UTC midnight, whatever the server's time zone.
 */
const dateCell = (localDate: string): Date => {
  const [year, month, day] = localDate.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
};

/** The characters exceljs escapes in a cell's text, and those it leaves out (XML forbids them). */
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const XML_ESCAPES: Readonly<Record<string, string>> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** A cell's text escaped exactly as exceljs escapes it (`utils.xmlEncode`). */
const xmlText = (text: string): string => text.replace(XML_SPECIAL, (c) => XML_ESCAPES[c] ?? '');

/** `A`…`Z`, `AA`…: the column letters of a cell reference, from 1. */
const columnLetters = (column: number): string => {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/**
 * A local date as the number a date cell holds, as exceljs writes it (days since 1899-12-30, from
 * the date at UTC midnight). A register's 100 000 rows share a few thousand dates: each is
 * worked out once per file.
 */
const excelDays = (): ((localDate: string) => string) => {
  const days = new Map<string, string>();
  return (localDate) => {
    let day = days.get(localDate);
    if (day === undefined) {
      day = String(EXCEL_EPOCH_DAYS + dateCell(localDate).getTime() / DAY_MS);
      days.set(localDate, day);
    }
    return day;
  };
};

/** A value of one column as its cell's XML in row `row`. */
type CellWriter = (value: RegisterValue, row: number) => string;

/** The workbook exceljs wrote around the data, and how to write a data row as it would. */
interface Skeleton {
  readonly entries: Map<string, Buffer>;
  /** The sheet's XML before the first data row and from the end of the data on. */
  readonly sheetStart: string;
  readonly sheetEnd: string;
  readonly rowXml: (line: RegisterLine, row: number) => string;
}

/** A value of each kind, to see which style exceljs gives a column's cells. */
const SAMPLE: Readonly<Record<RegisterValue['kind'], ExcelJS.CellValue>> = {
  text: 'x',
  number: 1,
  date: new Date(Date.UTC(2000, 0, 1)),
};

/** The ` s="n"` of each cell of a row of exceljs' XML, by column letters. */
const styleAttributes = (rowXml: string): Map<string, string> =>
  new Map([...rowXml.matchAll(/<c r="([A-Z]+)\d+"( s="\d+")?/g)].map((m) => [m[1]!, m[2] ?? '']));

/**
 * The package exceljs writes for the register with three sample rows, and from those rows the
 * style of each column's cells, with a value and empty (exceljs may style them differently).
 * exceljs keeps the words, layout and styles; the data rows are written as exceljs writes them,
 * but as text: its row and cell objects, with a style lookup per cell, cost about 140 µs a row,
 * a quarter of a 100 000-row export's CPU.
 */
const registerSkeleton = async (): Promise<Skeleton> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
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
  // Row 2: every cell with a value; row 3: all empty but the first; row 4: only the first empty.
  // A row with no value at all would not be written.
  const sample = REGISTER_COLUMNS.map((column) => SAMPLE[column.kind]);
  sheet.addRow(sample).commit();
  sheet.addRow(sample.map((value, i) => (i === 0 ? value : null))).commit();
  sheet.addRow(sample.map((value, i) => (i === 0 ? null : value))).commit();
  sheet.commit();
  await workbook.commit();

  const entries = readZip(Buffer.concat(chunks));
  const xml = entries.get(SHEET_PART)?.toString('utf8');
  if (xml === undefined) throw new Error(`exceljs wrote no ${SHEET_PART}`);
  const rowsAt = xml.indexOf('<row r="2"');
  const rowsEnd = xml.indexOf('</sheetData>');
  const sampleRows = xml.slice(rowsAt, rowsEnd).split('</row>');
  const [withValues, emptyButFirst, firstEmpty] = sampleRows.map(styleAttributes);
  const rowAttributes = /^<row r="2"([^>]*)>/.exec(sampleRows[0]!)?.[1];
  if (rowsAt < 0 || !withValues || !emptyButFirst || !firstEmpty || rowAttributes === undefined)
    throw new Error('exceljs wrote the sample rows in a form this writer does not know');

  const excelDay = excelDays();
  const cells: CellWriter[] = REGISTER_COLUMNS.map((column, i) => {
    const letters = columnLetters(i + 1);
    const valueStyle = withValues.get(letters) ?? '';
    const empty = (i === 0 ? firstEmpty : emptyButFirst).get(letters);
    // exceljs leaves out an empty cell with no style.
    const emptyCell = (row: number) =>
      empty === undefined ? '' : `<c r="${letters}${row}"${empty}/>`;
    switch (column.kind) {
      case 'text':
        return (value, row) =>
          value.kind !== 'text' || value.text === ''
            ? emptyCell(row)
            : `<c r="${letters}${row}"${valueStyle} t="str"><v>${xmlText(value.text)}</v></c>`;
      case 'number':
        return (value, row) =>
          value.kind !== 'number' || value.number === null
            ? emptyCell(row)
            : `<c r="${letters}${row}"${valueStyle}><v>${value.number}</v></c>`;
      case 'date':
        return (value, row) =>
          value.kind !== 'date' || value.date === null
            ? emptyCell(row)
            : `<c r="${letters}${row}"${valueStyle}><v>${excelDay(value.date)}</v></c>`;
    }
  });
  return {
    entries,
    sheetStart: xml.slice(0, rowsAt),
    sheetEnd: xml.slice(rowsEnd),
    rowXml: (line, row) => {
      let xml = `<row r="${row}"${rowAttributes}>`;
      for (let i = 0; i < cells.length; i += 1)
        xml += cells[i]!(REGISTER_COLUMNS[i]!.value(line), row);
      return `${xml}</row>`;
    },
  };
};

/**
 * Writes the register as an XLSX workbook to `out` and ends it. exceljs writes the package
 * around the data — a bold frozen header carrying filters, the columns' widths and styles (dates
 * shown dd/mm/yyyy, long text wrapped) — and the rows are written into its sheet a batch at a
 * time, deflated as they come and waiting whenever `out` is full: 100 000 rows take no more
 * memory than a batch. Resolves with the number of recommendations written.
 */
export const writeRegisterXlsx = async (
  lines: AsyncIterable<readonly RegisterLine[]>,
  out: Writable,
): Promise<number> => {
  const skeleton = await registerSkeleton();
  let count = 0;
  const zip = new ZipWriter(out);
  for (const [name, bytes] of skeleton.entries) {
    if (name !== SHEET_PART) {
      await zip.entry(name, [bytes]);
      continue;
    }
    const sheet = await zip.openEntry(name);
    await sheet.text(skeleton.sheetStart);
    // Row by row into the deflater's buffers: `text` returns a promise only when zlib is behind.
    for await (const batch of lines)
      for (const line of batch) {
        // Row 1 is the header: a line's row is its place in the file, whatever its number says.
        const behind = sheet.text(skeleton.rowXml(line, (count += 1) + 1));
        if (behind) await behind;
      }
    await sheet.text(skeleton.sheetEnd);
    await sheet.close();
  }
  await zip.finish();
  const finished = once(out, 'finish');
  out.end();
  await finished;
  return count;
};
