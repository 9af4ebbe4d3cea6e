import { businessDateOf, WorkingCalendar } from '@hdnd/domain';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const issueAt = `/api/delegations/${ids.delegation}/recommendations`;

/**
 * What the console's to-do list asks the tracker: what falls due within so many working days
 * (on the calendar the log holds), in a date window, what waits for the secretariat to assess
 * a response or verify a completion — each picked by the read model's query, each page counted.
 */
describe('the tracker by deadline window and by what waits for the secretariat, over HTTP', () => {
  let app: HttpHarness;
  const today = businessDateOf(new Date());
  const calendar = new WorkingCalendar();
  /** The fifth and sixth working days from today, on the fixed calendar (nothing announced yet). */
  const fifth = calendar.addWorkingDays(today, 5);
  const sixth = calendar.addWorkingDays(today, 6);

  const issue = (id: string, responseDueOn: string, addresseeAgencyId: string = ids.province) =>
    app.command(
      issueAt,
      {
        id,
        addresseeAgencyId,
        text: `Đề nghị rà soát thủ tục ${id} (dữ liệu mẫu)`,
        findingIds: [ids.indexFinding],
        issuedOn: today,
        responseDueOn,
      },
      201,
    );
  const list = async (query: string) => {
    const res = await app
      .http()
      .get(`/api/recommendations?${query}&pageSize=200&minPosition=${app.lastPosition()}`)
      .expect(200);
    const items = res.body.items as { id: string }[];
    expect(res.body.total).toBe(items.length);
    return items.map((i) => i.id).sort();
  };

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
    await issue('kn-ngay-5', fifth);
    await issue('kn-ngay-6', sixth, ids.city);
    await issue('kn-xong', calendar.addWorkingDays(today, 30));
    const done = `/api/recommendations/kn-xong`;
    await app.command(
      `${done}/responses`,
      {
        respondedOn: today,
        position: 'accepted',
        text: 'Tiếp thu (dữ liệu mẫu)',
        commitments: [{ text: 'Hoàn thành', dueOn: calendar.addWorkingDays(today, 20) }],
      },
      201,
    );
    await app.command(`${done}/completion`, {
      reportedOn: today,
      text: 'Đã hoàn thành (dữ liệu mẫu)',
      evidence: [{ title: 'Báo cáo (dữ liệu mẫu)', reference: '1/BC' }],
    });
  });
  afterAll(() => app.close());

  it('dueWithinWorkingDays counts working days from today on the calendar the log holds', async () => {
    expect(await list('dueWithinWorkingDays=5')).toEqual(['kn-ngay-5']);
    expect(await list('dueWithinWorkingDays=6')).toEqual(['kn-ngay-5', 'kn-ngay-6']);
    // A day off announced before the fifth working day pushes the window's end one working day on.
    await app
      .admin()
      .post('/api/admin/calendar/adjustments')
      .send({
        date: calendar.addWorkingDays(today, 2),
        kind: 'day-off',
        basis: 'Thông báo thử nghiệm (dữ liệu mẫu)',
      })
      .expect(201);
    expect(await list('dueWithinWorkingDays=5')).toEqual(['kn-ngay-5', 'kn-ngay-6']);
    // With a date bound too, the narrower of the two ends holds; and it combines with the agency.
    expect(await list(`dueWithinWorkingDays=5&dueBefore=${fifth}`)).toEqual(['kn-ngay-5']);
    expect(await list(`dueWithinWorkingDays=5&agencyId=${ids.city}`)).toEqual(['kn-ngay-6']);
  });

  it('dueBefore and dueAfter bound one deadline still to meet; the Tây Ninh commitment is long past', async () => {
    expect(await list(`dueAfter=${sixth}&dueBefore=${sixth}`)).toEqual(['kn-ngay-6']);
    // The Tây Ninh case was answered: its commitment (31/12/2024) is what is due, not its response.
    expect(await list('dueAfter=2024-12-31&dueBefore=2024-12-31')).toEqual([ids.recommendation]);
    expect(await list('dueBefore=2024-06-14')).toEqual([]);
    // A completion reported meets the commitment: nothing is due on kn-xong any more.
    expect(await list(`dueAfter=${today}`)).toEqual(['kn-ngay-5', 'kn-ngay-6']);
  });

  it('open, awaitingAssessment and awaitingVerification find what the secretariat must act on', async () => {
    expect(await list('open=true')).toEqual([
      'kn-ngay-5',
      'kn-ngay-6',
      'kn-vneid-du-lieu',
      'kn-xong',
    ]);
    // The Tây Ninh response and kn-xong's wait for assessment; kn-xong's completion for verification.
    expect(await list('awaitingAssessment=true')).toEqual(['kn-vneid-du-lieu', 'kn-xong']);
    expect(await list('awaitingVerification=true')).toEqual(['kn-xong']);
    expect(await list('open=false')).toHaveLength(4);
  });

  it.each([
    ['dueBefore=2024-02-30', 'dueBefore', 'isLocalDate'],
    ['dueAfter=31/12/2024', 'dueAfter', 'isLocalDate'],
    ['dueWithinWorkingDays=-1', 'dueWithinWorkingDays', 'min'],
    ['dueWithinWorkingDays=251', 'dueWithinWorkingDays', 'max'],
    ['dueWithinWorkingDays=abc', 'dueWithinWorkingDays', 'isInt'],
    ['dueWithinWorkingDays=1.5', 'dueWithinWorkingDays', 'isInt'],
    ['open=yes', 'open', 'isBoolean'],
    ['awaitingAssessment=1', 'awaitingAssessment', 'isBoolean'],
    ['awaitingVerification=', 'awaitingVerification', 'isBoolean'],
  ])('%s: 400 problem naming %s (%s), never a 500', async (query, field, code) => {
    const res = await app.http().get(`/api/recommendations?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('bad-input');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('the OpenAPI document types the list items, with the next deadline each shows', async () => {
    const doc = (await app.anonymous().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(doc.paths['/api/recommendations']!.get.responses['200']).toEqual({
      description: expect.any(String),
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/RecommendationPage' } },
      },
    });
    const required = doc.components.schemas.RecommendationSummary!.required!;
    const { items } = (await app.http().get('/api/recommendations').expect(200)).body as {
      items: Record<string, unknown>[];
    };
    for (const item of items) expect(Object.keys(item).sort()).toEqual([...required].sort());
    expect(items.find((i) => i.id === ids.recommendation)).toMatchObject({
      nextDueOn: '2024-12-31',
      overdue: true,
    });
  });
});
