import { tayNinhCase } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const { delegationId: _id, supervisor: _supervisor, ...delegation } = tayNinhCase.delegation;

/** A commune council's committee supervising on its own, beside the province's delegation. */
const committee = {
  ...delegation,
  id: 'dgs-ban-ktxh-xa',
  title: 'Giám sát của Ban Kinh tế - Xã hội HĐND xã về chi trả an sinh (dữ liệu mẫu)',
  supervisor: { body: 'committee', level: 'commune', name: 'Ban Kinh tế - Xã hội' },
};

/**
 * Every delegation names the body that supervises through it and at which level: recorded as
 * sent, shown on the delegation, filterable in the list, and refused when it cannot be so.
 */
describe('a delegation’s supervising body and level over HTTP', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
    await app.command('/api/delegations', { id: 'dgs-tinh', ...delegation }, 201);
    await app.command('/api/delegations', committee, 201);
  });
  afterAll(() => app.close());

  const list = async (query: string) =>
    (
      (
        await app
          .http()
          .get(`/api/delegations?minPosition=${app.lastPosition()}&${query}`)
          .expect(200)
      ).body as { items: { id: string }[] }
    ).items.map((d) => d.id);

  it('takes a delegation sent without one as the provincial council’s own', async () => {
    const res = await app.http().get(`/api/delegations/dgs-tinh?minPosition=${app.lastPosition()}`);
    expect(res.status).toBe(200);
    expect(res.body.supervisor).toEqual({ body: 'council', level: 'province' });
    const events = await app.auditor().get('/api/audit/streams/delegation-dgs-tinh').expect(200);
    expect(events.body.events[0]).toMatchObject({
      type: 'DelegationEstablished',
      schemaVersion: 2,
      data: { supervisor: { body: 'council', level: 'province' } },
    });
  });

  it('records a committee by its name, at its level', async () => {
    const res = await app.http().get(`/api/delegations/${committee.id}`).expect(200);
    expect(res.body.supervisor).toEqual(committee.supervisor);
  });

  it('lists by supervising body and by level', async () => {
    expect(await list('supervisingBody=committee')).toEqual([committee.id]);
    expect(await list('level=province')).toEqual(['dgs-tinh']);
    expect(await list('supervisingBody=council&level=commune')).toEqual([]);
  });

  it('refuses a body or level the council does not have: 400 per field, nothing recorded', async () => {
    const head = await app.head();
    const res = await app
      .http()
      .post('/api/delegations')
      .send({ ...committee, id: 'dgs-sai', supervisor: { body: 'ministry', level: 'district' } });
    expect(res.status).toBe(400);
    expect(
      (res.body.errors as { field: string; code: string }[]).map(({ field, code }) => ({
        field,
        code,
      })),
    ).toEqual([
      { field: 'supervisor.body', code: 'isIn' },
      { field: 'supervisor.level', code: 'isIn' },
    ]);
    const filter = await app.http().get('/api/delegations?level=district');
    expect(filter.status).toBe(400);
    expect(filter.body.errors).toEqual([expect.objectContaining({ field: 'level', code: 'isIn' })]);
    expect(await app.head()).toBe(head);
  });

  it('refuses a committee without its name, in words the clerk reads, nothing recorded', async () => {
    const head = await app.head();
    const res = await app
      .http()
      .post('/api/delegations')
      .set('Accept-Language', 'vi')
      .send({
        ...committee,
        id: 'dgs-khong-ten',
        supervisor: { body: 'deputy', level: 'commune' },
      });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'delegation.supervisor-name-required',
      detail: 'Vui lòng ghi rõ tên Ban, Tổ đại biểu hoặc đại biểu thực hiện giám sát.',
    });
    expect(await app.head()).toBe(head);
  });
});
