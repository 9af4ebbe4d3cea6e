import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;

/**
 * `If-Match: *` (RFC 9110 §13.1.1) matches any current representation: on a case that exists
 * the command goes ahead whatever its revision; on one that does not, a command on a case is
 * 404 as without the header, and a command that would create one is 412.
 */
describe('If-Match: *', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
  });
  afterAll(() => app.close());

  const extension = {
    newDueOn: '2025-03-31',
    reason: 'Chờ Bộ Công an đồng bộ dữ liệu',
    approvedBy: 'Chủ tịch UBND tỉnh',
    commitmentId: 'cam-ket-01',
  };

  it('on an existing case: the command goes ahead, whatever its revision', async () => {
    const head = await app.head();
    const res = await app.http().post(`${rec}/extension`).set('if-match', '*').send(extension);
    expect(res.status).toBe(200);
    expect(await app.head()).toBeGreaterThan(head);
  });

  it('on a case that does not exist: 404, nothing appended', async () => {
    const head = await app.head();
    const res = await app
      .http()
      .post('/api/recommendations/kn-khong-co/extension')
      .set('if-match', '*')
      .send(extension);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await app.head()).toBe(head);
  });

  it('on a command that would create the case: 412, nothing appended', async () => {
    const head = await app.head();
    const res = await app
      .http()
      .post('/api/agencies')
      .set('if-match', '*')
      .send({ id: 'ubnd-phuong-moi', name: 'UBND phường Mới', level: 'commune' });
    expect(res.status).toBe(412);
    expect(res.body.code).toBe('concurrency-conflict');
    expect(await app.head()).toBe(head);
  });
});
