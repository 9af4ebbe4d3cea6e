import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const successor = 'ubnd-phuong-tan-ninh';

/**
 * An agency's page shows where its cases went and where they came from: GET /api/agencies/{id}
 * names its parent and successor, and lists the agencies merged into it (its predecessors).
 * The list filters by administrative level.
 */
describe('an agency’s predecessors and successor, over HTTP', () => {
  let app: HttpHarness;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await post(step.path, step.body, step.status);
    await post(
      '/api/agencies',
      {
        id: successor,
        name: 'Ủy ban nhân dân phường Tân Ninh',
        level: 'commune',
        parentId: ids.province,
        registeredOn: '2025-07-01',
      },
      201,
    );
    for (const from of [ids.ward1, ids.city])
      await post(`/api/agencies/${from}/succession`, {
        successorId: successor,
        effectiveOn: '2025-07-01',
        basis: 'Nghị quyết 1682/NQ-UBTVQH15 (dữ liệu mẫu)',
      });
  });
  afterAll(() => app.close());

  it('lists the agencies merged into the successor, with the date and basis, by name', async () => {
    const res = await app.http().get(`/api/agencies/${successor}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: successor,
      parent: { id: ids.province, name: 'Ủy ban nhân dân tỉnh Tây Ninh' },
      successor: null,
      succession: null,
      predecessors: [
        {
          id: ids.ward1,
          name: 'Ủy ban nhân dân Phường 1 (thành phố Tây Ninh)',
          effectiveOn: '2025-07-01',
          basis: 'Nghị quyết 1682/NQ-UBTVQH15 (dữ liệu mẫu)',
        },
        {
          id: ids.city,
          name: 'Ủy ban nhân dân thành phố Tây Ninh',
          effectiveOn: '2025-07-01',
        },
      ],
    });
  });

  it('names the successor of a merged agency, which itself has no predecessor', async () => {
    const res = await app.http().get(`/api/agencies/${ids.city}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      succession: { successorId: successor, effectiveOn: '2025-07-01' },
      successor: { id: successor, name: 'Ủy ban nhân dân phường Tân Ninh' },
      parent: { id: ids.province },
      predecessors: [],
    });
  });

  it('has neither for an agency no succession touched', async () => {
    const res = await app.http().get(`/api/agencies/${ids.province}`);
    expect(res.body).toMatchObject({ parent: null, successor: null, predecessors: [] });
  });

  it('filters the list by level, and refuses an unknown level with a 400 problem', async () => {
    const communes = await app.http().get('/api/agencies').query({ level: 'commune' });
    expect(communes.status).toBe(200);
    expect((communes.body as { items: { id: string }[] }).items.map((a) => a.id)).toEqual([
      ids.ward1,
      successor,
    ]);
    const bad = await app.http().get('/api/agencies').query({ level: 'village' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});
