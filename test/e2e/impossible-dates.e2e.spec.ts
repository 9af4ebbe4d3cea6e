import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;

/**
 * Dates that cannot be true are refused over HTTP with the rule's code, and nothing is appended:
 * otherwise `asOfDate` replays a history that never was. Today is 2026-12-04 in Vietnam.
 */
describe('impossible dates over HTTP', () => {
  let app: HttpHarness;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);
  /** Sends a request that must be refused with `code`, and checks that the log did not move. */
  const refused = async (path: string, body: object, code: string) => {
    const head = await app.head();
    const res = await app.http().post(path).send(body);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code });
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await app.head()).toBe(head);
  };

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => new Date('2026-12-04T03:00:00Z') } });
    for (const step of tayNinhRequests().filter((s) => !s.path.includes('/api/obstacles/')))
      await post(step.path, step.body, step.status);
  });
  afterAll(() => app.close());

  it('refuses a recommendation issued, or a response dated, after today', async () => {
    const issue = {
      addresseeAgencyId: ids.province,
      text: 'Kiến nghị thứ hai (dữ liệu mẫu)',
      findingIds: [ids.vneidFinding],
    };
    const d = `/api/delegations/${ids.delegation}/recommendations`;
    await refused(
      d,
      { ...issue, id: 'kn-tuong-lai', issuedOn: '2027-06-01', responseDueOn: '2027-07-01' },
      'date.in-future',
    );
    await post(
      d,
      { ...issue, id: 'kn-hai', issuedOn: '2024-05-20', responseDueOn: '2024-06-20' },
      201,
    );
    await refused(
      '/api/recommendations/kn-hai/responses',
      { respondedOn: '2027-01-01', position: 'accepted', text: 'Tiếp thu' },
      'date.in-future',
    );
    const tracker = await app
      .http()
      .get(`/api/recommendations/kn-hai?minPosition=${app.lastPosition()}`)
      .expect(200);
    expect(tracker.body).toMatchObject({ status: 'awaiting-response', responses: [] });
  });

  it('refuses a closure dated before the last reopening', async () => {
    await post(`${rec}/completion`, {
      reportedOn: '2024-12-20',
      text: 'Hoàn thành',
      evidence: [{ title: 'Báo cáo', reference: '456/BC-UBND' }],
    });
    const closure = { outcome: 'not-implemented', assessment: 'Chưa khắc phục' };
    await post(`${rec}/closure`, { ...closure, closedOn: '2025-08-15' });
    await post(`${rec}/reopening`, { reason: 'Người dân vẫn phản ánh', reopenedOn: '2025-09-01' });
    await refused(
      `${rec}/closure`,
      { ...closure, closedOn: '2025-08-31' },
      'closure.before-reopening',
    );
    await post(`${rec}/closure`, { ...closure, closedOn: '2025-09-01' });
  });
});
