import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/** Each user chooses the e-mail notices they receive; an admin may set anyone's. */
describe('choosing e-mail notices', () => {
  let app: HttpHarness;
  let office: Awaited<ReturnType<HttpHarness['account']>>;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests().filter((s) => !s.as))
      await app.command(step.path, step.body, step.status);
    office = await app.account(tayNinhPeople.agency);
  });
  afterAll(() => app.close());

  it('starts with no address and nothing chosen', async () => {
    const res = await office.http().get('/api/users/me/notices').expect(200);
    expect(res.body).toEqual({ email: null, reminders: false, missedDeadlines: false });
  });

  it('records a user’s own choice as NoticesChosen, with the user as its actor', async () => {
    const choice = { email: 'vanphong@tayninh.gov.vn', reminders: true, missedDeadlines: false };
    await office.http().put('/api/users/me/notices').send(choice).expect(200);
    expect((await office.http().get('/api/users/me/notices').expect(200)).body).toEqual(choice);
    const stream = await app.auditor().get(`/api/audit/streams/user-${office.id}`).expect(200);
    const chosen = (
      stream.body.events as {
        type: string;
        data: object;
        metadata: { actor: { userId: string } };
      }[]
    ).filter((e) => e.type === 'NoticesChosen');
    expect(chosen).toEqual([
      expect.objectContaining({
        data: { userId: office.id, ...choice, chosenOn: expect.any(String) },
        metadata: expect.objectContaining({
          actor: expect.objectContaining({ userId: office.id }),
        }),
      }),
    ]);
  });

  it('lets an admin set anyone’s, and a choice without an address takes the address away', async () => {
    await app
      .admin()
      .put(`/api/users/${office.id}/notices`)
      .send({ reminders: true, missedDeadlines: true })
      .expect(200);
    expect((await app.admin().get(`/api/users/${office.id}/notices`).expect(200)).body).toEqual({
      email: null,
      reminders: true,
      missedDeadlines: true,
    });
  });

  it.each([
    [
      'not an address',
      { email: 'vanphong-tayninh.gov.vn', reminders: true, missedDeadlines: true },
      'isEmailAddress',
      'email',
    ],
    [
      'two @',
      { email: 'a@b@tayninh.gov.vn', reminders: true, missedDeadlines: true },
      'isEmailAddress',
      'email',
    ],
    [
      'a choice that is not true or false',
      { reminders: 'có', missedDeadlines: true },
      'isBoolean',
      'reminders',
    ],
    [
      'a choice missing',
      { email: 'a@tayninh.gov.vn', reminders: true },
      'isDefined',
      'missedDeadlines',
    ],
  ])('refuses %s with 400, appending nothing', async (_, body, code, field) => {
    const before = await app.head();
    const res = await office.http().put('/api/users/me/notices').send(body).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, code })]),
    );
    expect(await app.head()).toBe(before);
  });

  it('keeps another user’s choice and the admin route from non-admins', async () => {
    await office.http().get(`/api/users/${office.id}/notices`).expect(403);
    await office
      .http()
      .put(`/api/users/${office.id}/notices`)
      .send({ reminders: true, missedDeadlines: true })
      .expect(403);
    expect(ids.province).toBeDefined();
  });
});
