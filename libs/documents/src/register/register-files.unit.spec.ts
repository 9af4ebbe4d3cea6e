import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import type { RegisterRow } from '@hdnd/read-models';
import { readZip } from '../docx/zip-archive';
import { REGISTER_COLUMNS, type RegisterLine, type RegisterValue } from './register-columns';
import { writeRegisterCsv } from './register-csv';
import { REGISTER_SHEET, writeRegisterXlsx } from './register-xlsx';

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
    expect(sheet.autoFilter).toBe(`A1:W1`);
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

/**
 * The register as exceljs itself writes it, row object by row object: what writeRegisterXlsx
 * wrote before it wrote its rows as text. The two must hold the same cells.
 */
const exceljsRegister = async (lines: readonly RegisterLine[]): Promise<Buffer> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
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
      ...(column.kind === 'date' && { numFmt: 'dd/mm/yyyy' }),
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
  const cellOf = (value: RegisterValue): ExcelJS.CellValue => {
    switch (value.kind) {
      case 'text':
        return value.text === '' ? null : value.text;
      case 'number':
        return value.number;
      case 'date': {
        if (value.date === null) return null;
        const [year, month, day] = value.date.split('-').map(Number);
        return new Date(Date.UTC(year!, month! - 1, day!));
      }
    }
  };
  for (const line of lines)
    sheet.addRow(REGISTER_COLUMNS.map((column) => cellOf(column.value(line)))).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
};

describe('the register as XLSX, against exceljs writing each row itself', () => {
  /** Every awkward value: XML's special characters, control characters, empty cells. */
  const odd: RegisterRow = {
    ...answered,
    id: 'kn-odd',
    text: `Dấu <nhỏ> & "lớn" 'đơn'\u0001\u0008\u000b\u001f\u007f\ttab\r\nxuống dòng`,
    delegation: { ...answered.delegation, legalBasis: null },
    response: { ...answered.response!, text: '' },
    completedOn: '2024-12-31',
    closedOn: '2025-01-02',
    verification: 'partially-implemented',
    percent: null,
  };
  const lines: RegisterLine[] = [answered, awaited, odd].map((row, i) => ({
    row,
    number: i + 1,
    workingDaysOverdue: i === 1 ? 12 : 0,
  }));
  async function* batches(): AsyncGenerator<readonly RegisterLine[]> {
    yield lines.slice(0, 2);
    yield lines.slice(2);
  }

  const sheetOf = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(bytes));
    return workbook.getWorksheet(REGISTER_SHEET)!;
  };
  /** The rows of the sheet's XML, without style numbers (each file numbers its own styles). */
  const rowsXml = (bytes: Buffer) => {
    const xml = readZip(bytes).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    return xml
      .slice(xml.indexOf('<sheetData>'), xml.indexOf('</sheetData>'))
      .replace(/ s="\d+"/g, '');
  };

  it('holds the same cells, with the same values, types and styles', async () => {
    const [ours, theirs] = await Promise.all([
      collect((out) => writeRegisterXlsx(batches(), out)).then((w) => w.bytes),
      exceljsRegister(lines),
    ]);
    expect(rowsXml(ours)).toBe(rowsXml(theirs));
    const [mine, reference] = await Promise.all([sheetOf(ours), sheetOf(theirs)]);
    expect(mine.rowCount).toBe(4);
    expect(mine.rowCount).toBe(reference.rowCount);
    expect(mine.views).toEqual(reference.views);
    expect(mine.autoFilter).toEqual(reference.autoFilter);
    expect(mine.pageSetup).toEqual(reference.pageSetup);
    expect(mine.columns.map((c) => [c.width, c.style])).toEqual(
      reference.columns.map((c) => [c.width, c.style]),
    );
    for (let r = 1; r <= reference.rowCount; r += 1)
      for (let c = 1; c <= REGISTER_COLUMNS.length; c += 1) {
        const [a, b] = [mine.getRow(r).getCell(c), reference.getRow(r).getCell(c)];
        expect({ at: a.address, value: a.value, type: a.type, style: a.style }).toEqual({
          at: b.address,
          value: b.value,
          type: b.type,
          style: b.style,
        });
      }
  });

  it('writes the header alone when nothing matches', async () => {
    const empty = await collect((out) => writeRegisterXlsx(linesOf(), out));
    expect(empty.count).toBe(0);
    expect(rowsXml(empty.bytes)).toBe(rowsXml(await exceljsRegister([])));
    expect((await sheetOf(empty.bytes)).rowCount).toBe(1);
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
