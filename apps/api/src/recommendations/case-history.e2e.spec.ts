import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import { binary, documentText, documentXml } from '@hdnd/testing/docx-text';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const history = `/api/recommendations/${ids.recommendation}/history.docx`;

/**
 * Issue 18, item 4: a recommendation's history as a printable Word document, for the Tây Ninh
 * case recorded on the days it happened, UBND tỉnh answering through its own office.
 */
describe('GET /api/recommendations/:id/history.docx', () => {
  let app: HttpHarness;
  let now = new Date('2023-12-08T03:00:00.000Z');
  let agency: Awaited<ReturnType<HttpHarness['account']>>;

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => now } });
    for (const step of tayNinhRequests()) {
      const body = step.body as Record<string, unknown>;
      const day = [
        body.issuedOn,
        body.respondedOn,
        body.date,
        body.recordedOn,
        body.assignedOn,
        body.resolvedOn,
      ].find((v): v is string => typeof v === 'string');
      if (day) now = new Date(`${day}T03:00:00.000Z`);
      if (step.as === 'agency') {
        agency ??= await app.account(tayNinhPeople.agency);
        const res = await agency.http().post(step.path).send(step.body);
        if (res.status !== step.status) throw new Error(JSON.stringify(res.body));
      } else await app.command(step.path, step.body, step.status);
    }
    now = new Date('2025-03-01T03:00:00.000Z');
  }, 60_000);
  afterAll(() => app.close());

  const print = (query = '', as = app.http()) =>
    as.get(`${history}${query}`).buffer(true).parse(binary);

  it('prints the header block, the case, and every step with when, what, who and legal basis', async () => {
    const res = await print('?documentNumber=15/HS-HĐND').expect(200);
    expect(res.headers['content-type']).toContain(DOCX);
    expect(res.headers['content-disposition']).toContain(
      `filename="ho-so-kien-nghi-${ids.recommendation}-2025-03-01.docx"`,
    );
    const text = documentText(res.body as Buffer);
    expect(text).toContain('HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: 15/HS-HĐND');
    expect(text).toContain('Tây Ninh, ngày 01 tháng 3 năm 2025');
    expect(text).toContain('HỒ SƠ THEO DÕI KIẾN NGHỊ');
    expect(text).toContain(`Mã kiến nghị: ${ids.recommendation}`);
    expect(text).toContain('Nghị quyết số 135/NQ-HĐND ngày 08/12/2023');
    expect(text).toMatch(
      /Ngày 15\/05\/2024\nGhi nhận 15\/05\/2024 10:00\nBan hành kiến nghị\n.*\nHạn trả lời: 14\/06\/2024\nThư ký HĐND\nVăn phòng \(thư ký\)\n87\/2015\/QH13/,
    );
    expect(text).toMatch(
      /Ngày 10\/06\/2024\nGhi nhận 10\/06\/2024 10:00\nGhi nhận văn bản trả lời\nTiếp thu \(ngày 10\/06\/2024\)\n.*\nCam kết: .* \(hạn 31\/12\/2024\)\nVăn phòng UBND tỉnh Tây Ninh\nCơ quan được kiến nghị\nỦy ban nhân dân tỉnh Tây Ninh/,
    );
  });

  it('prints the case as it stood: before the answer, no response among its steps', async () => {
    const text = documentText((await print('?asOf=2024-06-01').expect(200)).body);
    expect(text).toContain('Hồ sơ in theo hồ sơ ghi nhận đến hết ngày 01/06/2024.');
    expect(text).toContain('Tình trạng: Chờ trả lời.');
    expect(text).toContain('Ban hành kiến nghị');
    expect(text).not.toContain('Ghi nhận văn bản trả lời');
    expect(text).toContain('ngày 01 tháng 6 năm 2024');
  });

  it('gives the same document for the same inputs', async () => {
    const first = (await print('?date=2025-01-08').expect(200)).body as Buffer;
    const second = (await print('?date=2025-01-08').expect(200)).body as Buffer;
    expect(documentXml(first)).toEqual(documentXml(second));
    expect(first.equals(second)).toBe(true);
  });

  it('is refused as the case is: 404 unknown, 403 another agency’s, 400 bad input', async () => {
    expect(
      (await app.http().get('/api/recommendations/khong-co/history.docx').expect(404)).body.code,
    ).toBe('not-found');
    const other = await app.account({ username: 'so-khac', role: 'agency', agencyId: ids.city });
    expect((await app.as(other.token).get(history).expect(403)).body.code).toBe('forbidden');
    await print('', agency.http()).expect(200);
    const bad = await app.http().get(`${history}?date=2025-02-30`).expect(400);
    expect(bad.body).toMatchObject({ code: 'bad-input', errors: [{ field: 'date' }] });
    const before = await app.http().get(`${history}?asOf=2024-05-01`).expect(404);
    expect(before.headers['content-type']).toContain('application/problem+json');
  });
});
