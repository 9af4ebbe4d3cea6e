import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;

/**
 * The rest of a recommendation's life over HTTP, each command answered with its revision and the
 * tracker showing the effect: assessment, a new response, extension, progress, completion,
 * verification, reopening, escalation; then the delegation concluded and an obstacle merged.
 */
describe('a recommendation from response to verification, over HTTP', () => {
  let app: HttpHarness;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);
  const tracker = async () =>
    (await app.http().get(`${rec}?minPosition=${app.lastPosition()}`).expect(200)).body;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await post(step.path, step.body, step.status);
  });
  afterAll(() => app.close());

  it('judges the response unsatisfactory, and a new response becomes due 10 working days later', async () => {
    await post(`${rec}/responses/${ids.response}/assessment`, {
      assessedOn: '2024-06-20',
      verdict: 'unsatisfactory',
      note: 'Chưa nêu lộ trình cụ thể',
    });
    expect(await tracker()).toMatchObject({
      status: 'awaiting-response',
      responseDueOn: '2024-07-04',
      originalResponseDueOn: '2024-06-14',
    });
  });

  it('extends the response deadline with a reason and an approver, keeping the original', async () => {
    await post(`${rec}/extension`, {
      newDueOn: '2024-07-22',
      reason: 'Chờ ý kiến Bộ Công an',
      approvedBy: 'Nguyễn Đài Thy',
      extendedOn: '2024-07-01',
    });
    expect(await tracker()).toMatchObject({
      responseDueOn: '2024-07-22',
      originalResponseDueOn: '2024-06-14',
    });
  });

  it('records the second response and its commitment', async () => {
    const answer = await post(
      `${rec}/responses`,
      {
        respondedOn: '2024-07-15',
        position: 'accepted',
        text: 'UBND tỉnh tiếp thu, có lộ trình (dữ liệu mẫu)',
        commitments: [{ text: 'Đồng bộ xong dữ liệu', dueOn: '2024-12-31' }],
      },
      201,
    );
    expect(answer.responseId).toEqual(expect.any(String));
    const view = await tracker();
    expect(view.responses).toHaveLength(2);
    expect(view.responses[0].assessment).toMatchObject({ verdict: 'unsatisfactory' });
  });

  it('reports progress, then completion with evidence', async () => {
    await post(`${rec}/progress`, {
      reportedOn: '2024-09-01',
      text: 'Đã đồng bộ 60% tài khoản',
      percent: 60,
    });
    expect(await tracker()).toMatchObject({ status: 'in-progress', percent: 60 });
    await post(`${rec}/completion`, {
      reportedOn: '2024-12-20',
      text: 'Hoàn thành',
      evidence: [{ title: 'Báo cáo', reference: '456/BC-UBND' }],
    });
    const view = await tracker();
    expect(view).toMatchObject({
      status: 'reported-done',
      tracks: { implementation: 'reported-done' },
    });
    expect(view.progress.map((p: { kind: string }) => p.kind)).toEqual(['progress', 'completion']);
  });

  it('closes as implemented, reopens with a reason, and climbs the escalation ladder', async () => {
    await post(`${rec}/closure`, {
      closedOn: '2025-01-10',
      outcome: 'implemented',
      assessment: 'Đã kiểm tra minh chứng',
    });
    expect(await tracker()).toMatchObject({
      status: 'implemented',
      tracks: { verification: 'implemented' },
    });
    await post(`${rec}/reopening`, {
      reason: 'Người dân vẫn phản ánh mất dữ liệu',
      reopenedOn: '2025-02-01',
    });
    expect(await tracker()).toMatchObject({
      status: 'in-progress',
      tracks: { verification: 'unverified' },
    });
    await post(`${rec}/escalation`, {
      step: 'first-reminder',
      note: 'Công văn đôn đốc',
      escalatedOn: '2025-02-15',
    });
    const view = await tracker();
    expect(view.escalationStep).toBe('first-reminder');
    expect(view.timeline.map((t: { type: string }) => t.type)).toEqual([
      'RecommendationIssued',
      'ResponseRecorded',
      'ResponseAssessed',
      'DeadlineExtended',
      'ResponseRecorded',
      'ProgressReported',
      'CompletionReported',
      'RecommendationClosed',
      'RecommendationReopened',
      'RecommendationEscalated',
    ]);
  });

  it('merges an obstacle reported by two units, refuses merging into a resolved one, and concludes', async () => {
    const d = `/api/delegations/${ids.delegation}`;
    const finding = {
      surveyId: ids.survey,
      kind: 'obstacle',
      statement: 'Chưa có chế độ hỗ trợ Tổ công nghệ số cộng đồng',
      recordedOn: '2024-04-02',
    };
    const byCity = await post(`${d}/findings`, { ...finding, agencyId: ids.city }, 201);
    const byWard = await post(`${d}/findings`, { ...finding, agencyId: ids.ward1 }, 201);
    await post(`/api/obstacles/${byWard.obstacleId as string}/merge`, {
      intoObstacleId: byCity.obstacleId,
      mergedOn: '2024-04-10',
    });
    const refused = await app
      .http()
      .post(`/api/obstacles/${byCity.obstacleId as string}/merge`)
      .send({ intoObstacleId: ids.vneidObstacle });
    expect(refused.body).toMatchObject({ status: 409, code: 'obstacle.merge-target-closed' });
    const merged = (
      await app
        .http()
        .get(`/api/obstacles/${byCity.obstacleId as string}?minPosition=${app.lastPosition()}`)
        .expect(200)
    ).body;
    expect(merged.mergedFrom).toEqual([byWard.obstacleId]);

    await post(`${d}/conclusion`, {
      concludedOn: '2024-09-30',
      summary: 'Báo cáo kết quả giám sát chuyên đề (dữ liệu mẫu)',
    });
    expect(
      (await app.http().get(`${d}?minPosition=${app.lastPosition()}`).expect(200)).body,
    ).toMatchObject({
      status: 'concluded',
      concludedOn: '2024-09-30',
    });
    const late = await app
      .http()
      .post(`${d}/findings`)
      .send({ agencyId: ids.city, kind: 'limitation', statement: 'Muộn' });
    expect(late.body).toMatchObject({ status: 409, code: 'delegation.concluded' });
  });
});
