import Ajv from 'ajv';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/**
 * GET /api/dashboard over HTTP: its query is validated as every list's is (400 problem+json
 * naming each field at fault by a stable code), and its answer has the shape the OpenAPI
 * document gives it. The figures themselves are the read model's specs'.
 */
describe('GET /api/dashboard', () => {
  let app: HttpHarness;
  let last: number;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
    last = app.lastPosition();
  });
  afterAll(() => app.close());

  const get = (query: string) => app.http().get(`/api/dashboard?minPosition=${last}&${query}`);

  it('refuses ids and dates it cannot read: 400, each field with the check it broke', async () => {
    const res = await get('delegationId=dgs%20135&agencyId=ubnd/tinh&from=2024-02-30&to=ngay-mai');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code: 'bad-input' });
    expect(
      (res.body.errors as { field: string; code: string }[]).map(({ field, code }) => ({
        field,
        code,
      })),
    ).toEqual(
      expect.arrayContaining([
        { field: 'delegationId', code: 'matches' },
        { field: 'agencyId', code: 'matches' },
        { field: 'from', code: 'isLocalDate' },
        { field: 'to', code: 'isLocalDate' },
      ]),
    );
    expect(res.body.errors).toHaveLength(4);
  });

  it('refuses a filter it does not have', async () => {
    const res = await get('status=accepted');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'status', code: 'whitelistValidation' }),
    ]);
  });

  it('answers the shape its OpenAPI document gives, filtered or not', async () => {
    const doc = (await app.anonymous().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
      components: unknown;
    };
    expect(doc.paths['/api/dashboard']!.get.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Dashboard' } } },
    });
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    ajv.addSchema({ $id: 'doc', components: doc.components });
    const valid = ajv.getSchema('doc#/components/schemas/Dashboard')!;
    for (const query of ['', `delegationId=${ids.delegation}&from=2024-01-01&to=2024-12-31`]) {
      const res = await get(query).expect(200);
      expect([query, valid(res.body) ? 'valid' : valid.errors]).toEqual([query, 'valid']);
    }
  });

  it('narrows every figure by delegation, agency and period of issue', async () => {
    const all = (await get('').expect(200)).body;
    expect(all.recommendations.total).toBe(1);
    expect(all.recommendations.byMonth[0]).toMatchObject({ month: '2024-05', issued: 1 });
    const province = (await get(`agencyId=${ids.province}`).expect(200)).body;
    expect(province).toEqual(all);
    for (const query of [
      'delegationId=dgs-khac',
      `agencyId=${ids.ward1}`,
      'from=2025-01-01',
      'to=2024-01-01',
    ]) {
      const none = (await get(query).expect(200)).body;
      expect([query, none.recommendations]).toEqual([
        query,
        expect.objectContaining({ total: 0, overdue: 0, implementedShareOfDue: null, byMonth: [] }),
      ]);
      expect([query, none.agencies]).toEqual([query, []]);
    }
  });
});
