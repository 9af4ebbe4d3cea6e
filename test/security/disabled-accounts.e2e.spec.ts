import { startHttp, TEST_PASSWORD, type HttpHarness } from '@hdnd/testing/http-harness';

/**
 * An admin disables an account when its holder leaves the office or it is suspected: from the
 * next request its tokens are refused and it cannot sign in; enabled again, it signs in with
 * the grant it had. Each change is an event in the user's stream with its reason and the admin.
 */
describe('disabling an account', () => {
  let app: HttpHarness;
  beforeAll(async () => {
    app = await startHttp();
  });
  afterAll(() => app.close());

  const disable = (id: string, body: object = { reason: 'Chuyển công tác khác' }) =>
    app.admin().post(`/api/users/${id}/disable`).send(body);

  it('refuses the token the account already holds on its next request', async () => {
    const officer = await app.account({ username: 'can-bo-1', role: 'auditor' });
    await officer.http().get('/api/auth/me').expect(200);
    await disable(officer.id).expect(200);
    const res = await officer.http().get('/api/auth/me').expect(401);
    expect(res.body).toMatchObject({ code: 'unauthenticated', detail: expect.any(String) });
  });

  it('refuses to sign the account in, as it refuses a wrong password', async () => {
    const officer = await app.account({ username: 'can-bo-2', role: 'auditor' });
    await disable(officer.id).expect(200);
    const res = await app
      .anonymous()
      .post('/api/auth/login')
      .send({ username: 'can-bo-2', password: TEST_PASSWORD })
      .expect(401);
    expect(res.body.code).toBe('unauthenticated');
  });

  it('lets an enabled account sign in again with the grant it had', async () => {
    const officer = await app.account({ username: 'can-bo-3', role: 'auditor' });
    await disable(officer.id).expect(200);
    await app
      .admin()
      .post(`/api/users/${officer.id}/enable`)
      .send({ reason: 'Trở lại công tác' })
      .expect(200);
    const token = await app.login('can-bo-3');
    const me = await app.as(token).get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ role: 'auditor', status: 'active' });
  });

  it('shows a disabled account to admins, with its status', async () => {
    const officer = await app.account({ username: 'can-bo-4', role: 'auditor' });
    await disable(officer.id).expect(200);
    const one = await app.admin().get(`/api/users/${officer.id}`).expect(200);
    expect(one.body).toMatchObject({ username: 'can-bo-4', status: 'disabled' });
    const list = await app.admin().get('/api/users?pageSize=200').expect(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ username: 'can-bo-4', status: 'disabled' }),
    );
  });

  it('records who disabled and enabled the account, and why', async () => {
    const officer = await app.account({ username: 'can-bo-5', role: 'auditor' });
    await disable(officer.id, { reason: 'Nghỉ hưu' }).expect(200);
    await app
      .admin()
      .post(`/api/users/${officer.id}/enable`)
      .send({ reason: 'Tái tuyển dụng' })
      .expect(200);
    const events = (await app.auditor().get(`/api/audit/streams/user-${officer.id}`).expect(200))
      .body.events as { type: string; data: object; metadata: { actor: object } }[];
    expect(events.slice(1).map((e) => [e.type, e.data, e.metadata.actor])).toEqual([
      [
        'UserDisabled',
        expect.objectContaining({ reason: 'Nghỉ hưu' }),
        expect.objectContaining({ username: 'admin' }),
      ],
      [
        'UserEnabled',
        expect.objectContaining({ reason: 'Tái tuyển dụng' }),
        expect.objectContaining({ username: 'admin' }),
      ],
    ]);
  });

  it('refuses an admin disabling their own account, and appends nothing', async () => {
    const adminId = (await app.admin().get('/api/auth/me').expect(200)).body.id as string;
    const before = await app.head();
    const res = await disable(adminId).expect(409);
    expect(res.body.code).toBe('user.disable-self');
    expect(await app.head()).toBe(before);
  });

  it('refuses a disable without a reason, naming the field, and appends nothing', async () => {
    const officer = await app.account({ username: 'can-bo-6', role: 'auditor' });
    const before = await app.head();
    const res = await disable(officer.id, { reason: '' }).expect(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'reason' }));
    expect(await app.head()).toBe(before);
    await officer.http().get('/api/auth/me').expect(200);
  });

  it('refuses to disable an account twice, or to enable an active one', async () => {
    const officer = await app.account({ username: 'can-bo-7', role: 'auditor' });
    await disable(officer.id).expect(200);
    expect((await disable(officer.id).expect(409)).body.code).toBe('user.already-disabled');
    const other = await app.account({ username: 'can-bo-8', role: 'auditor' });
    const res = await app
      .admin()
      .post(`/api/users/${other.id}/enable`)
      .send({ reason: 'Nhầm' })
      .expect(409);
    expect(res.body.code).toBe('user.not-disabled');
  });

  it('lets only admins disable an account', async () => {
    const officer = await app.account({ username: 'can-bo-9', role: 'auditor' });
    await app.http().post(`/api/users/${officer.id}/disable`).send({ reason: 'Thử' }).expect(403);
    await officer.http().get('/api/auth/me').expect(200);
  });
});
