import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/** Monday 17 June 2024, 10:00 in Tây Ninh: the response due Friday 14 June never came. */
const NOW = new Date('2024-06-17T03:00:00.000Z');
const rec = `/api/recommendations/${ids.recommendation}`;

describe('following up deadlines on the seed case', () => {
  let app: HttpHarness;
  const sweep = async () =>
    (await app.http().post('/api/admin/follow-up/sweep').expect(200)).body as {
      today: string;
      checked: number;
      recorded: number;
    };
  const issue = (id: string, responseDueOn: string) =>
    app.command(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id,
        addresseeAgencyId: ids.province,
        text: `Kiến nghị ${id} (dữ liệu mẫu)`,
        findingIds: [ids.vneidFinding],
        responseDueOn,
      },
      201,
    );
  const streamOf = async (id: string) =>
    (await app.auditor().get(`/api/audit/streams/recommendation-${id}`).expect(200)).body
      .events as {
      eventId: string;
      type: string;
      data: Record<string, unknown>;
      metadata: { actor: { userId: string } };
    }[];

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => NOW } });
    // The case as recorded by NOW: UBND tỉnh has not answered, the obstacle is not yet resolved.
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.endsWith('/resolution'),
    ))
      await app.command(step.path, step.body, step.status);
  });
  afterAll(() => app.close());

  it('records that UBND tỉnh missed the response deadline, once however often the sweep runs', async () => {
    await app.http().get(`${rec}?minPosition=${app.lastPosition()}`).expect(200);
    expect(await sweep()).toEqual({ today: '2024-06-17', checked: 1, recorded: 1, transferred: 0 });
    expect(await sweep()).toMatchObject({ recorded: 0 });
    const events = await streamOf(ids.recommendation);
    expect(events.map((e) => e.type)).toEqual(['RecommendationIssued', 'DeadlineMissed']);
    expect(events[1]).toMatchObject({
      data: {
        agencyId: ids.province,
        deadline: 'response',
        dueOn: '2024-06-14',
        missedOn: '2024-06-17',
      },
      metadata: { actor: { userId: 'system' } },
    });
    const head = await app.head();
    const tracker = await app.http().get(`${rec}?minPosition=${head}`).expect(200);
    expect(tracker.body).toMatchObject({ overdue: true, daysOverdue: 3 });
    expect(tracker.body.timeline.at(-1)).toMatchObject({
      type: 'DeadlineMissed',
      summary: 'Deadline missed by Ủy ban nhân dân tỉnh Tây Ninh: the response was due 2024-06-14',
    });
  });

  it('reminds UBND tỉnh of a response due in five working days with the 7-day reminder, once', async () => {
    await issue('kn-nhac-han', '2024-06-24');
    await app
      .http()
      .get(`/api/recommendations/kn-nhac-han?minPosition=${app.lastPosition()}`)
      .expect(200);
    expect(await sweep()).toMatchObject({ checked: 2, recorded: 1 });
    expect(await sweep()).toMatchObject({ recorded: 0 });
    const reminder = (await streamOf('kn-nhac-han')).find((e) => e.type === 'ReminderIssued');
    expect(reminder?.data).toMatchObject({
      workingDaysBefore: 7,
      workingDaysLeft: 5,
      dueOn: '2024-06-24',
    });
    expect(reminder?.eventId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('records each fact once when two sweeps run at the same moment', async () => {
    await issue('kn-hai-luong', '2024-06-19');
    await app
      .http()
      .get(`/api/recommendations/kn-hai-luong?minPosition=${app.lastPosition()}`)
      .expect(200);
    const reports = await Promise.all([sweep(), sweep()]);
    expect(reports.reduce((n, r) => n + r.recorded, 0)).toBe(1);
    const reminders = (await streamOf('kn-hai-luong')).filter((e) => e.type === 'ReminderIssued');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.data).toMatchObject({ workingDaysBefore: 3, workingDaysLeft: 2 });
  });

  it('counts working days with what the government announced: an extra day off brings the 3-day reminder', async () => {
    const basis = 'Thông báo nghỉ bù (dữ liệu mẫu)';
    await app
      .http()
      .post('/api/admin/calendar/adjustments')
      .send({ date: '2024-06-18', kind: 'day-off', basis })
      .expect(403);
    await app
      .admin()
      .post('/api/admin/calendar/adjustments')
      .send({ date: '2024-06-18', kind: 'day-off', basis })
      .expect(201);
    await app
      .admin()
      .post('/api/admin/calendar/adjustments')
      .send({ date: '2024-06-18', kind: 'day-off', basis })
      .expect(409);
    expect(
      (await app.http().get('/api/admin/calendar/adjustments').expect(200)).body.items,
    ).toEqual([{ date: '2024-06-18', kind: 'day-off', basis }]);
    // Due Friday 21 June: 4 working days left on a plain calendar, 3 with the 18th off.
    await issue('kn-ngay-nghi', '2024-06-21');
    await app
      .http()
      .get(`/api/recommendations/kn-ngay-nghi?minPosition=${app.lastPosition()}`)
      .expect(200);
    await sweep();
    const reminder = (await streamOf('kn-ngay-nghi')).find((e) => e.type === 'ReminderIssued');
    expect(reminder?.data).toMatchObject({ workingDaysBefore: 3, workingDaysLeft: 3 });
    await app
      .admin()
      .post('/api/admin/calendar/adjustments/2024-06-18/withdrawal')
      .send({ reason: 'Thông báo được thay thế' })
      .expect(200);
    expect(
      (await app.http().get('/api/admin/calendar/adjustments').expect(200)).body.items,
    ).toEqual([]);
    await app
      .admin()
      .post('/api/admin/calendar/adjustments/2024-02-30/withdrawal')
      .send({ reason: 'x' })
      .expect(400);
  });

  it('lets an admin or the secretariat run the sweep, and nobody else', async () => {
    await app.admin().post('/api/admin/follow-up/sweep').expect(200);
    await app.auditor().post('/api/admin/follow-up/sweep').expect(403);
  });
});
