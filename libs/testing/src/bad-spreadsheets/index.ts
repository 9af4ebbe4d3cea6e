import { REGISTER_COLUMNS } from '@hdnd/documents';
import { writeZip } from './zip-writer';
import { sheetXml, workbookParts, XLSM_MAIN, type RawCell } from './workbook-parts';

export { writeZip } from './zip-writer';
export { sheetXml, workbookParts } from './workbook-parts';

const HEADERS = REGISTER_COLUMNS.map((c) => c.header);

/** A row of the export's 21 columns with the values given by header, the rest empty. */
export const registerRowOf = (values: Readonly<Record<string, RawCell>>): RawCell[] =>
  HEADERS.map((h) => values[h] ?? '');

/**
 * Files a register import must refuse, each for one reason, made here so every test of the
 * import (the parser's, the API's) uses the same ones. Each is small on disk.
 */
export const badSpreadsheets = {
  /** A PNG's first bytes: neither a ZIP nor text. */
  notASpreadsheet: (): Buffer =>
    Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 0)]),

  /** An old binary .xls (OLE compound document). */
  oldXls: (): Buffer =>
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512, 0)]),

  /** A ZIP that is not a workbook. */
  zipNotWorkbook: (): Buffer =>
    writeZip([{ name: 'readme.txt', content: Buffer.from('not a workbook') }]),

  /** A macro-enabled workbook (.xlsm content) with its vbaProject.bin. */
  macroEnabled: (): Buffer =>
    writeZip([
      ...workbookParts(
        sheetXml([HEADERS]),
        XLSM_MAIN,
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
      ),
      { name: 'xl/vbaProject.bin', content: Buffer.from('Attribute VB_Name = "Module1"') },
    ]),

  /** An .xlsm whose vbaProject.bin was removed but whose content type still says macros. */
  macroContentType: (): Buffer => writeZip(workbookParts(sheetXml([HEADERS]), XLSM_MAIN)),

  /**
   * A zip bomb: a sheet part of `megabytes` of zeros (deflated to ~1/1000) whose declared size
   * says 1 kB, so only inflating with a ceiling finds it out.
   */
  zipBomb: (megabytes = 100): Buffer =>
    writeZip([
      ...workbookParts(sheetXml([HEADERS])).slice(0, 4),
      {
        name: 'xl/worksheets/sheet1.xml',
        content: Buffer.alloc(megabytes * 1024 * 1024, 0x20),
        declaredSize: 1024,
      },
    ]),

  /** A zip bomb that tells the truth: declared sizes alone refuse it. */
  declaredBomb: (megabytes = 100): Buffer =>
    writeZip([
      ...workbookParts(sheetXml([HEADERS])).slice(0, 4),
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(megabytes * 1024 * 1024, 0x20) },
    ]),

  /** The export's headers, then one row with a formula in `Nội dung kiến nghị`. */
  formula: (): Buffer =>
    writeZip(
      workbookParts(
        sheetXml([
          HEADERS,
          registerRowOf({
            'Đoàn giám sát': 'Giám sát chuyên đề',
            'Số nghị quyết': '135/NQ-HĐND',
            'Ngày nghị quyết': '08/12/2023',
            'Cơ quan được kiến nghị': 'UBND tỉnh Tây Ninh',
            'Nội dung kiến nghị': { formula: 'HYPERLINK("http://x","bấm")' },
            'Ngày ban hành': '15/05/2024',
            'Hạn trả lời': '14/06/2024',
          }),
        ]),
      ),
    ),

  /** A header row of `columns` columns (100 000 by default). */
  wide: (columns = 100_000): Buffer =>
    writeZip(workbookParts(sheetXml([Array.from({ length: columns }, (_, i) => `c${i}`)]))),

  /** `rows` rows under the export's headers (10 001 by default: one over the cap). */
  long: (rows = 10_001): Buffer =>
    writeZip(workbookParts(sheetXml([HEADERS, ...Array.from({ length: rows }, () => ['x'])]))),

  /** A CSV of 100 000 columns. */
  wideCsv: (columns = 100_000): Buffer =>
    Buffer.from(Array.from({ length: columns }, (_, i) => `c${i}`).join(',') + '\n'),

  /** Bytes that are not UTF-8 (Windows-1258 Vietnamese, say). */
  notUtf8Csv: (): Buffer => Buffer.from([0x53, 0x54, 0x54, 0x2c, 0xd0, 0xf2, 0xe0, 0x6e, 0x0a]),
};
