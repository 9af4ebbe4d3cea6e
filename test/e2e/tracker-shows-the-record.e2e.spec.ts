import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;
const PROVINCE = { id: ids.province, name: 'Ủy ban nhân dân tỉnh Tây Ninh' };
const CLERK = { username: 'thu-ky', displayName: 'Thư ký HĐND', role: 'secretariat' };

type Entry = Record<string, unknown> & { type: string };

/**
 * What the secretariat reads on GET /api/recommendations/:id: everything the clerk wrote, not
 * only what the audit log (closed to the secretariat) shows — and the timeline as data with
 * agency names, so the console can say it in Vietnamese.
 */
describe('the tracker shows everything the clerk wrote', () => {
  let app: HttpHarness;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);
  const tracker = async () =>
    (await app.http().get(`${rec}?minPosition=${app.lastPosition()}`).expect(200)).body;
  const entries = async (type: string): Promise<Entry[]> =>
    ((await tracker()).timeline as Entry[]).filter((t) => t.type === type);

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await post(step.path, step.body, step.status);
    await post(`${rec}/responses/${ids.response}/assessment`, {
      assessedOn: '2024-06-20',
      verdict: 'unsatisfactory',
      note: 'Chưa nêu lộ trình cụ thể',
    });
    await post(`${rec}/extension`, {
      newDueOn: '2024-07-20',
      reason: 'Chờ ý kiến Bộ Công an',
      approvedBy: 'Nguyễn Đài Thy',
      extendedOn: '2024-07-01',
    });
    await post(
      `${rec}/responses`,
      {
        respondedOn: '2024-07-15',
        position: 'accepted',
        text: 'UBND tỉnh tiếp thu, có lộ trình',
        commitments: [{ text: 'Đồng bộ xong dữ liệu', dueOn: '2024-12-31' }],
      },
      201,
    );
    await post(`${rec}/progress`, {
      reportedOn: '2024-09-01',
      text: 'Đã đồng bộ 60%',
      percent: 60,
    });
    await post(`${rec}/completion`, {
      reportedOn: '2024-12-20',
      text: 'Hoàn thành',
      evidence: [{ title: 'Báo cáo', reference: '456/BC-UBND' }],
    });
    await post(`${rec}/closure`, {
      closedOn: '2024-12-26',
      outcome: 'implemented',
      assessment: 'Đã kiểm tra minh chứng tại Công an tỉnh',
    });
    await post(`${rec}/reopening`, {
      reason: 'Người dân vẫn phản ánh mất dữ liệu',
      reopenedOn: '2024-12-28',
    });
    await post(`${rec}/escalation`, {
      step: 'first-reminder',
      note: 'Công văn 280/HĐND-VP',
      escalatedOn: '2025-02-15',
    });
  });
  afterAll(() => app.close());

  it('gives each timeline entry as data: type, business date, actor, agency by name', async () => {
    const [issued] = await entries('RecommendationIssued');
    expect(issued).toMatchObject({
      type: 'RecommendationIssued',
      on: '2024-05-15',
      at: expect.any(String),
      actor: CLERK,
      agency: PROVINCE,
      responseDueOn: '2024-06-14',
    });
    expect(issued).not.toHaveProperty('addresseeAgencyId');
    const responses = await entries('ResponseRecorded');
    expect(responses[1]).toMatchObject({
      on: '2024-07-15',
      agency: PROVINCE,
      position: 'accepted',
      text: 'UBND tỉnh tiếp thu, có lộ trình',
      commitments: [expect.objectContaining({ text: 'Đồng bộ xong dữ liệu', dueOn: '2024-12-31' })],
    });
  });

  it('shows the escalation note, the extension reason and approver, the closure assessment and the reopening reason', async () => {
    expect(await entries('RecommendationEscalated')).toEqual([
      expect.objectContaining({
        on: '2025-02-15',
        step: 'first-reminder',
        note: 'Công văn 280/HĐND-VP',
      }),
    ]);
    expect(await entries('DeadlineExtended')).toEqual([
      expect.objectContaining({
        on: '2024-07-01',
        deadline: 'response',
        originalDueOn: '2024-06-14',
        // 10 working days after the assessment; the Saturday asked for moves to the Monday.
        previousDueOn: '2024-07-04',
        newDueOn: '2024-07-22',
        newDueAsked: { on: '2024-07-20' },
        reason: 'Chờ ý kiến Bộ Công an',
        approvedBy: 'Nguyễn Đài Thy',
      }),
    ]);
    expect(await entries('ResponseAssessed')).toEqual([
      expect.objectContaining({
        on: '2024-06-20',
        verdict: 'unsatisfactory',
        note: 'Chưa nêu lộ trình cụ thể',
        newResponseDueOn: '2024-07-04',
      }),
    ]);
    expect(await entries('RecommendationClosed')).toEqual([
      expect.objectContaining({
        on: '2024-12-26',
        outcome: 'implemented',
        assessment: 'Đã kiểm tra minh chứng tại Công an tỉnh',
      }),
    ]);
    expect(await entries('RecommendationReopened')).toEqual([
      expect.objectContaining({ on: '2024-12-28', reason: 'Người dân vẫn phản ánh mất dữ liệu' }),
    ]);
    expect(await entries('CompletionReported')).toEqual([
      expect.objectContaining({
        on: '2024-12-20',
        text: 'Hoàn thành',
        evidence: [{ title: 'Báo cáo', reference: '456/BC-UBND' }],
      }),
    ]);
  });

  it('lists extensions, escalations, closures and reopenings beside the responses, with agency names', async () => {
    const view = await tracker();
    expect(view.extensions).toEqual([
      expect.objectContaining({
        deadline: 'response',
        extendedOn: '2024-07-01',
        originalDueOn: '2024-06-14',
        // 10 working days after the assessment; the Saturday asked for moves to the Monday.
        previousDueOn: '2024-07-04',
        newDueOn: '2024-07-22',
        newDueAsked: { on: '2024-07-20' },
        reason: 'Chờ ý kiến Bộ Công an',
        approvedBy: 'Nguyễn Đài Thy',
      }),
    ]);
    expect(view.escalations).toEqual([
      expect.objectContaining({
        step: 'first-reminder',
        escalatedOn: '2025-02-15',
        note: 'Công văn 280/HĐND-VP',
      }),
    ]);
    expect(view.closures).toEqual([
      expect.objectContaining({
        closedOn: '2024-12-26',
        outcome: 'implemented',
        assessment: 'Đã kiểm tra minh chứng tại Công an tỉnh',
      }),
    ]);
    expect(view.reopenings).toEqual([
      expect.objectContaining({
        reopenedOn: '2024-12-28',
        reason: 'Người dân vẫn phản ánh mất dữ liệu',
      }),
    ]);
    expect(view.responses[0].agency).toEqual(PROVINCE);
    expect(view.addresseeAgencies).toEqual({ original: PROVINCE, current: PROVINCE });
  });

  it('names the addressee in the list too', async () => {
    const list = await app
      .http()
      .get(`/api/recommendations?agencyId=${ids.province}&minPosition=${app.lastPosition()}`)
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: ids.recommendation,
        addressee: { original: ids.province, current: ids.province },
        addresseeAgencies: { original: PROVINCE, current: PROVINCE },
      }),
    ]);
  });

  it('names the agencies on the delegation page: surveyed units, findings, obstacles, addressees', async () => {
    const delegation = (
      await app
        .http()
        .get(`/api/delegations/${ids.delegation}?minPosition=${app.lastPosition()}`)
        .expect(200)
    ).body;
    const city = { id: ids.city, name: 'Ủy ban nhân dân thành phố Tây Ninh' };
    expect(delegation.surveys[0].agencies).toEqual(
      delegation.surveys[0].agencyIds.map((id: string) => ({ id, name: expect.any(String) })),
    );
    expect(delegation.surveys[0].agencies).toContainEqual(city);
    expect(
      delegation.findings.find((f: { id: string }) => f.id === ids.vneidFinding).agency,
    ).toEqual(city);
    expect(delegation.obstacles[0].sourceAgency).toEqual(city);
    expect(delegation.recommendations).toEqual([
      expect.objectContaining({ addresseeAgencyId: ids.province, addresseeAgency: PROVINCE }),
    ]);
  });

  it('after the reopening shows no completion percent and keeps the commitment met on time', async () => {
    const view = await tracker();
    expect(view).toMatchObject({
      status: 'in-progress',
      tracks: { implementation: 'in-progress', verification: 'unverified' },
      // The 100 % came from the completion report the reopening set aside.
      percent: null,
      // Both commitments (2024-12-31) were met by the completion report of 2024-12-20.
      overdue: false,
      daysOverdue: 0,
    });
    expect(view.commitments).toEqual([
      expect.objectContaining({ dueOn: '2024-12-31', metOn: '2024-12-20' }),
      expect.objectContaining({ dueOn: '2024-12-31', metOn: '2024-12-20' }),
    ]);
    const overdue = await app.http().get('/api/recommendations?overdue=true').expect(200);
    expect(overdue.body.items.map((r: { id: string }) => r.id)).not.toContain(ids.recommendation);
  });
});
