import { PassThrough } from 'node:stream';
import type { RegisterRow } from '@hdnd/read-models';
import {
  badSpreadsheets,
  registerRowOf,
  sheetXml,
  workbookParts,
  writeZip,
} from '@hdnd/testing/bad-spreadsheets';
import type { RegisterLine } from '../register/register-columns';
import { writeRegisterCsv } from '../register/register-csv';
import { writeRegisterXlsx } from '../register/register-xlsx';
import { readRegisterImport } from './read-register-import';
import { parseVietnameseDate } from './register-dates';
import { RegisterFileRefused } from './register-file-refused';
import { REGISTER_COLUMNS } from '../register/register-columns';

const answered: RegisterRow = {
  id: 'kn-vneid',
  delegation: {
    id: 'dgs-135',
    title: 'Giám sát chuyên đề cải cách hành chính',
    legalBasis: { number: '135/NQ-HĐND', issuedOn: '2023-12-08', issuedBy: 'HĐND tỉnh Tây Ninh' },
  },
  source: { kind: 'delegation', id: 'dgs-135', title: 'Giám sát chuyên đề' },
  supervisor: { body: 'council', level: 'province' },
  addressee: {
    original: { id: 'ubnd-tp', name: 'UBND thành phố Tây Ninh' },
    current: { id: 'ubnd-tinh', name: 'UBND tỉnh Tây Ninh' },
  },
  text: '=HYPERLINK("http://x") là văn bản, không phải công thức',
  issuedOn: '2024-05-15',
  responseDueOn: '2024-07-15',
  originalResponseDueOn: '2024-06-14',
  response: {
    respondedOn: '2024-06-10',
    position: 'partially-accepted',
    text: 'UBND tỉnh tiếp thu một phần.\nGiao Công an tỉnh phối hợp.',
  },
  responseTrack: 'partially-accepted',
  commitments: [
    { text: 'Đồng bộ dữ liệu', dueOn: '2024-09-30', originalDueOn: '2024-08-31', metOn: null },
    { text: 'Tập huấn cán bộ', dueOn: '2024-07-31', originalDueOn: '2024-07-31', metOn: null },
  ],
  implementation: 'in-progress',
  percent: 60,
  completedOn: null,
  verification: 'unverified',
  closedOn: null,
  status: 'in-progress',
  nextDueOn: '2024-07-31',
  escalationStep: 'first-reminder',
};

const closed: RegisterRow = {
  ...answered,
  id: 'kn-2',
  text: 'Công khai thủ tục hành chính',
  addressee: { original: answered.addressee.current, current: answered.addressee.current },
  originalResponseDueOn: '2024-07-15',
  response: { respondedOn: '2024-06-01', position: 'accepted', text: 'Tiếp thu.' },
  commitments: [],
  implementation: 'reported-done',
  percent: null,
  completedOn: '2024-08-01',
  verification: 'implemented',
  closedOn: '2024-08-20',
  escalationStep: null,
};

async function* linesOf(...rows: RegisterRow[]): AsyncGenerator<readonly RegisterLine[]> {
  yield rows.map((row, i) => ({ row, number: i + 1, workingDaysOverdue: 0 }));
}

const written = async (write: (out: PassThrough) => Promise<number>): Promise<Buffer> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return Buffer.concat(chunks);
};

const refusal = async (bytes: Buffer): Promise<string> => {
  try {
    await readRegisterImport(bytes);
  } catch (error) {
    if (error instanceof RegisterFileRefused) return error.code;
    throw error;
  }
  return 'read';
};

describe.each([
  ['XLSX', (out: PassThrough) => writeRegisterXlsx(linesOf(answered, closed), out)],
  ['CSV', (out: PassThrough) => writeRegisterCsv(linesOf(answered, closed), out)],
])('reading back the register the export wrote as %s', (format, write) => {
  it('plans each row with the values the export wrote', async () => {
    const reading = await readRegisterImport(await written(write));
    expect(reading.format).toBe(format.toLowerCase());
    expect(reading.errors).toEqual([]);
    expect(reading.plans).toEqual([
      {
        row: 2,
        recommendationId: 'kn-vneid',
        delegation: {
          title: 'Giám sát chuyên đề cải cách hành chính',
          resolutionNumber: '135/NQ-HĐND',
          resolutionDate: '2023-12-08',
        },
        addressee: 'UBND tỉnh Tây Ninh',
        originalAddressee: 'UBND thành phố Tây Ninh',
        text: answered.text,
        issuedOn: '2024-05-15',
        responseDueOn: '2024-07-15',
        originalResponseDueOn: '2024-06-14',
        response: answered.response,
        commitments: [
          { text: 'Đồng bộ dữ liệu', dueOn: '2024-09-30', originalDueOn: '2024-08-31' },
          { text: 'Tập huấn cán bộ', dueOn: '2024-07-31', originalDueOn: null },
        ],
        implementation: { track: 'in-progress', percent: 60 },
        completedOn: null,
        verification: null,
        escalationStep: 'first-reminder',
      },
      expect.objectContaining({
        row: 3,
        recommendationId: 'kn-2',
        originalAddressee: null,
        originalResponseDueOn: null,
        implementation: { track: 'reported-done', percent: null },
        completedOn: '2024-08-01',
        verification: { outcome: 'implemented', closedOn: '2024-08-20' },
        escalationStep: null,
      }),
    ]);
  });
});

