import { badSpreadsheets } from '@hdnd/testing/bad-spreadsheets';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { uploadRegister } from '@hdnd/testing/import-client';

/**
 * Files that cannot be a register: each a 4xx problem with its own code, in Vietnamese when
 * asked, never a 500, and nothing appended to the log.
 */
describe('POST /api/imports/recommendations refuses what is not a register', () => {
  let app: HttpHarness;
  beforeAll(async () => {
    app = await startHttp();
  });
  afterAll(() => app.close());

  it.each([
    ['a PNG', badSpreadsheets.notASpreadsheet(), 415, 'import.not-a-spreadsheet'],
    ['an old .xls', badSpreadsheets.oldXls(), 415, 'import.not-a-spreadsheet'],
    ['a macro-enabled workbook', badSpreadsheets.macroEnabled(), 415, 'import.macro-enabled'],
    ['a zip bomb', badSpreadsheets.zipBomb(), 413, 'import.too-large-unpacked'],
    ['100 000 columns', badSpreadsheets.wide(), 413, 'import.too-many-columns'],
    ['10 001 rows', badSpreadsheets.long(), 413, 'import.too-many-rows'],
    ['a CSV of 100 000 columns', badSpreadsheets.wideCsv(), 413, 'import.too-many-columns'],
    ['a file over 10 MB', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 413, 'import.file-too-large'],
    ['an empty file', Buffer.alloc(0), 400, 'import.file-required'],
  ])('refuses %s', async (_, file, status, code) => {
    const before = await app.head();
    const res = await uploadRegister(app.http(), file, false).set('accept-language', 'vi');
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code });
    expect(res.body.detail).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    expect(await app.head()).toBe(before);
  });

  it('names the row and column of a formula cell in the dry run', async () => {
    const res = await uploadRegister(app.http(), badSpreadsheets.formula(), true).expect(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      rows: 1,
      valid: 0,
      errors: [{ row: 2, column: 'Nội dung kiến nghị', code: 'import.formula' }],
    });
  });

  it('wants the file in the field "file"', async () => {
    const res = await app
      .http()
      .post('/api/imports/recommendations')
      .attach('upload', Buffer.from('a,b\n'), 'so.csv');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('import.file-required');
  });

  it('gives the template: the export’s headers, as XLSX', async () => {
    const res = await app.http().get('/api/imports/recommendations/template').expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('mau-so-theo-doi-kien-nghi.xlsx');
  });
});
