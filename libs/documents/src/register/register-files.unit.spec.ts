import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import type { RegisterRow } from '@hdnd/read-models';
import { REGISTER_COLUMNS, type RegisterLine } from './register-columns';
import { writeRegisterCsv } from './register-csv';
import { REGISTER_SHEET, writeRegisterXlsx } from './register-xlsx';

const answered: RegisterRow = {
  id: 'kn-vneid',
  delegation: {
    id: 'dgs-135',
    title: 'Giám sát chuyên đề cải cách hành chính',
    legalBasis: { number: '135/NQ-HĐND', issuedOn: '2023-12-08', issuedBy: 'HĐND tỉnh Tây Ninh' },
  },
  addressee: {
    original: { id: 'ubnd-tp', name: 'UBND thành phố Tây Ninh' },
    current: { id: 'ubnd-tinh', name: 'UBND tỉnh Tây Ninh' },
  },
  text: 'Khắc phục tình trạng mất dữ liệu trên ứng dụng VNeID',
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

/** Awaited, with a text a spreadsheet would take for a formula. */
const awaited: RegisterRow = {
  ...answered,
  id: 'kn-2',
  addressee: { original: answered.addressee.current, current: answered.addressee.current },
  text: '=HYPERLINK("http://x")',
  responseDueOn: '2024-06-14',
  response: null,
  responseTrack: 'awaiting-response',
  commitments: [],
  implementation: 'not-started',
  percent: null,
  status: 'awaiting-response',
  nextDueOn: '2024-06-14',
  escalationStep: null,
};

async function* linesOf(...rows: RegisterRow[]): AsyncGenerator<readonly RegisterLine[]> {
  yield rows.map((row, i) => ({ row, number: i + 1, workingDaysOverdue: i === 0 ? 3 : 0 }));
}

const collect = async (write: (out: PassThrough) => Promise<number>) => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const count = await write(out);
  return { count, bytes: Buffer.concat(chunks) };
};

/** The header line as CSV writes it: a header holding a comma is quoted. */
const csvHeaderLine = REGISTER_COLUMNS.map((c) =>
  c.header.includes(',') ? `"${c.header}"` : c.header,
).join(',');

const headerIndex = (header: string) => REGISTER_COLUMNS.findIndex((c) => c.header === header) + 1;

describe('the register as an XLSX workbook', () => {
  let sheet: ExcelJS.Worksheet;
  let count: number;
  beforeAll(async () => {
    const written = await collect((out) => writeRegisterXlsx(linesOf(answered, awaited), out));
    count = written.count;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(written.bytes));
    sheet = workbook.getWorksheet(REGISTER_SHEET)!;
  });
  const cell = (row: number, header: string) => sheet.getRow(row).getCell(headerIndex(header));

  it('has one row per recommendation under the Vietnamese headers', () => {
    expect(count).toBe(2);
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
      REGISTER_COLUMNS.map((c) => c.header),
    );
    expect(cell(1, 'Cơ quan được kiến nghị ban đầu').value).toBe('Cơ quan được kiến nghị ban đầu');
  });

  it('freezes the header and puts filters on it', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:U1`);
    expect(cell(1, 'STT').font?.bold).toBe(true);
  });

  it('writes dates as date cells shown dd/mm/yyyy', () => {
    const issued = cell(2, 'Ngày ban hành');
    expect(issued.type).toBe(ExcelJS.ValueType.Date);
    expect(issued.value).toEqual(new Date(Date.UTC(2024, 4, 15)));
    expect(issued.numFmt).toBe('dd/mm/yyyy');
    expect(cell(2, 'Ngày nghị quyết').value).toEqual(new Date(Date.UTC(2023, 11, 8)));
    // A date that is not there is an empty cell, not a zero.
    expect(cell(2, 'Ngày hoàn thành').value).toBeNull();
  });

  it('keeps the Vietnamese text exactly, and wraps it', () => {
    const response = cell(2, 'Nội dung trả lời, giải trình');
    expect(response.value).toBe('UBND tỉnh tiếp thu một phần.\nGiao Công an tỉnh phối hợp.');
    expect(response.alignment?.wrapText).toBe(true);
    expect(cell(2, 'Ý kiến tiếp thu').value).toBe('Tiếp thu một phần');
    expect(cell(2, 'Cam kết và thời hạn').value).toBe(
      'Đồng bộ dữ liệu (hạn 30/09/2024, hạn ban đầu 31/08/2024)\nTập huấn cán bộ (hạn 31/07/2024)',
    );
    expect(cell(2, 'Tình trạng thực hiện').value).toBe('Đang thực hiện (60%)');
    expect(cell(2, 'Mức đôn đốc').value).toBe('Đôn đốc lần 1');
    expect(cell(2, 'Quá hạn (ngày làm việc)').value).toBe(3);
  });

  it('names the original addressee and deadline only when they changed', () => {
    expect(cell(2, 'Cơ quan được kiến nghị').value).toBe('UBND tỉnh Tây Ninh');
    expect(cell(2, 'Cơ quan được kiến nghị ban đầu').value).toBe('UBND thành phố Tây Ninh');
    expect(cell(2, 'Hạn trả lời ban đầu').value).toEqual(new Date(Date.UTC(2024, 5, 14)));
    expect(cell(3, 'Cơ quan được kiến nghị ban đầu').value).toBeNull();
    expect(cell(3, 'Hạn trả lời ban đầu').value).toBeNull();
  });

  it('writes a formula-looking text as text, never as a formula', () => {
    expect(cell(3, 'Nội dung kiến nghị').type).toBe(ExcelJS.ValueType.String);
    expect(cell(3, 'Nội dung kiến nghị').value).toBe('=HYPERLINK("http://x")');
  });
});

describe('the register as CSV', () => {
  let text: string;
  let bytes: Buffer;
  beforeAll(async () => {
    ({ bytes } = await collect((out) => writeRegisterCsv(linesOf(answered, awaited), out)));
    text = bytes.toString('utf8');
  });

  it('starts with a UTF-8 byte-order mark, then the Vietnamese headers', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\n')[0]).toBe(csvHeaderLine);
  });

  it('writes dates as dd/mm/yyyy and quotes a field holding a line break', () => {
    expect(text).toContain(',15/05/2024,15/07/2024,14/06/2024,10/06/2024,Tiếp thu một phần,');
    expect(text).toContain('"UBND tỉnh tiếp thu một phần.\nGiao Công an tỉnh phối hợp."');
  });

  it('puts an apostrophe before a text a spreadsheet would run as a formula', () => {
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('writes the headers alone when nothing matches', async () => {
    const empty = await collect((out) => writeRegisterCsv(linesOf(), out));
    expect(empty.count).toBe(0);
    expect(empty.bytes.toString('utf8')).toBe(`\uFEFF${csvHeaderLine}`);
  });
});
