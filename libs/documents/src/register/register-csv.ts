import { format } from '@fast-csv/format';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { vietnameseDate } from '../words/vietnamese-date';
import { REGISTER_COLUMNS, type RegisterLine, type RegisterValue } from './register-columns';

/**
 * A text Excel would take for a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * first) gets an apostrophe before it: opened in a spreadsheet, a recommendation's text stays
 * text and never runs. The import takes the apostrophe off again.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

const cellOf = (value: RegisterValue): string => {
  switch (value.kind) {
    case 'text':
      return FORMULA_START.test(value.text) ? `'${value.text}` : value.text;
    case 'number':
      return value.number === null ? '' : String(value.number);
    case 'date':
      return vietnameseDate(value.date);
  }
};

/**
 * Writes the register as CSV to `out`: UTF-8 with a byte-order mark (without it Excel reads the
 * Vietnamese as Windows-1252), the Vietnamese headers, dates as dd/mm/yyyy, every field quoted
 * where it needs to be; written as it is read, waiting when `out` is full. Resolves with the
 * number of recommendations written.
 */
export const writeRegisterCsv = async (
  lines: AsyncIterable<readonly RegisterLine[]>,
  out: Writable,
): Promise<number> => {
  // The mark is written here: fast-csv writes it with the first row, so a file with no rows
  // would have none.
  out.write('\uFEFF');
  const csv = format({
    headers: REGISTER_COLUMNS.map((c) => c.header),
    alwaysWriteHeaders: true,
  });
  csv.pipe(out);
  let count = 0;
  for await (const batch of lines) {
    for (const line of batch) {
      if (!csv.write(REGISTER_COLUMNS.map((column) => cellOf(column.value(line)))))
        await once(csv, 'drain');
      count += 1;
    }
  }
  csv.end();
  await once(out, 'finish');
  return count;
};