describe('a register typed by hand', () => {
  const headers = REGISTER_COLUMNS.map((c) => c.header);
  const good = {
    'Đoàn giám sát': 'Giám sát chuyên đề',
    'Số nghị quyết': '135/NQ-HĐND',
    'Ngày nghị quyết': '8/12/2023',
    'Cơ quan được kiến nghị': 'UBND tỉnh Tây Ninh',
    'Nội dung kiến nghị': 'Khắc phục',
    'Ngày ban hành': '2024-05-15',
    'Hạn trả lời': '14-06-2024',
  };
  const xlsx = (rows: Record<string, string>[], header = headers) =>
    writeZip(workbookParts(sheetXml([header, ...rows.map(registerRowOf)])));

  it('matches headers without diacritics or case', async () => {
    const plain = headers.map((h) =>
      h.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toUpperCase(),
    );
    const reading = await readRegisterImport(xlsx([good], plain));
    expect(reading.errors).toEqual([]);
    expect(reading.plans[0]).toMatchObject({ issuedOn: '2024-05-15', responseDueOn: '2024-06-14' });
  });

  it('names the row, the column and the fault in Vietnamese', async () => {
    const reading = await readRegisterImport(
      xlsx([
        good,
        { ...good, 'Ngày ban hành': '31/02/2024', 'Ý kiến tiếp thu': 'Đồng ý' },
        { ...good, 'Nội dung kiến nghị': '' },
      ]),
    );
    expect(reading.plans.map((p) => p.row)).toEqual([2]);
    expect(reading.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Ngày ban hành', code: 'import.date-invalid' }),
      expect.objectContaining({ row: 3, column: 'Ý kiến tiếp thu', code: 'import.word-unknown' }),
      expect.objectContaining({ row: 4, column: 'Nội dung kiến nghị', code: 'import.required' }),
    ]);
    expect(reading.errors[0]!.message).toContain('Ngày không hợp lệ ("31/02/2024")');
  });

  it('refuses a formula cell in its row', async () => {
    const reading = await readRegisterImport(badSpreadsheets.formula());
    expect(reading.plans).toEqual([]);
    expect(reading.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'Nội dung kiến nghị', code: 'import.formula' }),
    ]);
  });

  it('refuses a register without the columns it needs, naming them', async () => {
    const error = await readRegisterImport(xlsx([good], headers.slice(0, 5))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RegisterFileRefused);
    expect((error as RegisterFileRefused).missing).toEqual([
      'Nội dung kiến nghị',
      'Ngày ban hành',
      'Hạn trả lời',
    ]);
  });

  it('reads a CSV without a byte-order mark, semicolon-separated', async () => {
    const csv = [headers.join(';'), registerRowOf(good).join(';')].join('\r\n');
    const reading = await readRegisterImport(Buffer.from(csv, 'utf8'));
    expect(reading.errors).toEqual([]);
    expect(reading.plans[0]).toMatchObject({ addressee: 'UBND tỉnh Tây Ninh' });
  });
});

describe('dates as Vietnamese offices write them', () => {
  it.each([
    ['02/04/2024', '2024-04-02'],
    ['2/4/2024', '2024-04-02'],
    ['02-04-2024', '2024-04-02'],
    ['02.04.2024', '2024-04-02'],
    ['2024-04-02', '2024-04-02'],
    ['ngày 02 tháng 4 năm 2024', '2024-04-02'],
    ['29/02/2023', null],
    ['04/13/2024', null],
    ['hôm qua', null],
  ])('%s → %s', (text, date) => expect(parseVietnameseDate(text)).toBe(date));
});

describe('files that are not a register', () => {
  it.each([
    ['a PNG', badSpreadsheets.notASpreadsheet, 'import.not-a-spreadsheet'],
    ['an old .xls', badSpreadsheets.oldXls, 'import.not-a-spreadsheet'],
    ['a ZIP that is no workbook', badSpreadsheets.zipNotWorkbook, 'import.not-a-spreadsheet'],
    ['a macro-enabled workbook', badSpreadsheets.macroEnabled, 'import.macro-enabled'],
    ['an .xlsm without its macros', badSpreadsheets.macroContentType, 'import.macro-enabled'],
    ['a zip bomb that lies', () => badSpreadsheets.zipBomb(), 'import.too-large-unpacked'],
    ['a zip bomb that tells', () => badSpreadsheets.declaredBomb(), 'import.too-large-unpacked'],
    ['100 000 columns', () => badSpreadsheets.wide(), 'import.too-many-columns'],
    ['10 001 rows', () => badSpreadsheets.long(), 'import.too-many-rows'],
    ['a CSV of 100 000 columns', () => badSpreadsheets.wideCsv(), 'import.too-many-columns'],
    ['a CSV that is not UTF-8', badSpreadsheets.notUtf8Csv, 'import.not-a-spreadsheet'],
  ])('refuses %s', async (_, file, code) => {
    expect(await refusal(file())).toBe(code);
  });
});
