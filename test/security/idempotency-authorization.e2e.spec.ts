import { ids } from '@hdnd/testing';
import { startWithCallers } from './callers';

const d = `/api/delegations/${ids.delegation}`;
const rec = `/api/recommendations/${ids.recommendation}`;
const person = { name: 'Nguyễn Đài Thy', position: 'Phó Chủ tịch HĐND tỉnh' };

/**
 * Authorization comes before anything the request would otherwise be told: an Idempotency-Key
 * answers only the caller that recorded it, and If-Match is compared only for a caller who may
 * touch the case. Otherwise a caller refused the case learns its answers and its revision.
 */
describe('idempotency and If-Match after authorization', () => {
  let ctx: Awaited<ReturnType<typeof startWithCallers>>;
  let n = 0;
  /** A key no earlier test used. */
  const key = (name: string) => `${name}-${++n}`;

  beforeAll(async () => {
    ctx = await startWithCallers();
  });
  afterAll(() => ctx.app.close());

  /** What a refusal must look like: 403 problem+json, nothing of the case, nothing appended. */
  const expectRefusedWithNothingShown = async (
    res: { status: number; body: Record<string, unknown>; headers: Record<string, string> },
    head: bigint,
  ) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'forbidden' });
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    for (const field of ['id', 'streamId', 'revision', 'position'])
      expect(res.body).not.toHaveProperty(field);
    expect(JSON.stringify(res.body)).not.toMatch(/revision/i);
    expect(await ctx.app.head()).toBe(head);
  };

  it('refuses another agency replaying an agency’s Idempotency-Key and body: 403, nothing shown', async () => {
    const k = key('tien-do');
    const body = { reportedOn: '2024-08-01', text: 'Đang đồng bộ dữ liệu', percent: 40 };
    await ctx.clients['agency-own']()
      .post(`${rec}/progress`)
      .set('Idempotency-Key', k)
      .send(body)
      .expect(200);
    const head = await ctx.app.head();
    const replay = await ctx.clients['agency-other']()
      .post(`${rec}/progress`)
      .set('Idempotency-Key', k)
      .send(body);
    await expectRefusedWithNothingShown(replay, head);
  });

  it('refuses a member outside the delegation replaying the secretariat’s survey: 403', async () => {
    const k = key('khao-sat');
    const body = {
      date: '2024-04-03',
      agencyIds: [ids.ward1],
      topics: ['CCHC'],
      chair: person,
      participants: [],
    };
    await ctx.app.http().post(`${d}/surveys`).set('Idempotency-Key', k).send(body).expect(201);
    const head = await ctx.app.head();
    const replay = await ctx.clients['member-elsewhere']()
      .post(`${d}/surveys`)
      .set('Idempotency-Key', k)
      .send(body);
    await expectRefusedWithNothingShown(replay, head);
  });

  it('lets two callers use the same key for different requests: no 422, each recorded', async () => {
    const k = key('co-quan');
    const clerk2 = await ctx.app.account({ username: 'thu-ky-2', role: 'secretariat' });
    const first = await ctx.app
      .http()
      .post('/api/agencies')
      .set('Idempotency-Key', k)
      .send({ name: 'Sở Tư pháp', level: 'department' })
      .expect(201);
    const head = await ctx.app.head();
    const second = await clerk2
      .http()
      .post('/api/agencies')
      .set('Idempotency-Key', k)
      .send({ name: 'Sở Tài chính', level: 'department' });
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect(await ctx.app.head()).toBeGreaterThan(head);
  });

  it('does not answer one caller’s key to another caller’s identical request: it is recorded anew', async () => {
    const k = key('tien-do-chung');
    const body = { reportedOn: '2024-08-15', text: 'Đã đồng bộ một phần', percent: 60 };
    const agencys = await ctx.clients['agency-own']()
      .post(`${rec}/progress`)
      .set('Idempotency-Key', k)
      .send(body)
      .expect(200);
    const clerks = await ctx.app
      .http()
      .post(`${rec}/progress`)
      .set('Idempotency-Key', k)
      .send(body)
      .expect(200);
    expect(clerks.body.revision).toBeGreaterThan(agencys.body.revision);
    // Each caller's own retry still answers its own first answer.
    const retry = await ctx.app
      .http()
      .post(`${rec}/progress`)
      .set('Idempotency-Key', k)
      .send(body)
      .expect(200);
    expect(retry.body).toEqual(clerks.body);
  });

  it('answers If-Match on another agency’s case with 403, not 412 with its revision', async () => {
    const head = await ctx.app.head();
    const res = await ctx.clients['agency-other']()
      .post(`${rec}/progress`)
      .set('If-Match', '"0"')
      .send({ reportedOn: '2024-08-20', text: 'Thử', percent: 10 });
    await expectRefusedWithNothingShown(res, head);
  });

  it('answers If-Match on a delegation from a member outside it with 403, not 412', async () => {
    const head = await ctx.app.head();
    const res = await ctx.clients['member-elsewhere']()
      .post(`${d}/findings`)
      .set('If-Match', '"0"')
      .send({ agencyId: ids.ward1, kind: 'limitation', statement: 'Hồ sơ còn trễ hạn' });
    await expectRefusedWithNothingShown(res, head);
  });

  it('refuses another agency’s key on an obstacle before telling it anything', async () => {
    // An obstacle that arose at UBND phường 1 and is not assigned: that ward answers for it.
    const finding = await ctx.app.command(
      `${d}/findings`,
      {
        agencyId: ids.ward1,
        kind: 'obstacle',
        statement: 'Thiếu máy quét',
        recordedOn: '2024-04-02',
      },
      201,
    );
    const path = `/api/obstacles/${String(finding.obstacleId)}/resolution`;
    const k = key('vuong-mac');
    const body = { resolvedOn: '2024-09-01', resolution: 'Đã cấp máy quét' };
    await ctx.clients['agency-other']().post(path).set('Idempotency-Key', k).send(body).expect(200);
    const head = await ctx.app.head();
    const replay = await ctx.clients['agency-own']()
      .post(path)
      .set('Idempotency-Key', k)
      .send(body);
    await expectRefusedWithNothingShown(replay, head);
    const ifMatch = await ctx.clients['agency-own']().post(path).set('If-Match', '"0"').send(body);
    await expectRefusedWithNothingShown(ifMatch, head);
  });

  it('registers a second agency’s webhook sent with the first’s key and body as its own', async () => {
    const k = key('webhook');
    const body = { url: 'https://203.0.113.20/hook', eventTypes: ['DeadlineMissed'] };
    const first = await ctx.clients['agency-own']()
      .post('/api/webhooks')
      .set('Idempotency-Key', k)
      .send(body)
      .expect(201);
    const second = await ctx.clients['agency-other']()
      .post('/api/webhooks')
      .set('Idempotency-Key', k)
      .send(body)
      .expect(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.secret).toEqual(expect.any(String));
    const listed = await ctx.clients['agency-other']().get('/api/webhooks').expect(200);
    expect(listed.body.items.map((w: { webhookId: string }) => w.webhookId)).toContain(
      second.body.id,
    );
  });

  it.each([
    [
      'agency-other',
      'a recommendation',
      (id: string) => `/api/recommendations/${id}/progress`,
      ids.recommendation,
      { reportedOn: '2024-08-20', text: 'Thử', percent: 10 },
    ],
    [
      'agency-other',
      'an obstacle',
      (id: string) => `/api/obstacles/${id}/resolution`,
      ids.vneidObstacle,
      { resolvedOn: '2024-09-01', resolution: 'Thử' },
    ],
    [
      'member-elsewhere',
      'a delegation',
      (id: string) => `/api/delegations/${id}/findings`,
      ids.delegation,
      { agencyId: ids.ward1, kind: 'limitation', statement: 'Thử' },
    ],
    [
      'agency-other',
      'a webhook',
      (id: string) => `/api/webhooks/${id}/disable`,
      'wh-tinh',
      { reason: 'Thử' },
    ],
  ] as const)(
    'answers %s the same 403 for %s it may not touch whether or not it exists',
    async (caller, _kind, path, existing, body) => {
      const head = await ctx.app.head();
      const known = await ctx.clients[caller]().post(path(existing)).send(body);
      const unknown = await ctx.clients[caller]().post(path('khong-ton-tai')).send(body);
      expect([known.status, unknown.status]).toEqual([403, 403]);
      expect(unknown.body.code).toBe(known.body.code);
      expect(await ctx.app.head()).toBe(head);
    },
  );

  it('still answers 404 for an unknown case to a caller who may act on such cases', async () => {
    await ctx.app
      .http()
      .post('/api/recommendations/khong-ton-tai/progress')
      .send({ reportedOn: '2024-08-20', text: 'Thử', percent: 10 })
      .expect(404);
    await ctx.app
      .admin()
      .post('/api/webhooks/khong-ton-tai/disable')
      .send({ reason: 'Thử' })
      .expect(404);
  });

  it('answers another agency the same 403 for an unknown webhook’s failures as for another’s', async () => {
    const known = await ctx.clients['agency-other']().get('/api/webhooks/wh-tinh/failures');
    const unknown = await ctx.clients['agency-other']().get('/api/webhooks/khong-ton-tai/failures');
    expect([known.status, unknown.status]).toEqual([403, 403]);
  });

  it.each([
    ['a recommendation', '/api/recommendations', ids.recommendation],
    ['an obstacle', '/api/obstacles', ids.vneidObstacle],
  ])(
    'reads another agency the same 403 for %s not its own whether or not it exists',
    async (_kind, base, existing) => {
      const known = await ctx.clients['agency-other']().get(`${base}/${existing}`);
      const unknown = await ctx.clients['agency-other']().get(`${base}/khong-ton-tai`);
      expect([known.status, unknown.status]).toEqual([403, 403]);
      expect(unknown.body.detail).toBe(known.body.detail);
      await ctx.app.auditor().get(`${base}/khong-ton-tai`).expect(404);
    },
  );
});
