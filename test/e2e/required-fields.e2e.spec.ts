import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const d = `/api/delegations/${ids.delegation}`;
const PROBLEM = /application\/problem\+json/;
const without = (body: object, ...keys: string[]) =>
  Object.fromEntries(Object.entries(body).filter(([k]) => !keys.includes(k)));

/**
 * The requests that once damaged the record: a survey without its chair was answered 201 and
 * then could never be projected; a delegation without its legal basis or chair, a working group
 * without its leader were answered 500; a progress report with `percent: null` was stored with
 * a null. Each is now refused with a 4xx problem and a stable code, appends nothing, and the
 * read side stays whole. (`commitments: null` fails in the controller, before any decider: the
 * HTTP layer refuses nulls for that; the decider's own refusal is a unit test.)
 */
describe('a command missing what its event needs is refused, not recorded', () => {
  let app: HttpHarness;
  const steps = tayNinhRequests();
  const step = (path: string) => steps.find((s) => s.path === path)!.body;

  beforeAll(async () => {
    app = await startHttp();
    for (const s of steps) await app.command(s.path, s.body, s.status);
  }, 60_000);
  afterAll(() => app.close());

  const survey = steps.find((s) => s.path === `${d}/surveys`)!.body;
  const delegation = step('/api/delegations');
  const group = steps.find((s) => s.path === `${d}/working-groups`)!.body;

  it.each([
    ['a survey without its chair', `${d}/surveys`, { ...without(survey, 'chair'), id: 'ks-moi' }],
    [
      'a delegation without its legal basis',
      '/api/delegations',
      { ...without(delegation, 'legalBasis'), id: 'dgs-moi' },
    ],
    [
      'a delegation without its chair',
      '/api/delegations',
      { ...without(delegation, 'chair'), id: 'dgs-moi' },
    ],
    [
      'a working group without its leader',
      `${d}/working-groups`,
      { ...without(group, 'leader'), id: 'dct-moi', number: '09' },
    ],
    [
      'a progress report with percent: null',
      `/api/recommendations/${ids.recommendation}/progress`,
      { reportedOn: '2024-07-01', text: 'Đang đồng bộ', percent: null },
    ],
  ])('refuses %s with a 4xx problem and appends nothing', async (_what, path, body) => {
    const head = await app.head();
    const res = await app.http().post(path).send(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.code).toEqual(expect.any(String));
    expect(await app.head()).toBe(head);
  });

  it('keeps every projection running and the delegation whole', async () => {
    const ready = await app.anonymous().get('/ready').expect(200);
    for (const projection of ready.body.projections as { status: string }[])
      expect(projection.status).toBe('running');
    const page = await app
      .http()
      .get(`${d}?minPosition=${await app.head()}`)
      .expect(200);
    expect(page.body.surveys).toHaveLength(1);
  });
});
