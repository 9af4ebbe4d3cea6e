import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { Response } from 'superagent';
import { REGISTER_COLUMNS, REGISTER_SHEET } from '@hdnd/documents';
import { ids, tayNinhCase, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/** Wednesday 8 January 2025, 09:00 in Hà Nội: the commitment due on 31/12/2024 is late. */
const NOW = new Date('2025-01-08T02:00:00.000Z');

const nameOf = (id: string) => tayNinhCase.agencies.find((a) => a.agencyId === id)!.name;

/** A second case, to the city, never answered: what the filters must tell apart. */
const unanswered = {
  id: 'kn-tp-02',
  addresseeAgencyId: ids.city,
  text: 'Đề nghị UBND thành phố rà soát thủ tục cấp đổi giấy tờ cho người dân',
  findingIds: [ids.vneidFinding],
  issuedOn: '2024-06-03',
  responseDueOn: '2024-07-03',
};

/** Supertest keeps an unknown media type as text: read the answer as the bytes it is. */
const bytes = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const readXlsx = async (body: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from(body));
  return workbook.getWorksheet(REGISTER_SHEET)!;
};

const column = (header: string) => REGISTER_COLUMNS.findIndex((c) => c.header === header) + 1;

/**
 * GET /api/recommendations/export over HTTP: the Tây Ninh tracker as the office's spreadsheet,
 * read back with exceljs and as CSV bytes, narrowed by the list's own filters and by who asks.
 */
describe('GET /api/recommendations/export', () => {
  let app: HttpHarness;
  let agency: Awaited<ReturnType<HttpHarness['account']>> | undefined;
  let last: number;

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => NOW } });
    for (const step of tayNinhRequests()) {
      // The agency's account can be opened only once its agency is registered.
      if (step.as === 'agency') agency ??= await app.account(tayNinhPeople.agency);
      const sender = step.as === 'agency' ? agency!.http() : app.http();
      const res = await sender.post(step.path).send(step.body);
      if (res.status !== step.status)
        throw new Error(`${step.path}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    await app.command(`/api/delegations/${ids.delegation}/recommendations`, unanswered, 201);
    last = app.lastPosition();
  });
  afterAll(() => app.close());

  const exported = (query: string, as = app.http()) =>
    as.get(`/api/recommendations/export?minPosition=${last}&${query}`).buffer(true).parse(bytes);

  it('answers an XLSX attachment named for the day, never kept by a shared cache', async () => {
    const res = await exported('format=xlsx').expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="theo-doi-kien-nghi-2025-01-08.xlsx"',
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it('writes one row per recommendation under the Vietnamese headers, in order of issue', async () => {
    const sheet = await readXlsx((await exported('format=xlsx').expect(200)).body as Buffer);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
      REGISTER_COLUMNS.map((c) => c.header),
    );
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(column('STT')).value).toBe(1);
    expect(sheet.getRow(3).getCell(column('STT')).value).toBe(2);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:W1');
    expect(sheet.getRow(2).getCell(column('Nguồn kiến nghị')).value).toBe('Đoàn giám sát');
    expect(sheet.getRow(2).getCell(column('Chủ thể giám sát')).value).toBe(
      'Hội đồng nhân dân cấp tỉnh',
    );
  });

  it('shows the VNeID case as recorded: dates as date cells, Vietnamese text exact', async () => {
    const sheet = await readXlsx((await exported('format=xlsx').expect(200)).body as Buffer);
    const cell = (header: string) => sheet.getRow(2).getCell(column(header));
    expect(cell('Đoàn giám sát').value).toBe(tayNinhCase.delegation.title);
    expect(cell('Số nghị quyết').value).toBe('135/NQ-HĐND');
    expect(cell('Ngày nghị quyết').value).toEqual(new Date(Date.UTC(2023, 11, 8)));
    expect(cell('Cơ quan được kiến nghị').value).toBe('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(cell('Nội dung kiến nghị').value).toMatch(
      /^Đề nghị UBND tỉnh chỉ đạo khôi phục dữ liệu cá nhân/,
    );
    expect(cell('Ngày ban hành').value).toEqual(new Date(Date.UTC(2024, 4, 15)));
    expect(cell('Ngày ban hành').numFmt).toBe('dd/mm/yyyy');
    expect(cell('Hạn trả lời').value).toEqual(new Date(Date.UTC(2024, 5, 14)));
    expect(cell('Ngày trả lời').value).toEqual(new Date(Date.UTC(2024, 5, 10)));
    expect(cell('Ý kiến tiếp thu').value).toBe('Tiếp thu');
    expect(cell('Cam kết và thời hạn').value).toMatch(
      /^Hoàn thành đồng bộ dữ liệu .*\(hạn 31\/12\/2024\)$/,
    );
    // 31/12/2024 to 08/01/2025: 1 January is a holiday, so five working days late.
    expect(cell('Quá hạn (ngày làm việc)').value).toBe(5);
    expect(cell('Ngày hoàn thành').value).toBeNull();
  });

  it('writes CSV in UTF-8 with a byte-order mark, dates as dd/mm/yyyy', async () => {
    const res = await exported('format=csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="theo-doi-kien-nghi-2025-01-08.csv"',
    );
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').split(/\r?\n/);
    expect(lines[0]!.split(',')[0]).toBe('STT');
    expect(lines[1]).toContain('135/NQ-HĐND,08/12/2023');
    expect(lines[1]).toContain(',Ủy ban nhân dân tỉnh Tây Ninh,');
    expect(lines[2]).toContain(`,${nameOf(ids.city)},`);
    expect(lines[2]).toContain('Đề nghị UBND thành phố rà soát thủ tục cấp đổi giấy tờ');
    expect(lines[2]).toContain('03/06/2024');
  });

  it('holds what the list’s own filters select, and only that', async () => {
    const textsOf = async (query: string) => {
      const sheet = await readXlsx((await exported(query).expect(200)).body as Buffer);
      const texts: string[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) texts.push(String(row.getCell(column('Nội dung kiến nghị')).value));
      });
      return texts;
    };
    expect(await textsOf(`agencyId=${ids.city}`)).toEqual([unanswered.text]);
    expect(await textsOf('status=awaiting-response')).toEqual([unanswered.text]);
    expect(await textsOf('issuedFrom=2024-06-01&issuedTo=2024-06-30')).toEqual([unanswered.text]);
    expect(await textsOf('q=vneid')).toHaveLength(1);
    expect(await textsOf('delegationId=dgs-khac')).toEqual([]);
  });

  it('gives an agency the cases it answers for, and nothing else', async () => {
    const sheet = await readXlsx(
      (await exported('format=xlsx', agency!.http()).expect(200)).body as Buffer,
    );
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(column('Cơ quan được kiến nghị')).value).toBe(
      nameOf(ids.province),
    );
  });

  it('refuses a format it does not write, and a filter it does not have: 400 problem+json', async () => {
    const res = await app.http().get('/api/recommendations/export?format=pdf&color=red');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(
      (res.body.errors as { field: string; code: string }[]).map(({ field, code }) => ({
        field,
        code,
      })),
    ).toEqual(
      expect.arrayContaining([
        { field: 'format', code: 'isIn' },
        { field: 'color', code: 'whitelistValidation' },
      ]),
    );
  });

  it('is not for anyone without a token', async () => {
    const res = await app.anonymous().get('/api/recommendations/export');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });
});
