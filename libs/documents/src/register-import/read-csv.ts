import { REGISTER_LIMITS } from './register-limits';
import { RegisterFileRefused } from './register-file-refused';
import { EMPTY, type GridCell, type GridRow, type RegisterGrid } from './register-grid';

const tooManyColumns = () =>
  new RegisterFileRefused(
    'import.too-many-columns',
    `A row has more than ${REGISTER_LIMITS.columns} columns.`,
  );

/**
 * RFC 4180 fields: quoted with `"` (a doubled quote inside), separated by the delimiter, lines
 * by CRLF or LF; a quoted field may hold line breaks. Yields each record. Stops at the column and row caps rather than building what it will refuse.
 */
function* records(text: string, delimiter: string): Generator<{ fields: string[] }> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const push = () => {
    fields.push(field);
    field = '';
    if (fields.length > REGISTER_LIMITS.columns) throw tooManyColumns();
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) push();
    else if (c === '\r' || c === '\n') {
      push();
      yield { fields };
      fields = [];
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (field !== '' || fields.length > 0) {
    push();
    yield { fields };
  }
}

/**
 * A cell of a CSV is text, except the export's escape: an apostrophe before a text Excel would
 * run (`'=…`) comes off again. An unescaped `=` opens a formula in Excel: refused like one.
 */
const cellOf = (field: string): GridCell => {
  if (field === '') return EMPTY;
  if (/^'[=+\-@\t\r]/.test(field)) return { kind: 'text', text: field.slice(1) };
  if (field.startsWith('=')) return { kind: 'formula' };
  return { kind: 'text', text: field };
};

/**
 * A CSV register: UTF-8 with or without a byte-order mark, comma-separated (a semicolon when the
 * header line has more of them than commas: Excel in a locale with a decimal comma writes so).
 * Bytes that are not UTF-8, or NUL bytes, are not a CSV register.
 */
export const readCsv = (bytes: Buffer): RegisterGrid => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new RegisterFileRefused(
      'import.not-a-spreadsheet',
      'The file is neither an XLSX workbook nor a UTF-8 CSV.',
    );
  }
  if (text.includes('\u0000'))
    throw new RegisterFileRefused(
      'import.not-a-spreadsheet',
      'The file is neither an XLSX workbook nor a UTF-8 CSV.',
    );
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let headers: string[] | undefined;
  const rows: GridRow[] = [];
  // Numbered as Excel shows the file: a record is a row, whatever line breaks its cells hold.
  let number = 0;
  for (const record of records(text.normalize('NFC'), delimiter)) {
    number += 1;
    if (headers === undefined) {
      headers = record.fields;
      continue;
    }
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (rows.length >= REGISTER_LIMITS.rows)
      throw new RegisterFileRefused(
        'import.too-many-rows',
        `The register has more than ${REGISTER_LIMITS.rows} rows.`,
      );
    rows.push({ row: number, cells: record.fields.map(cellOf) });
  }
  return { headers: headers ?? [], rows };
};
