/** The few parts a minimal XLSX needs, so a test can write a workbook exceljs never would. */

const CONTENT_TYPES = (main: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${extra}<Override PartName="/xl/workbook.xml" ContentType="${main}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;

export const XLSX_MAIN =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
export const XLSM_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** `1` → `A`, `28` → `AB`. */
export const columnLetters = (n: number): string => {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
};

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cell: text inline, or a formula with its cached value. */
export type RawCell = string | { readonly formula: string };

export const sheetXml = (rows: readonly (readonly RawCell[])[]): string => {
  const body = rows
    .map((cells, r) => {
      const xml = cells
        .map((cell, c) => {
          const ref = `${columnLetters(c + 1)}${r + 1}`;
          return typeof cell === 'string'
            ? `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`
            : `<c r="${ref}"><f>${escapeXml(cell.formula)}</f><v>0</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
};

export const workbookParts = (sheet: string, main = XLSX_MAIN, extraTypes = '') => [
  { name: '[Content_Types].xml', content: Buffer.from(CONTENT_TYPES(main, extraTypes)) },
  { name: '_rels/.rels', content: Buffer.from(ROOT_RELS) },
  { name: 'xl/workbook.xml', content: Buffer.from(WORKBOOK) },
  { name: 'xl/_rels/workbook.xml.rels', content: Buffer.from(WORKBOOK_RELS) },
  { name: 'xl/worksheets/sheet1.xml', content: Buffer.from(sheet) },
];
