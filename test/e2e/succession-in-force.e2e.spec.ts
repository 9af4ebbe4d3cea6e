import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const successor = 'ubnd-phuong-tan-ninh';
const rec = '/api/recommendations/kn-tp-truoc-sap-xep';

/**
 * A succession recorded before it takes effect: the merger resolution is known in June, the
 * district level goes on 2025-07-01. Until then UBND thành phố still answers for its cases; on
 * the day, the daily sweep passes them to the successor — once, however often it runs.
 */
describe('a succession recorded ahead of its effective date', () => {
  let app: HttpHarness;
  let cityOffice: Awaited<ReturnType<HttpHarness['account']>>;
  let now = new Date('2025-06-20T03:00:00.000Z');
  const sweep = async () =>
    (await app.http().post('/api/admin/follow-up/sweep').expect(200)).body as {
      today: string;
      transferred: number;
    };
  const addressee = async () =>
    (await app.http().get(`${rec}?minPosition=${app.lastPosition()}`).expect(200)).body
      .addressee as { original: string; current: string };

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => now } });
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
    await app.command(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id: 'kn-tp-truoc-sap-xep',
        addresseeAgencyId: ids.city,
        text: 'Đề nghị UBND thành phố hoàn thành số hóa hồ sơ (dữ liệu mẫu)',
        findingIds: [ids.indexFinding],
        issuedOn: '2025-06-02',
        responseDueOn: '2025-08-29',
      },
      201,
    );
    cityOffice = await app.account({ username: 'vp.ubnd-tp', role: 'agency', agencyId: ids.city });
    await app.command(
      '/api/agencies',
      { id: successor, name: 'Ủy ban nhân dân phường Tân Ninh', level: 'commune' },
      201,
    );
    await app.command(`/api/agencies/${ids.city}/succession`, {
      successorId: successor,
      effectiveOn: '2025-07-01',
      basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025 (dữ liệu mẫu)',
    });
  });
  afterAll(() => app.close());

  it('leaves the case with the city until the succession takes effect', async () => {
    expect(await addressee()).toEqual({ original: ids.city, current: ids.city });
    await cityOffice.http().get(rec).expect(200);
    now = new Date('2025-06-30T16:00:00.000Z'); // 23:00 on 30 June in Vietnam
    expect(await sweep()).toMatchObject({ today: '2025-06-30', transferred: 0 });
    expect(await addressee()).toEqual({ original: ids.city, current: ids.city });
  });

  it('passes it to the successor on the day, once, however often the sweep runs', async () => {
    now = new Date('2025-06-30T17:30:00.000Z'); // 00:30 on 1 July in Vietnam
    expect(await sweep()).toMatchObject({ today: '2025-07-01', transferred: 1 });
    expect(await sweep()).toMatchObject({ transferred: 0 });
    const view = (
      await app
        .http()
        .get(`${rec}?minPosition=${Number(await app.head())}`)
        .expect(200)
    ).body;
    expect(view.addressee).toEqual({ original: ids.city, current: successor });
    expect(
      view.timeline.filter((t: { type: string }) => t.type === 'RecommendationTransferred'),
    ).toHaveLength(1);
    await cityOffice.http().get(rec).expect(403);
  });
});
