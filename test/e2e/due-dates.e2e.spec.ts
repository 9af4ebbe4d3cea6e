import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;
const issueAt = `/api/delegations/${ids.delegation}/recommendations`;

/**
 * Due dates as the law states them, over HTTP: so many working days on the calendar the log
 * holds (an announced day off counts), a date on a day off moved to the next working day — the
 * tracker shows the date in force and the log keeps what was asked beside it.
 */
describe('due dates in working days and moved off days off, over HTTP', () => {
  let app: HttpHarness;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);
  const tracker = async (path = rec) =>
    (await app.http().get(`${path}?minPosition=${app.lastPosition()}`).expect(200)).body;
  /** The data of the last event of `type` in a recommendation's stream, as an auditor reads it. */
  const recorded = async (recommendationId: string, type: string) => {
    const res = await app
      .auditor()
      .get(`/api/audit/events?streamId=recommendation-${recommendationId}&type=${type}`)
      .expect(200);
    return (res.body.items as { data: Record<string, unknown> }[]).at(-1)!.data;
  };
  const issue = (id: string, due: object) =>
    post(
      issueAt,
      {
        id,
        addresseeAgencyId: ids.province,
        text: 'Đề nghị UBND tỉnh rà soát thủ tục hành chính (dữ liệu mẫu)',
        findingIds: [ids.indexFinding],
        issuedOn: '2024-04-25',
        ...due,
      },
      201,
    );

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await post(step.path, step.body, step.status);
    // An extra day off, as an admin records the government's announcement (no make-up day here).
    await app
      .admin()
      .post('/api/admin/calendar/adjustments')
      .send({ date: '2024-04-29', kind: 'day-off', basis: 'Thông báo thử nghiệm (dữ liệu mẫu)' })
      .expect(201);
  });
  afterAll(() => app.close());

  it('counts a response due in 10 working days past the holidays and the announced day off', async () => {
    // From Thu 25/4: 26/4; 29/4 announced off, 30/4 and 1/5 holidays; 2, 3, 6–10, 13, 14/5.
    await issue('kn-ngay-lam-viec', { responseDueInWorkingDays: 10 });
    expect(await tracker('/api/recommendations/kn-ngay-lam-viec')).toMatchObject({
      responseDueOn: '2024-05-14',
    });
    expect(await recorded('kn-ngay-lam-viec', 'RecommendationIssued')).toMatchObject({
      responseDueOn: '2024-05-14',
      responseDueAsked: { workingDays: 10 },
    });
  });

  it('moves a response due on a holiday to the next working day, and keeps the date asked', async () => {
    await issue('kn-ngay-le', { responseDueOn: '2024-04-30' });
    expect(await tracker('/api/recommendations/kn-ngay-le')).toMatchObject({
      responseDueOn: '2024-05-02',
    });
    expect(await recorded('kn-ngay-le', 'RecommendationIssued')).toMatchObject({
      responseDueOn: '2024-05-02',
      responseDueAsked: { on: '2024-04-30' },
    });
  });

  it('refuses a recommendation with no due date or with both forms (400), appending nothing', async () => {
    const head = await app.head();
    const none = await app
      .http()
      .post(issueAt)
      .send({
        addresseeAgencyId: ids.province,
        text: 'Không hạn',
        findingIds: [ids.indexFinding],
        issuedOn: '2024-04-25',
      })
      .expect(400);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    const both = await app
      .http()
      .post(issueAt)
      .send({
        addresseeAgencyId: ids.province,
        text: 'Hai hạn',
        findingIds: [ids.indexFinding],
        issuedOn: '2024-04-25',
        responseDueOn: '2024-05-20',
        responseDueInWorkingDays: 10,
      })
      .expect(400);
    expect(both.body.errors).toEqual([
      {
        field: 'responseDueInWorkingDays',
        code: 'notWith',
        message: expect.stringMatching(/not both/),
        other: 'responseDueOn',
      },
    ]);
    for (const due of [
      { responseDueInWorkingDays: null },
      { responseDueOn: null, responseDueInWorkingDays: 10 },
      { responseDueInWorkingDays: 0 },
      { responseDueInWorkingDays: 2.5 },
      { responseDueInWorkingDays: '10' },
    ])
      await app
        .http()
        .post(issueAt)
        .send({
          addresseeAgencyId: ids.province,
          text: 'Hạn sai',
          findingIds: [ids.indexFinding],
          issuedOn: '2024-04-25',
          ...due,
        })
        .expect(400);
    expect(await app.head()).toBe(head);
  });

  it('makes a new response due 10 working days after an unsatisfactory assessment', async () => {
    await post(`${rec}/responses/${ids.response}/assessment`, {
      assessedOn: '2024-06-20',
      verdict: 'unsatisfactory',
      note: 'Chưa nêu lộ trình cụ thể',
    });
    // Thursday 20/6 plus two working weeks.
    expect(await tracker()).toMatchObject({ responseDueOn: '2024-07-04' });
    expect(await recorded(ids.recommendation, 'ResponseAssessed')).toMatchObject({
      newResponseDueOn: '2024-07-04',
      newResponseDueAsked: { workingDays: 10 },
    });
  });

  it('extends a deadline by working days, or to a Saturday that moves to the Monday', async () => {
    const extension = { reason: 'Chờ ý kiến Bộ Công an', approvedBy: 'Nguyễn Đài Thy' };
    await post(`${rec}/extension`, {
      ...extension,
      newDueInWorkingDays: 5,
      extendedOn: '2024-07-01',
    });
    expect(await tracker()).toMatchObject({ responseDueOn: '2024-07-11' });
    await post(`${rec}/extension`, {
      ...extension,
      newDueOn: '2024-07-20',
      extendedOn: '2024-07-05',
    });
    expect(await tracker()).toMatchObject({
      responseDueOn: '2024-07-22',
      originalResponseDueOn: '2024-06-14',
    });
    expect(await recorded(ids.recommendation, 'DeadlineExtended')).toMatchObject({
      newDueOn: '2024-07-22',
      newDueAsked: { on: '2024-07-20' },
    });
  });

  it('takes commitments due in working days from the response date', async () => {
    await post(
      `${rec}/responses`,
      {
        respondedOn: '2024-07-15',
        position: 'accepted',
        text: 'UBND tỉnh tiếp thu, có lộ trình (dữ liệu mẫu)',
        commitments: [
          { id: 'cam-ket-lam-viec', text: 'Đồng bộ xong dữ liệu', dueInWorkingDays: 20 },
          { id: 'cam-ket-chu-nhat', text: 'Báo cáo kết quả', dueOn: '2024-09-01' },
        ],
      },
      201,
    );
    const { commitments } = await recorded(ids.recommendation, 'ResponseRecorded');
    // Mon 15/7 plus 20 working days: 12/8. Sunday 1/9, then 2/9 National Day: Tuesday 3/9.
    expect(commitments).toEqual([
      {
        commitmentId: 'cam-ket-lam-viec',
        text: 'Đồng bộ xong dữ liệu',
        dueOn: '2024-08-12',
        dueAsked: { workingDays: 20 },
      },
      {
        commitmentId: 'cam-ket-chu-nhat',
        text: 'Báo cáo kết quả',
        dueOn: '2024-09-03',
        dueAsked: { on: '2024-09-01' },
      },
    ]);
  });
});
