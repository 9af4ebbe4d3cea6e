import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const district = 'dn-sontra';
const ward = 'dn-phuong-sontra';

/**
 * The district merged into the ward from 2025-07-01 and its open case went with it. Any
 * succession that would send the case back, or make an agency answer for itself, is refused
 * with 409 and leaves the log as it was; the case stays with the ward.
 */
describe('successions that would loop, over HTTP', () => {
  let app: HttpHarness;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await post(step.path, step.body, step.status);
    for (const [id, level, registeredOn] of [
      [district, 'district', '2024-01-01'],
      [ward, 'commune', '2025-07-01'],
      ['dn-phuong-khac', 'commune', '2025-07-01'],
    ] as const)
      await post('/api/agencies', { id, name: `UBND ${id}`, level, registeredOn }, 201);
    await post(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id: 'kn-dn-1',
        addresseeAgencyId: district,
        text: 'Đề nghị hoàn thành giải phóng mặt bằng (dữ liệu mẫu)',
        findingIds: [ids.indexFinding],
        issuedOn: '2024-05-15',
        responseDueOn: '2024-06-14',
      },
      201,
    );
    await post(`/api/agencies/${district}/succession`, {
      successorId: ward,
      effectiveOn: '2025-07-01',
      basis: 'Nghị quyết sắp xếp đơn vị hành chính 2025 (dữ liệu mẫu)',
    });
  });
  afterAll(() => app.close());

  it.each([
    [
      'back to the abolished district, dated before it was abolished (a loop)',
      ward,
      { successorId: district, effectiveOn: '2025-06-01', basis: 'cycle' },
      'agency.succession-cycle',
    ],
    [
      'to the abolished district, after it was abolished',
      ward,
      { successorId: district, effectiveOn: '2025-08-01', basis: 'x' },
      'agency.successor-abolished',
    ],
    [
      'of an agency by itself',
      ward,
      { successorId: ward, effectiveOn: '2025-08-01', basis: 'x' },
      'agency.own-successor',
    ],
    [
      'of an agency already succeeded',
      district,
      { successorId: 'dn-phuong-khac', effectiveOn: '2025-08-01', basis: 'x' },
      'agency.already-succeeded',
    ],
  ])(
    'refuses a succession %s with 409, appending nothing',
    async (_label, agencyId, body, code) => {
      const head = await app.head();
      const res = await app.http().post(`/api/agencies/${agencyId}/succession`).send(body);
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 409, code });
      expect(await app.head()).toBe(head);
    },
  );

  it('leaves the case with the ward', async () => {
    const view = (
      await app
        .http()
        .get(`/api/recommendations/kn-dn-1?minPosition=${app.lastPosition()}`)
        .expect(200)
    ).body;
    expect(view.addressee).toEqual({ original: district, current: ward });
  });
});
