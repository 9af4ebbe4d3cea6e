import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/** The statuses the tracker's list can hold: each of its three tracks, whichever leads. */
const RECOMMENDATION_STATUSES = [
  'awaiting-response',
  'accepted',
  'partially-accepted',
  'rejected',
  'in-progress',
  'reported-done',
  'implemented',
  'partially-implemented',
  'not-implemented',
  'no-longer-applicable',
];

/**
 * A list filter with a value it can never match is a mistyped request, not an empty answer: the
 * recommendation list says so as the obstacle and delegation lists do, and the OpenAPI document
 * lists the values it takes.
 */
describe('list status filters take only statuses that exist', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
  });
  afterAll(() => app.close());

  it.each(['/api/recommendations', '/api/obstacles', '/api/delegations'])(
    '%s?status=bogus: 400 naming status and what it may be',
    async (path) => {
      const res = await app.http().get(`${path}?status=bogus`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('bad-input');
      expect(res.body.errors).toEqual([
        {
          field: 'status',
          code: 'isIn',
          allowed: expect.arrayContaining([expect.any(String)]),
          message: expect.stringMatching(/^status must be one of the following values: /),
        },
      ]);
    },
  );

  it('every status the tracker shows is one the filter takes, and finds the case', async () => {
    const all = await app.http().get('/api/recommendations').expect(200);
    const shown = (all.body.items as { id: string; status: string }[]).find(
      (r) => r.id === ids.recommendation,
    )!;
    expect(RECOMMENDATION_STATUSES).toContain(shown.status);
    const filtered = await app
      .http()
      .get(`/api/recommendations?status=${shown.status}`)
      .expect(200);
    expect((filtered.body.items as { id: string }[]).map((r) => r.id)).toContain(
      ids.recommendation,
    );
    for (const status of RECOMMENDATION_STATUSES)
      await app.http().get(`/api/recommendations?status=${status}`).expect(200);
  });

  it.each([
    ['/api/recommendations', RECOMMENDATION_STATUSES],
    ['/api/obstacles', ['recorded', 'assigned', 'referred', 'merged', 'resolved']],
    ['/api/delegations', ['established', 'concluded']],
  ])('the OpenAPI document lists the statuses %s takes', async (path, statuses) => {
    const doc = (await app.anonymous().get('/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        { get?: { parameters?: { name: string; schema?: { enum?: string[] } }[] } }
      >;
    };
    const status = doc.paths[path]!.get!.parameters!.find((p) => p.name === 'status')!;
    expect([...(status.schema?.enum ?? [])].sort()).toEqual([...statuses].sort());
  });
});
