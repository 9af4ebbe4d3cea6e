import { inflateRawSync } from 'node:zlib';
import { REGISTER_LIMITS } from './register-limits';
import { RegisterFileRefused } from './register-file-refused';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
}

const notASpreadsheet = () =>
  new RegisterFileRefused('import.not-a-spreadsheet', 'The file is not a readable XLSX workbook.');

const tooLarge = () =>
  new RegisterFileRefused(
    'import.too-large-unpacked',
    `The workbook unpacks to more than ${REGISTER_LIMITS.unpackedBytes} bytes.`,
  );

/** The central directory's entries, read from the end of the file; ZIP64 is not a register. */
const entriesOf = (zip: Buffer): ZipEntry[] => {
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i -= 1)
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw notASpreadsheet();
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count > REGISTER_LIMITS.zipEntries) throw tooLarge();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw notASpreadsheet();
    const nameLength = zip.readUInt16LE(at + 28);
    const entry = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      declaredSize: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.declaredSize === 0xffffffff) throw tooLarge();
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
};

/** An entry's bytes, inflated no further than `budget`: a bomb stops at the budget. */
const contentOf = (zip: Buffer, entry: ZipEntry, budget: number): Buffer => {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw notASpreadsheet();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > budget) throw tooLarge();
    return data;
  }
  if (entry.method !== 8) throw notASpreadsheet();
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooLarge();
    throw notASpreadsheet();
  }
};

/** `A` → 1, `CV` → 100, `XFD` → 16384. */
const columnNumber = (letters: string): number =>
  [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

/**
 * Counts a sheet's rows and finds its widest cell reference in the XML, before exceljs builds
 * an object per cell: a sheet of a million rows or 100 000 columns is refused for what it is
 * rather than read into memory first.
 */
const checkSheetSize = (xml: string): void => {
  let rows = 0;
  for (const _ of xml.matchAll(/<row[\s>]/g))
    if ((rows += 1) > REGISTER_LIMITS.rows + 1)
      throw new RegisterFileRefused(
        'import.too-many-rows',
        `The register has more than ${REGISTER_LIMITS.rows} rows.`,
      );
  for (const match of xml.matchAll(/<c\s[^>]*?r="([A-Z]{1,3})\d+"/g))
    if (columnNumber(match[1]!) > REGISTER_LIMITS.columns)
      throw new RegisterFileRefused(
        'import.too-many-columns',
        `A row has more than ${REGISTER_LIMITS.columns} columns.`,
      );
};

const MACRO_CONTENT_TYPE = /macroEnabled|vbaProject/i;

/**
 * Checks an XLSX before any XML reader inflates it: a workbook carrying macros is refused (an
 * .xlsm renamed .xlsx still has its vbaProject.bin and its macro content type), and the parts'
 * sizes are summed first as declared, then as actually inflated with a ceiling — a zip bomb
 * declares small sizes and is stopped by the ceiling, never unpacked in full.
 */
export const inspectXlsx = (zip: Buffer): void => {
  const entries = entriesOf(zip);
  if (
    entries.some(
      (e) =>
        /(^|\/)vbaProject\.bin$/i.test(e.name) || (/\.bin$/i.test(e.name) && /vba/i.test(e.name)),
    )
  )
    throw new RegisterFileRefused(
      'import.macro-enabled',
      'The workbook carries macros (vbaProject.bin).',
    );
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > REGISTER_LIMITS.unpackedBytes) throw tooLarge();
  let budget = REGISTER_LIMITS.unpackedBytes;
  for (const entry of entries) {
    const content = contentOf(zip, entry, budget);
    budget -= content.length;
    if (entry.name === '[Content_Types].xml' && MACRO_CONTENT_TYPE.test(content.toString('utf8')))
      throw new RegisterFileRefused(
        'import.macro-enabled',
        'The workbook is macro-enabled (.xlsm).',
      );
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) checkSheetSize(content.toString('utf8'));
  }
  if (!entries.some((e) => e.name === '[Content_Types].xml')) throw notASpreadsheet();
};

/** A ZIP's first bytes: `PK\x03\x04`. */
export const looksLikeZip = (bytes: Buffer): boolean =>
  bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL;
