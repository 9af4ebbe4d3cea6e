import { ids } from '@hdnd/testing';
import { startWithCallers } from './callers';

const rec = `/api/recommendations/${ids.recommendation}`;

/**
 * Fields a client must not set — the server's own (status, revision, hash, actor, position),
 * or an agency the caller does not choose — are bad input: 400 naming them, nothing appended.
 */
describe('mass assignment', () => {
  let ctx: Awaited<ReturnType<typeof startWithCallers>>;

  beforeAll(async () => {
    ctx = await startWithCallers();
  });
  afterAll(() => ctx.app.close());

  const progress = { reportedOn: '2024-08-01', text: 'Đang đồng bộ dữ liệu' };
  const cases: [string, string, object][] = [
    ['status', `${rec}/progress`, { ...progress, status: 'closed' }],
    ['revision', `${rec}/progress`, { ...progress, revision: 99 }],
    ['hash', `${rec}/progress`, { ...progress, hash: '00'.repeat(32) }],
    ['actor', `${rec}/progress`, { ...progress, actor: { userId: 'admin', role: 'admin' } }],
    ['position', `${rec}/progress`, { ...progress, position: 1 }],
    ['agencyId', `${rec}/progress`, { ...progress, agencyId: ids.ward1 }],
    [
      'agencyId',
      `${rec}/responses`,
      { respondedOn: '2024-06-11', position: 'accepted', text: 'Tiếp thu', agencyId: ids.ward1 },
    ],
    ['role', '/api/auth/login', { username: 'vp.ubnd-tinh', password: 'x', role: 'admin' }],
  ];

  it.each(cases)('refuses %s in %s with 400 naming it', async (field, path, body) => {
    const before = await ctx.app.head();
    const res = await ctx.clients['agency-own']().post(path).send(body).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await ctx.app.head()).toBe(before);
  });

  it.each([
    ['/api/admin/projections/rebuild', { force: true }],
    ['/api/audit/checkpoints', { headHash: '00'.repeat(32) }],
    ['/api/admin/follow-up/sweep', { today: '2030-01-01' }],
  ])('refuses fields sent to %s, which takes none, with 400 naming them', async (path, body) => {
    const before = await ctx.app.head();
    const res = await ctx.app.admin().post(path).send(body).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: Object.keys(body)[0] })]);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await ctx.app.head()).toBe(before);
  });

  it('refuses an agency user who sends another agency’s id in a grant of its own', async () => {
    const before = await ctx.app.head();
    await ctx.clients['agency-own']()
      .post('/api/users')
      .send({
        username: 'tu-cap-quyen',
        password: 'mot-mat-khau-dai-du',
        displayName: 'x',
        role: 'admin',
      })
      .expect(403);
    expect(await ctx.app.head()).toBe(before);
  });

  it('shows users without any credential field', async () => {
    const res = await ctx.app.admin().get('/api/users').expect(200);
    for (const user of res.body.items as object[]) {
      expect(Object.keys(user).sort()).toEqual(
        expect.arrayContaining(['displayName', 'id', 'role', 'username']),
      );
      expect(JSON.stringify(user)).not.toMatch(/password|hash|argon/i);
    }
  });
});
